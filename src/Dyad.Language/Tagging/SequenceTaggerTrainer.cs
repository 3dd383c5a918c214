using System.Globalization;

namespace Dyad.Language.Tagging;

/// <summary>Trains a <see cref="SequenceTagger"/> from labelled sentences.</summary>
public static class SequenceTaggerTrainer
{
    /// <summary>
    /// Trains greedily, as the tagger will run: the two previous labels fed to the features are the ones the model
    /// predicted, not the gold ones, so that training sees the tagger's own mistakes. Deterministic for a given
    /// <see cref="SequenceTrainingOptions.Seed"/>.
    /// </summary>
    /// <param name="sentences">Training sentences; labels are collected from them in order of first appearance.</param>
    /// <param name="extractor">The features.</param>
    /// <param name="options">Iterations, seed, pruning and tag dictionary settings.</param>
    /// <param name="development">Optional held-out sentences scored after each pass and logged (they do not change training).</param>
    /// <param name="log">Receives one progress line per pass.</param>
    public static SequenceTagger Train(
        IReadOnlyList<TaggedSentence> sentences,
        ISequenceFeatureExtractor extractor,
        SequenceTrainingOptions options,
        IReadOnlyList<TaggedSentence>? development = null,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Iterations, 1);

        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        var gold = new int[sentences.Count][];
        var words = new string[sentences.Count][];
        var columns = new string[sentences.Count][][];
        var values = new ulong[sentences.Count][][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentence.Words.Count != sentence.Tags.Count)
            {
                throw new ArgumentException($"Sentence {s} has {sentence.Words.Count} words but {sentence.Tags.Count} labels.", nameof(sentences));
            }

            words[s] = [.. sentence.Words];
            columns[s] = [.. sentence.Columns];
            values[s] = [.. sentence.Values];
            gold[s] = new int[sentence.Tags.Count];
            for (var i = 0; i < sentence.Tags.Count; i++)
            {
                if (!labelIndex.TryGetValue(sentence.Tags[i], out var id))
                {
                    id = labels.Count;
                    labelIndex.Add(sentence.Tags[i], id);
                    labels.Add(sentence.Tags[i]);
                }

                gold[s][i] = id;
            }
        }

        if (labels.Count == 0)
        {
            throw new ArgumentException("No labelled words to train on.", nameof(sentences));
        }

        var dictionary = BuildTagDictionary(words, gold, labels.Count, options);
        var model = new AveragedPerceptron(labels.Count);
        var buffer = new FeatureBuffer();
        var scores = new float[labels.Count];
        var order = new int[sentences.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(options.Seed);
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var s in order)
            {
                var w = words[s];
                var g = gold[s];
                var input = new SequenceInput(w, columns[s], values[s]);
                int p1 = -1, p2 = -1;
                for (var i = 0; i < w.Length; i++)
                {
                    if (!dictionary.TryGetValue(w[i], out var guess))
                    {
                        buffer.Clear();
                        extractor.Extract(input, i, p1, p2, buffer);
                        guess = model.Predict(buffer.Keys, scores);
                        model.Tick();
                        model.Update(buffer.Keys, g[i], guess);
                    }

                    correct += guess == g[i] ? 1 : 0;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"pass {iteration}/{options.Iterations}: training accuracy {(double)correct / Math.Max(total, 1):F4}, {model.FeatureCount} features");
            if (development is { Count: > 0 })
            {
                var tagger = new SequenceTagger(labels, extractor, model.ToWeights(options.PruneBelow), dictionary);
                line += string.Create(CultureInfo.InvariantCulture, $", development accuracy {Accuracy(tagger, development):F4}");
            }

            log?.Invoke(line);
        }

        return new SequenceTagger(labels, extractor, model.ToWeights(options.PruneBelow), dictionary);
    }

    /// <summary>Share of words in <paramref name="sentences"/> that <paramref name="tagger"/> labels as the gold data does.</summary>
    public static double Accuracy(SequenceTagger tagger, IReadOnlyList<TaggedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        long correct = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var predicted = tagger.Tag(sentence);
            for (var i = 0; i < predicted.Length; i++)
            {
                correct += string.Equals(predicted[i], sentence.Tags[i], StringComparison.Ordinal) ? 1 : 0;
                total++;
            }
        }

        return total == 0 ? 0 : (double)correct / total;
    }

    private static Dictionary<string, int> BuildTagDictionary(string[][] words, int[][] gold, int labelCount, SequenceTrainingOptions options)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (options.TagDictionaryMinCount <= 0)
        {
            return result;
        }

        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var s = 0; s < words.Length; s++)
        {
            for (var i = 0; i < words[s].Length; i++)
            {
                if (!counts.TryGetValue(words[s][i], out var perLabel))
                {
                    perLabel = new int[labelCount];
                    counts.Add(words[s][i], perLabel);
                }

                perLabel[gold[s][i]]++;
            }
        }

        foreach (var (word, perLabel) in counts)
        {
            int total = 0, best = 0;
            for (var c = 0; c < perLabel.Length; c++)
            {
                total += perLabel[c];
                if (perLabel[c] > perLabel[best])
                {
                    best = c;
                }
            }

            if (total >= options.TagDictionaryMinCount && perLabel[best] >= options.TagDictionaryMinShare * total)
            {
                result.Add(word, best);
            }
        }

        return result;
    }
}
