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
        var training = ToTagged(CoNllReader.ReadFile(trainFile));
        var development = options.DevelopmentFile is null ? null : ToTagged(CoNllReader.ReadFile(options.DevelopmentFile));
        log?.Invoke($"{training.Count} training sentences from {trainFile}");
        var tagger = SequenceTaggerTrainer.Train(training, PosFeatureExtractor.Instance, options.Sequence, development, log);
        var vocabulary = new HashSet<ulong>();
        foreach (var sentence in training)
        {
            foreach (var word in sentence.Words)
            {
                vocabulary.Add(FeatureHash.Word(word));
            }
        }

        var result = new PosTagger(tagger, vocabulary);
        log?.Invoke(result.ToString());
        return result;
    }

    /// <summary>The words and part-of-speech tags of CoNLL sentences as training sentences.</summary>
    public static IReadOnlyList<TaggedSentence> ToTagged(IReadOnlyList<CoNllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new List<TaggedSentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            result.Add(new TaggedSentence(sentence.Words, sentence.PartsOfSpeech));
        }

        return result;
    }
}
