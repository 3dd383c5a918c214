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
        var posTime = TimeSpan.Zero;
        var nerTime = TimeSpan.Zero;
        foreach (var document in documents)
        {
            var words = new string[document.Count][];
            var tags = new string[document.Count][];
            for (var s = 0; s < document.Count; s++)
            {
                words[s] = [.. document[s].Words];
            }

            var clock = Stopwatch.StartNew();
            for (var s = 0; s < document.Count; s++)
            {
                tags[s] = pos.Tag(words[s]);
            }

            posTime += clock.Elapsed;
            clock.Restart();
            var mentions = tagger.TagDocument(words, tags);
            nerTime += clock.Elapsed;

            var spans = new List<EntitySpan>[document.Count];
            for (var s = 0; s < spans.Length; s++)
            {
                spans[s] = [];
            }

            foreach (var mention in mentions)
            {
                spans[mention.Sentence].Add(new EntitySpan(mention.Start, mention.End, mention.Type));
                if (mention.Subtype is { } subtype)
                {
                    subtypes[subtype] = subtypes.GetValueOrDefault(subtype) + 1;
                }
            }

            for (var s = 0; s < document.Count; s++)
            {
                scorer.Add(document[s].Entities, EntityLabels.ToIob1(spans[s], words[s].Length), document[s].Words);
            }
        }

        return new NerEvaluationReport(conllFile, documents.Count, scorer.Result(), subtypes, posTime, nerTime);
    }
}
