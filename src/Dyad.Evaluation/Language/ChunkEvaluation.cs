using System.Diagnostics;
using Dyad.Language.Chunking;
using Dyad.Language.Tagging;

namespace Dyad.Evaluation.Language;

/// <summary>Scores a <see cref="Chunker"/> against the chunk column of a CoNLL-2003 file (conlleval's phrase-level exact match).</summary>
public static class ChunkEvaluation
{
    /// <summary>Chunks every sentence of <paramref name="conllFile"/> and compares with its gold chunks.</summary>
    /// <param name="chunker">The chunker.</param>
    /// <param name="pos">Tags the words first, as at run time; null feeds the file's gold part-of-speech column instead.</param>
    /// <param name="conllFile">A CoNLL-2003 file such as <c>conll2003/eng.testa</c>.</param>
    /// <exception cref="InvalidDataException">The file is not in the CoNLL column format.</exception>
    public static ChunkEvaluationReport Evaluate(Chunker chunker, PosTagger? pos, string conllFile)
    {
        ArgumentNullException.ThrowIfNull(chunker);
        var sentences = CoNllReader.ReadFile(conllFile);
        var tags = ChunkTraining.PosTags(sentences, pos);
        var words = new string[sentences.Count][];
        var labels = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            words[s] = [.. sentences[s].Words];
            labels[s] = new int[words[s].Length];
        }

        var watch = Stopwatch.StartNew();
        for (var s = 0; s < sentences.Count; s++)
        {
            chunker.Tag(words[s], tags[s], labels[s]);
        }

        watch.Stop();
        var scorer = new ChunkScorer();
        var predicted = new List<Chunk>();
        long tokens = 0, labelsCorrect = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            predicted.Clear();
            chunker.Decode(labels[s], predicted);
            scorer.Add(ChunkLabels.Decode(sentences[s].Chunks), predicted);
            var gold = ChunkLabels.ToBio(sentences[s].Chunks);
            var guess = ChunkLabels.ToBio([.. Labels(chunker, labels[s])]);
            for (var i = 0; i < gold.Length; i++)
            {
                labelsCorrect += string.Equals(gold[i], guess[i], StringComparison.Ordinal) ? 1 : 0;
                tokens++;
            }
        }

        return new ChunkEvaluationReport(conllFile, pos is null ? "gold" : "predicted", sentences.Count, tokens,
            tokens == 0 ? 0 : (double)labelsCorrect / tokens, scorer.Overall, scorer.ByType, watch.Elapsed);
    }

    private static IEnumerable<string> Labels(Chunker chunker, int[] labels)
    {
        foreach (var label in labels)
        {
            yield return chunker.Labels[label];
        }
    }
}
