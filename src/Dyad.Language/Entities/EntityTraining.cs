using System.Globalization;
using Dyad.Language.Tagging;

namespace Dyad.Language.Entities;

/// <summary>Trains an <see cref="EntityTagger"/> from CoNLL-2003 files.</summary>
public static class EntityTraining
{
    /// <summary>
    /// Trains both stages on <paramref name="trainFile"/>: part-of-speech tags predicted by jackknifed taggers; the
    /// first stage on gold BILOU labels; the second stage on first-stage labels that themselves come from a jackknife
    /// over documents, so that it learns how far to trust them. Deterministic for given data and options.
    /// </summary>
    /// <param name="trainFile">A CoNLL-2003 file, e.g. <c>conll2003/eng.train</c>.</param>
    /// <param name="options">Training settings.</param>
    /// <param name="log">Receives progress lines.</param>
    /// <exception cref="InvalidDataException">A file is not in the CoNLL column format.</exception>
    public static EntityTagger Train(string trainFile, EntityTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var corpus = CoNllReader.ReadDocumentsFile(trainFile);
        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{corpus.Count} training documents from {trainFile}"));
        return Train(corpus, PredictedPos(corpus, options, log), options, log);
    }

    /// <summary>Trains on documents whose part-of-speech tags are already predicted (one tag array per sentence).</summary>
    internal static EntityTagger Train(IReadOnlyList<IReadOnlyList<CoNllSentence>> corpus, string[][][] pos, EntityTrainingOptions options, Action<string>? log)
    {
        var lexicon = EntityLexicon.Default;
        var training = new TrainingDocument[corpus.Count];
        for (var d = 0; d < corpus.Count; d++)
        {
            training[d] = TrainingDocument.Create(corpus[d], pos[d], lexicon);
        }

        TrainingDocument[]? development = null;
        if (options.DevelopmentFile is { } devFile)
        {
            var devCorpus = CoNllReader.ReadDocumentsFile(devFile);
            var tagger = options.DevelopmentPos ?? LanguageModels.Pos;
            development = new TrainingDocument[devCorpus.Count];
            for (var d = 0; d < devCorpus.Count; d++)
            {
                var tags = new string[devCorpus[d].Count][];
                for (var s = 0; s < tags.Length; s++)
                {
                    tags[s] = tagger.Tag(devCorpus[d][s].Words);
                }

                development[d] = TrainingDocument.Create(devCorpus[d], tags, lexicon);
            }
        }

        var all = Enumerable.Range(0, training.Length).ToArray();
        log?.Invoke("first stage:");
        var first = TrainStage(training, all, EntityFeatureExtractor.FirstStage, options.Iterations, options, log, development, secondStage: false);

        // Jackknife: each fold's documents get first-stage labels from a model that never saw them.
        if (options.Folds >= 2)
        {
            for (var fold = 0; fold < options.Folds; fold++)
            {
                var inFold = all.Where(d => d % options.Folds == fold).ToArray();
                var rest = all.Where(d => d % options.Folds != fold).ToArray();
                var model = TrainStage(training, rest, EntityFeatureExtractor.FirstStage, options.FoldIterations, options, null, null, secondStage: false);
                var f1 = TagFirst(model, training, inFold);
                log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"jackknife fold {fold + 1}/{options.Folds}: {inFold.Length} documents, first-stage F1 {f1:F4}"));
            }
        }
        else
        {
            TagFirst(first, training, all);
        }

        foreach (var document in training)
        {
            document.Document.Aggregate();
        }

        if (development is not null)
        {
            var f1 = TagFirst(first, development, Enumerable.Range(0, development.Length).ToArray());
            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"development first-stage F1 {f1:F4}"));
            foreach (var document in development)
            {
                document.Document.Aggregate();
            }
        }

        log?.Invoke("second stage:");
        var second = TrainStage(training, all, EntityFeatureExtractor.SecondStage, options.Iterations, options, log, development, secondStage: true);
        var result = new EntityTagger(first, second, lexicon);
        log?.Invoke(result.ToString());
        return result;
    }

    /// <summary>Entity-level precision, recall and F1 of exact span matches over documents tagged by both stages.</summary>
    internal static (double Precision, double Recall, double F1) Score(IEnumerable<(IReadOnlyList<EntitySpan> Gold, IReadOnlyList<EntitySpan> Predicted)> sentences)
    {
        long gold = 0, predicted = 0, correct = 0;
        foreach (var (g, p) in sentences)
        {
            gold += g.Count;
            predicted += p.Count;
            foreach (var span in p)
            {
                correct += g.Contains(span) ? 1 : 0;
            }
        }

        var precision = predicted == 0 ? 0 : (double)correct / predicted;
        var recall = gold == 0 ? 0 : (double)correct / gold;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    internal static string[][][] PredictedPos(IReadOnlyList<IReadOnlyList<CoNllSentence>> corpus, EntityTrainingOptions options, Action<string>? log)
    {
        var flat = new List<CoNllSentence>();
        foreach (var document in corpus)
        {
            flat.AddRange(document);
        }

        // The same settings as the shipped part-of-speech model (cluster features on), so the folds' tags are as noisy as LanguageModels.Pos's.
        IReadOnlyList<string[]> tags = options.PosFolds < 2
            ? [.. flat.Select(sentence => sentence.PartsOfSpeech.ToArray())]
            : PosTraining.Jackknife(flat, options.PosFolds, new PosTrainingOptions { Sequence = options.PosSequence, Clusters = LanguageModels.Clusters }, log);
        var result = new string[corpus.Count][][];
        var k = 0;
        for (var d = 0; d < corpus.Count; d++)
        {
            result[d] = new string[corpus[d].Count][];
            for (var s = 0; s < corpus[d].Count; s++)
            {
                result[d][s] = tags[k++];
            }
        }

        return result;
    }

    /// <summary>Tags the chosen documents with a first-stage model into their first-stage buffers; returns the F1 of those labels.</summary>
    private static double TagFirst(EntityStage model, TrainingDocument[] documents, int[] chosen)
    {
        foreach (var d in chosen)
        {
            var document = documents[d].Document;
            for (var s = 0; s < document.Count; s++)
            {
                model.Tag(document.Input(s), document.First(s));
            }
        }

        return Evaluate(documents, chosen, secondStage: false);
    }

    private static double Evaluate(TrainingDocument[] documents, int[] chosen, bool secondStage)
    {
        var pairs = new List<(IReadOnlyList<EntitySpan>, IReadOnlyList<EntitySpan>)>();
        foreach (var d in chosen)
        {
            var document = documents[d].Document;
            for (var s = 0; s < document.Count; s++)
            {
                var spans = new List<EntitySpan>();
                var labels = secondStage ? document.Second(s) : document.First(s);
                EntityTagger.Decode(labels.AsSpan(0, document.Length(s)), spans);
                pairs.Add((documents[d].GoldSpans[s], spans));
            }
        }

        return Score(pairs).F1;
    }

    private static EntityStage TrainStage(
        TrainingDocument[] documents,
        int[] chosen,
        EntityFeatureExtractor extractor,
        int iterations,
        EntityTrainingOptions options,
        Action<string>? log,
        TrainingDocument[]? development,
        bool secondStage)
    {
        var dictionary = OutsideDictionary(documents, chosen, options.OutsideDictionaryMinCount);
        var order = new List<(int Document, int Sentence)>();
        foreach (var d in chosen)
        {
            for (var s = 0; s < documents[d].Document.Count; s++)
            {
                order.Add((d, s));
            }
        }

        var items = order.ToArray();
        var model = new AveragedPerceptron(EntityLabelSet.Count);
        var buffer = new FeatureBuffer();
        var scores = new float[EntityLabelSet.Count];
        var random = new Random(options.Seed);
        for (var pass = 1; pass <= iterations; pass++)
        {
            random.Shuffle(items);
            long correct = 0, total = 0;
            foreach (var (d, s) in items)
            {
                var document = documents[d].Document;
                var gold = documents[d].Gold[s];
                var input = document.Input(s);
                var words = input.Words;
                int p1 = -1, p2 = -1;
                for (var i = 0; i < words.Length; i++)
                {
                    var guess = 0;
                    if (!dictionary.Contains(words[i] ?? string.Empty))
                    {
                        buffer.Clear();
                        extractor.Extract(input, i, p1, p2, buffer);
                        guess = model.Predict(buffer.Keys, scores);
                        model.Tick();
                        model.Update(buffer.Keys, gold[i], guess);
                    }

                    correct += guess == gold[i] ? 1 : 0;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }

            if (log is null)
            {
                continue;
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"  pass {pass}/{iterations}: training accuracy {(double)correct / Math.Max(total, 1):F4}, {model.FeatureCount} features");
            if (development is not null)
            {
                var tagger = new EntityStage(extractor, EntityWeights.From(model, options.PruneBelow), dictionary);
                var devAll = Enumerable.Range(0, development.Length).ToArray();
                foreach (var document in development)
                {
                    for (var s = 0; s < document.Document.Count; s++)
                    {
                        tagger.Tag(document.Document.Input(s), secondStage ? document.Document.Second(s) : document.Document.First(s));
                    }
                }

                line += string.Create(CultureInfo.InvariantCulture, $", development F1 {Evaluate(development, devAll, secondStage):F4}");
            }

            log(line);
        }

        return new EntityStage(extractor, EntityWeights.From(model, options.PruneBelow), dictionary);
    }

    private static HashSet<string> OutsideDictionary(TrainingDocument[] documents, int[] chosen, int minCount)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (minCount <= 0)
        {
            return result;
        }

        var counts = new Dictionary<string, (int Total, int Outside)>(StringComparer.Ordinal);
        foreach (var d in chosen)
        {
            var document = documents[d].Document;
            for (var s = 0; s < document.Count; s++)
            {
                var words = document.Words(s);
                for (var i = 0; i < words.Length; i++)
                {
                    var (total, outside) = counts.GetValueOrDefault(words[i]);
                    counts[words[i]] = (total + 1, outside + (documents[d].Gold[s][i] == 0 ? 1 : 0));
                }
            }
        }

        var keys = counts.Keys.ToList();
        keys.Sort(StringComparer.Ordinal);
        foreach (var word in keys)
        {
            var (total, outside) = counts[word];
            if (total >= minCount && outside == total)
            {
                result.Add(word);
            }
        }

        return result;
    }

    /// <summary>A training document: its prepared columns, gold label indices and gold spans per sentence.</summary>
    private sealed record TrainingDocument(EntityDocument Document, int[][] Gold, List<EntitySpan>[] GoldSpans)
    {
        public static TrainingDocument Create(IReadOnlyList<CoNllSentence> sentences, string[][] pos, EntityLexicon? lexicon)
        {
            var words = new string[sentences.Count][];
            var gold = new int[sentences.Count][];
            var spans = new List<EntitySpan>[sentences.Count];
            for (var s = 0; s < sentences.Count; s++)
            {
                words[s] = [.. sentences[s].Words];
                spans[s] = EntityLabels.FromIob(sentences[s].Entities);
                var bilou = EntityLabels.ToBilou(spans[s], words[s].Length);
                gold[s] = new int[bilou.Length];
                for (var i = 0; i < bilou.Length; i++)
                {
                    var label = EntityLabelSet.IndexOf(bilou[i]);
                    if (label < 0)
                    {
                        throw new InvalidDataException($"Unknown entity label '{sentences[s].Entities[i]}' (expected PER, ORG, LOC or MISC).");
                    }

                    gold[s][i] = label;
                }
            }

            var document = new EntityDocument(lexicon);
            document.Prepare(words, pos);
            return new TrainingDocument(document, gold, spans);
        }
    }
}
