using System.Diagnostics;
using Dyad.Language.Tagging;

namespace Dyad.Evaluation.Language;

/// <summary>Scores a <see cref="PosTagger"/> against the part-of-speech column of a CoNLL-2003 file.</summary>
public static class PosEvaluation
{
    /// <summary>Tags every sentence of <paramref name="conllFile"/> and compares with its gold tags.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="conllFile">A CoNLL-2003 file such as <c>conll2003/eng.testa</c>.</param>
    /// <param name="confusions">How many of the commonest errors to list.</param>
    /// <exception cref="InvalidDataException">The file is not in the CoNLL column format.</exception>
    public static PosEvaluationReport Evaluate(PosTagger tagger, string conllFile, int confusions = 15)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var sentences = CoNllReader.ReadFile(conllFile);
        var predicted = new string[sentences.Count][];
        var watch = Stopwatch.StartNew();
        for (var s = 0; s < sentences.Count; s++)
        {
            predicted[s] = tagger.Tag(sentences[s].Words);
        }

        watch.Stop();
        long tokens = 0, correct = 0, known = 0, knownCorrect = 0;
        var errors = new Dictionary<(string, string), int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var gold = sentence.PartsOfSpeech[i];
                var ok = string.Equals(gold, predicted[s][i], StringComparison.Ordinal);
                var isKnown = tagger.IsKnown(sentence.Words[i]);
                tokens++;
                correct += ok ? 1 : 0;
                known += isKnown ? 1 : 0;
                knownCorrect += ok && isKnown ? 1 : 0;
                if (!ok)
                {
                    errors[(gold, predicted[s][i])] = errors.GetValueOrDefault((gold, predicted[s][i])) + 1;
                }
            }
        }

        var list = new List<(string Gold, string Predicted, int Count)>(errors.Count);
        foreach (var ((gold, guess), count) in errors)
        {
            list.Add((gold, guess, count));
        }

        list.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Gold + " " + a.Predicted, b.Gold + " " + b.Predicted));
        if (list.Count > confusions)
        {
            list.RemoveRange(Math.Max(confusions, 0), list.Count - Math.Max(confusions, 0));
        }

        return new PosEvaluationReport(conllFile, sentences.Count, tokens, correct, known, knownCorrect, watch.Elapsed, list);
    }
}
