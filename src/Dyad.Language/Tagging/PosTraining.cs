namespace Dyad.Language.Tagging;

/// <summary>Trains a <see cref="PosTagger"/> from CoNLL-2003 files.</summary>
public static class PosTraining
{
    /// <summary>Trains on the words and part-of-speech column of <paramref name="trainFile"/>.</summary>
    /// <param name="trainFile">A CoNLL-2003 file, e.g. <c>conll2003/eng.train</c>.</param>
    /// <param name="options">Training settings.</param>
    /// <param name="log">Receives progress lines.</param>
    /// <exception cref="InvalidDataException">A file is not in the CoNLL column format.</exception>
    public static PosTagger Train(string trainFile, PosTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sentences = CoNllReader.ReadFile(trainFile);
        log?.Invoke($"{sentences.Count} training sentences from {trainFile}");
        return Train(sentences, options, log);
    }

    /// <summary>Trains on the words and part-of-speech column of <paramref name="sentences"/>.</summary>
    /// <exception cref="InvalidDataException">The development file is not in the CoNLL column format.</exception>
    public static PosTagger Train(IReadOnlyList<CoNllSentence> sentences, PosTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        if (options.LexiconText is not null)
        {
            return TrainWithLexicon(sentences, options, log);
        }

        return Train(sentences, options, ToTagged(sentences, options.Clusters), null, log);
    }

    /// <summary>Trains on prepared sentences (with their value columns); <paramref name="lexicon"/> is the one the development file and tagging get their lexicon codes from.</summary>
    private static PosTagger Train(IReadOnlyList<CoNllSentence> sentences, PosTrainingOptions options, IReadOnlyList<TaggedSentence> training, TagLexicon? lexicon, Action<string>? log)
    {
        var development = options.DevelopmentFile is null ? null : ToTagged(CoNllReader.ReadFile(options.DevelopmentFile), options.Clusters, lexicon);
        var tagger = SequenceTaggerTrainer.Train(training, PosFeatureExtractor.Instance, options.Sequence, development, log);
        var vocabulary = new HashSet<ulong>();
        foreach (var sentence in training)
        {
            foreach (var word in sentence.Words)
            {
                vocabulary.Add(FeatureHash.Word(word));
            }
        }

        SequenceTagger? backward = null;
        if (options.Bidirectional)
        {
            log?.Invoke("right-to-left tagger:");
            backward = SequenceTaggerTrainer.Train(Reverse(training), PosFeatureExtractor.Instance, options.Sequence, null, log);
        }

        var result = new PosTagger(tagger, vocabulary, options.Clusters, backward, lexicon);
        log?.Invoke(result.ToString());
        return result;
    }

    /// <summary>
    /// Learns the tag lexicon and trains with it: a tagger without a lexicon trained on every sentence tags
    /// <see cref="PosTrainingOptions.LexiconText"/> for the lexicon that ships; for the training features, each fold
    /// of the sentences gets the lexicon of a tagger trained on the other folds (jackknifing), so that a rare training
    /// word's lexicon tag is not its own gold tag learned back.
    /// </summary>
    private static PosTagger TrainWithLexicon(IReadOnlyList<CoNllSentence> sentences, PosTrainingOptions options, Action<string>? log)
    {
        var text = options.LexiconText!;
        if (options.Clusters is null)
        {
            throw new ArgumentException("A tag lexicon needs word clusters (PosTrainingOptions.Clusters).", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.LexiconFolds, 2);
        var plain = options with { LexiconText = null, DevelopmentFile = null, Bidirectional = false };
        var full = TagLexicon.Build(AsShipped(Train(sentences, plain)), text, options.LexiconMinCount);
        log?.Invoke($"tag lexicon from {text.Count} sentences: {full}");
        var training = new List<TaggedSentence>(sentences.Count);
        var folds = options.LexiconFolds;
        for (var fold = 0; fold < folds; fold++)
        {
            var from = (int)((long)sentences.Count * fold / folds);
            var to = (int)((long)sentences.Count * (fold + 1) / folds);
            var rest = new List<CoNllSentence>(sentences.Count - (to - from));
            for (var s = 0; s < sentences.Count; s++)
            {
                if (s < from || s >= to)
                {
                    rest.Add(sentences[s]);
                }
            }

            var lexicon = TagLexicon.Build(AsShipped(Train(rest, plain)), text, options.LexiconMinCount);
            log?.Invoke($"fold {fold + 1}/{folds} (sentences {from}..{to - 1}): {lexicon}");
            for (var s = from; s < to; s++)
            {
                training.AddRange(ToTagged([sentences[s]], options.Clusters, lexicon));
            }
        }

        return Train(sentences, options, training, full, log);
    }

    /// <summary>The tagger as saved and loaded again (quantised weights), so that a lexicon is made by the tagger as it would ship.</summary>
    private static PosTagger AsShipped(PosTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;
        return PosTagger.Load(stream, tagger.Clusters);
    }

    /// <summary>
    /// Predicted part-of-speech tags for every sentence, each tagged by a model that never saw it: the sentences are
    /// cut into <paramref name="folds"/> contiguous blocks, and each block is tagged by a model trained on the others.
    /// Later stages (chunks, entities) trained on these tags learn to live with tagging errors. Deterministic.
    /// </summary>
    public static IReadOnlyList<string[]> Jackknife(IReadOnlyList<CoNllSentence> sentences, int folds, PosTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var result = new string[sentences.Count][];
        var quiet = options with { DevelopmentFile = null };
        for (var fold = 0; fold < folds; fold++)
        {
            var from = (int)((long)sentences.Count * fold / folds);
            var to = (int)((long)sentences.Count * (fold + 1) / folds);
            var rest = new List<CoNllSentence>(sentences.Count - (to - from));
            for (var s = 0; s < sentences.Count; s++)
            {
                if (s < from || s >= to)
                {
                    rest.Add(sentences[s]);
                }
            }

            var tagger = Train(rest, quiet);
            long correct = 0, total = 0;
            for (var s = from; s < to; s++)
            {
                result[s] = tagger.Tag(sentences[s].Words);
                for (var i = 0; i < result[s].Length; i++)
                {
                    correct += string.Equals(result[s][i], sentences[s].PartsOfSpeech[i], StringComparison.Ordinal) ? 1 : 0;
                    total++;
                }
            }

            log?.Invoke($"part-of-speech fold {fold + 1}/{folds}: sentences {from}..{to - 1} tagged, accuracy {(double)correct / Math.Max(total, 1):F4}");
        }

        return result;
    }

    /// <summary>The words and part-of-speech tags of CoNLL sentences as training sentences.</summary>
    public static IReadOnlyList<TaggedSentence> ToTagged(IReadOnlyList<CoNllSentence> sentences) => ToTagged(sentences, null);

    /// <summary>The sentences read right to left: words, tags and value columns reversed.</summary>
    private static List<TaggedSentence> Reverse(IReadOnlyList<TaggedSentence> sentences)
    {
        var result = new List<TaggedSentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var words = sentence.Words.ToArray();
            var tags = sentence.Tags.ToArray();
            Array.Reverse(words);
            Array.Reverse(tags);
            var values = new List<ulong[]>(sentence.Values.Count);
            foreach (var column in sentence.Values)
            {
                var reversed = (ulong[])column.Clone();
                Array.Reverse(reversed);
                values.Add(reversed);
            }

            result.Add(new TaggedSentence(words, tags) { Values = values });
        }

        return result;
    }

    /// <summary>The words and part-of-speech tags of CoNLL sentences as training sentences, with the words' cluster codes as value column 0 when <paramref name="clusters"/> is given.</summary>
    public static IReadOnlyList<TaggedSentence> ToTagged(IReadOnlyList<CoNllSentence> sentences, Lexicon.WordClusters? clusters) => ToTagged(sentences, clusters, null);

    /// <summary>
    /// The words and part-of-speech tags of CoNLL sentences as training sentences, with the words' cluster codes as
    /// value column 0 when <paramref name="clusters"/> is given, and their tag lexicon codes as column 1 when
    /// <paramref name="lexicon"/> is given as well.
    /// </summary>
    public static IReadOnlyList<TaggedSentence> ToTagged(IReadOnlyList<CoNllSentence> sentences, Lexicon.WordClusters? clusters, TagLexicon? lexicon)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new List<TaggedSentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var tagged = new TaggedSentence(sentence.Words, sentence.PartsOfSpeech);
            result.Add(clusters is null ? tagged
                : lexicon is null ? tagged with { Values = [ClusterFeatures.Encode(clusters, sentence.Words)] }
                : tagged with { Values = [ClusterFeatures.Encode(clusters, sentence.Words), lexicon.Encode(sentence.Words)] });
        }

        return result;
    }
}
