using System.Text;
using Dyad.Language.Sentences;
using Dyad.Language.Tokens;

namespace Dyad.Evaluation.Language;

/// <summary>
/// Scores the sentence splitter on a CoNLL-2003 file (columns token, POS, chunk, NER; documents start with a
/// <c>-DOCSTART-</c> line, sentences are separated by blank lines). Each document's gold tokens are joined with single
/// spaces (sentences too, so no line break hints at a boundary), the text is tokenized and split, and each predicted
/// sentence end offset is compared with the gold ones: the end offset of each gold sentence's last token. A predicted
/// end counts as correct when it equals a gold end in the same document.
/// </summary>
public static class SentenceEvaluation
{
    /// <summary>Scores <paramref name="conllFile"/>; throws <see cref="FileNotFoundException"/> naming it when it is missing.</summary>
    public static SentenceReport Run(string conllFile)
    {
        ArgumentNullException.ThrowIfNull(conllFile);
        if (!File.Exists(conllFile))
        {
            throw new FileNotFoundException($"CoNLL file not found: {conllFile}", conllFile);
        }

        var documents = 0;
        var tokens = 0;
        var gold = 0;
        var predicted = 0;
        var correct = 0;
        var text = new StringBuilder();
        var goldEnds = new HashSet<int>();
        var scanned = new List<Token>();
        var sentences = new List<Sentence>();
        var sentenceOpen = false;

        void CloseSentence()
        {
            if (sentenceOpen)
            {
                goldEnds.Add(text.Length);
                sentenceOpen = false;
            }
        }

        void Score()
        {
            CloseSentence();
            if (text.Length == 0)
            {
                return;
            }

            documents++;
            gold += goldEnds.Count;
            var s = text.ToString();
            scanned.Clear();
            sentences.Clear();
            Tokenizer.Tokenize(s, scanned);
            SentenceSplitter.Split(s, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scanned), sentences);
            predicted += sentences.Count;
            foreach (var sentence in sentences)
            {
                if (goldEnds.Contains(sentence.Span.End))
                {
                    correct++;
                }
            }

            text.Clear();
            goldEnds.Clear();
        }

        foreach (var line in File.ReadLines(conllFile))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Score();
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                CloseSentence();
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var token = space < 0 ? line.AsSpan() : line.AsSpan(0, space);
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(token);
            tokens++;
            sentenceOpen = true;
        }

        Score();
        return new SentenceReport(conllFile, documents, tokens, gold, predicted, correct);
    }
}
