using Dyad.Evaluation.Reuters;
using Dyad.Language.Sentences;

namespace Dyad.Evaluation.Language;

/// <summary>The unlabeled text the part-of-speech tag lexicon is learned from (<see cref="Dyad.Language.Tagging.PosTrainingOptions.LexiconText"/>).</summary>
public static class PosLexiconText
{
    /// <summary>
    /// The sentences of the non-empty Reuters-21578 bodies in <paramref name="reutersDir"/>, in corpus order, each as
    /// its tokens' text (split by <see cref="SentenceSplitter"/>, as at run time).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<string[]> ReadReuters(string reutersDir)
    {
        var result = new List<string[]>();
        foreach (var article in ReutersCorpus.Read(reutersDir))
        {
            var text = article.Body;
            if (text.Length == 0)
            {
                continue;
            }

            foreach (var sentence in SentenceSplitter.Split(text, out var tokens))
            {
                var words = new string[sentence.TokenCount];
                for (var i = 0; i < words.Length; i++)
                {
                    words[i] = tokens[sentence.FirstToken + i].Slice(text).ToString();
                }

                result.Add(words);
            }
        }

        return result;
    }
}
