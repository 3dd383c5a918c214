using Dyad.Language.Tagging;

namespace Dyad.Language.Chunking;

/// <summary>Trains a <see cref="Chunker"/> from CoNLL-2003 files (words, part-of-speech tags and the chunk column).</summary>
public static class ChunkTraining
{
    /// <summary>Trains on the chunk column of <paramref name="trainFile"/>.</summary>
    /// <param name="trainFile">A CoNLL-2003 file, e.g. <c>conll2003/eng.train</c>.</param>
    /// <param name="options">Training settings.</param>
    /// <param name="log">Receives progress lines.</param>
    /// <exception cref="InvalidDataException">A file is not in the CoNLL column format.</exception>
    public static Chunker Train(string trainFile, ChunkTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sentences = CoNllReader.ReadFile(trainFile);
        log?.Invoke($"{sentences.Count} training sentences from {trainFile}");
        return Train(sentences, options, log);
    }

    /// <summary>Trains on the chunk column of <paramref name="sentences"/>.</summary>
    public static Chunker Train(IReadOnlyList<CoNllSentence> sentences, ChunkTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string[]> pos;
        if (options.PosFolds >= 2)
        {
            pos = PosTraining.Jackknife(sentences, options.PosFolds, options.Pos, log);
        }
        else
        {
            var gold = new string[sentences.Count][];
            for (var s = 0; s < gold.Length; s++)
            {
                gold[s] = [.. sentences[s].PartsOfSpeech];
            }

            pos = gold;
        }

        var training = ToTagged(sentences, pos, options.Encoding);
        IReadOnlyList<TaggedSentence>? development = null;
        if (options.DevelopmentFile is not null)
        {
            var dev = CoNllReader.ReadFile(options.DevelopmentFile);
            development = ToTagged(dev, PosTags(dev, options.DevelopmentTagger), options.Encoding);
        }

        var tagger = SequenceTaggerTrainer.Train(training, ChunkFeatureExtractor.Instance, options.Sequence, development, log);
        var contexts = ChunkContextTable.Build(training, tagger.Labels, options.ContextMinCount, options.ContextPurity);
        var chunker = new Chunker(tagger, contexts);
        log?.Invoke(chunker.ToString());
        return chunker;
    }

    /// <summary>
    /// The part-of-speech tags of <paramref name="sentences"/>: as predicted by <paramref name="tagger"/>, or the gold
    /// column when it is null.
    /// </summary>
    public static IReadOnlyList<string[]> PosTags(IReadOnlyList<CoNllSentence> sentences, PosTagger? tagger)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new string[sentences.Count][];
        for (var s = 0; s < result.Length; s++)
        {
            result[s] = tagger is null ? [.. sentences[s].PartsOfSpeech] : tagger.Tag(sentences[s].Words);
        }

        return result;
    }

    /// <summary>CoNLL sentences as training sentences: words, <paramref name="pos"/> as the tag column, chunk labels re-encoded.</summary>
    public static IReadOnlyList<TaggedSentence> ToTagged(IReadOnlyList<CoNllSentence> sentences, IReadOnlyList<string[]> pos, ChunkEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(pos);
        var result = new List<TaggedSentence>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var labels = encoding == ChunkEncoding.Bilou ? ChunkLabels.ToBilou(sentences[s].Chunks) : ChunkLabels.ToBio(sentences[s].Chunks);
            result.Add(new TaggedSentence(sentences[s].Words, labels) { Columns = [pos[s]] });
        }

        return result;
    }
}
