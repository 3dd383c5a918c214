using System.Diagnostics;
using Dyad.Language.Entities;
using Dyad.Language.Tagging;

namespace Dyad.Evaluation.Language;

/// <summary>Scores an <see cref="EntityTagger"/> against the entity column of a CoNLL-2003 file (conlleval semantics).</summary>
public static class NerEvaluation
{
    /// <summary>
    /// Tags every document of <paramref name="conllFile"/> as the pipeline would (predicted part-of-speech tags, whole
    /// documents at once) and scores the entities against the gold column.
    /// </summary>
    /// <param name="tagger">The entity tagger.</param>
    /// <param name="pos">The part-of-speech tagger whose predictions feed the entity tagger.</param>
    /// <param name="conllFile">A CoNLL-2003 file such as <c>conll2003/eng.testa</c>.</param>
    /// <exception cref="InvalidDataException">The file is not in the CoNLL column format.</exception>
    public static NerEvaluationReport Evaluate(EntityTagger tagger, PosTagger pos, string conllFile)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(pos);
        var documents = CoNllReader.ReadDocumentsFile(conllFile);
        var scorer = new NerScorer();
        var subtypes = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new string[documents.Count][][];
        var tags = new string[documents.Count][][];
        var posClock = Stopwatch.StartNew();
        for (var d = 0; d < documents.Count; d++)
        {
            words[d] = new string[documents[d].Count][];
            tags[d] = new string[documents[d].Count][];
            for (var s = 0; s < documents[d].Count; s++)
            {
                words[d][s] = [.. documents[d][s].Words];
                tags[d][s] = pos.Tag(words[d][s]);
            }
        }

        var posTime = posClock.Elapsed;
        var mentions = new IReadOnlyList<EntityMention>[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            mentions[d] = tagger.TagDocument(words[d], tags[d]);
        }

        // Timed on a second, warm pass (the first includes JIT compilation and lazy loading); tagging is deterministic.
        var clock = Stopwatch.StartNew();
        for (var d = 0; d < documents.Count; d++)
        {
            tagger.TagDocument(words[d], tags[d]);
        }

        var nerTime = clock.Elapsed;
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var spans = new List<EntitySpan>[document.Count];
            for (var s = 0; s < spans.Length; s++)
            {
                spans[s] = [];
            }

            foreach (var mention in mentions[d])
            {
                spans[mention.Sentence].Add(new EntitySpan(mention.Start, mention.End, mention.Type));
                if (mention.Subtype is { } subtype)
                {
                    subtypes[subtype] = subtypes.GetValueOrDefault(subtype) + 1;
                }
            }

            for (var s = 0; s < document.Count; s++)
            {
                scorer.Add(document[s].Entities, EntityLabels.ToIob1(spans[s], words[d][s].Length), document[s].Words);
            }
        }

        return new NerEvaluationReport(conllFile, documents.Count, scorer.Result(), subtypes, posTime, nerTime);
    }
}
