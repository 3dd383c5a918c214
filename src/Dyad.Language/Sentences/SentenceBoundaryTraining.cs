using System.Globalization;
using System.Runtime.InteropServices;
using Dyad.Language.Tagging;
using Dyad.Language.Tokens;

namespace Dyad.Language.Sentences;

/// <summary>Trains a <see cref="SentenceBoundaryModel"/> on CoNLL-2003 documents joined into plain text.</summary>
public static class SentenceBoundaryTraining
{
    /// <summary>
    /// Trains on the documents of <paramref name="trainFile"/> (see <see cref="JoinedDocument.ReadConll"/>): each
    /// document is tokenized, the rules propose boundaries, and the perceptron learns, gap by gap and with its own
    /// earlier decisions as history, where the gold sentences end. Deterministic for a given seed.
    /// </summary>
    /// <param name="trainFile">A CoNLL-2003 file, e.g. <c>conll2003/eng.train</c>.</param>
    /// <param name="iterations">Training passes.</param>
    /// <param name="seed">Seed for shuffling the documents between passes.</param>
    /// <param name="developmentFile">Optional file scored (F1) after each pass and logged.</param>
    /// <param name="log">Receives progress lines.</param>
    public static SentenceBoundaryModel Train(string trainFile, int iterations = 10, int seed = 1, string? developmentFile = null, Action<string>? log = null)
    {
        var training = JoinedDocument.ReadConll(trainFile);
        log?.Invoke($"{training.Count} training documents from {trainFile}");
        return Train(training, iterations, seed, developmentFile is null ? null : JoinedDocument.ReadConll(developmentFile), log);
    }

    /// <summary>Trains on joined <paramref name="training"/> documents (see the overload that reads a file).</summary>
    /// <param name="training">The training documents.</param>
    /// <param name="iterations">Training passes.</param>
    /// <param name="seed">Seed for shuffling the documents between passes.</param>
    /// <param name="development">Optional documents scored (F1) after each pass and logged.</param>
    /// <param name="log">Receives progress lines.</param>
    public static SentenceBoundaryModel Train(IReadOnlyList<JoinedDocument> training, int iterations = 10, int seed = 1, IReadOnlyList<JoinedDocument>? development = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var documents = Prepare(training);
        var model = new AveragedPerceptron(2);
        var features = new FeatureBuffer();
        var classes = new SentenceBoundaryModel.Scratch();
        var scores = new float[2];
        var order = new int[documents.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(seed);
        for (var pass = 1; pass <= iterations; pass++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var d in order)
            {
                var document = documents[d];
                var scorer = new LearningScorer(model, document.Gold, scores);
                SentenceBoundaryModel.Decode(document.Text, document.Tokens, document.RuleEnds, classes.Classes(document.Tokens.Length), features, ref scorer, null);
                correct += scorer.Correct;
                total += scorer.Total;
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"pass {pass}/{iterations}: gap accuracy {(double)correct / Math.Max(total, 1):F5}, {model.FeatureCount} features");
            if (development is not null)
            {
                var f1 = Score(new SentenceBoundaryModel(model.ToWeights(0.001f)), development).F1;
                line += string.Create(CultureInfo.InvariantCulture, $", development F1 {f1:F4}");
            }

            log?.Invoke(line);
        }

        var result = new SentenceBoundaryModel(model.ToWeights(0.001f));
        log?.Invoke(result.ToString());
        return result;
    }

    /// <summary>Boundary counts of <paramref name="model"/> (null: the rules alone) over joined documents: gold, predicted, correct.</summary>
    public static BoundaryScore Score(SentenceBoundaryModel? model, IReadOnlyList<JoinedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tokens = new List<Token>(4096);
        var sentences = new List<Sentence>(256);
        long gold = 0, predicted = 0, correct = 0;
        foreach (var document in documents)
        {
            tokens.Clear();
            sentences.Clear();
            Tokenizer.Tokenize(document.Text, tokens);
            if (model is null)
            {
                SentenceSplitter.Split(document.Text, CollectionsMarshal.AsSpan(tokens), sentences);
            }
            else
            {
                model.Split(document.Text, CollectionsMarshal.AsSpan(tokens), sentences);
            }

            gold += document.SentenceEnds.Count;
            predicted += sentences.Count;
            var ends = document.SentenceEnds;
            foreach (var sentence in sentences)
            {
                if (Contains(ends, sentence.Span.End))
                {
                    correct++;
                }
            }
        }

        return new BoundaryScore(documents.Count, gold, predicted, correct);
    }

    private static bool Contains(IReadOnlyList<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] == value)
            {
                return true;
            }

            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    private static List<Prepared> Prepare(IReadOnlyList<JoinedDocument> documents)
    {
        var result = new List<Prepared>(documents.Count);
        var scratch = new SentenceBoundaryModel.Scratch();
        foreach (var document in documents)
        {
            var tokens = Tokenizer.Tokenize(document.Text);
            var rules = scratch.RuleEnds(document.Text, tokens).ToArray();
            var gold = new bool[tokens.Length];
            var ends = new HashSet<int>(document.SentenceEnds);
            for (var i = 0; i < tokens.Length; i++)
            {
                gold[i] = ends.Contains(tokens[i].Span.End);
            }

            result.Add(new Prepared(document.Text, tokens, rules, gold));
        }

        return result;
    }

    private sealed record Prepared(string Text, Token[] Tokens, bool[] RuleEnds, bool[] Gold);

    private struct LearningScorer(AveragedPerceptron model, bool[] gold, float[] scores) : SentenceBoundaryModel.IBoundaryScorer
    {
        public long Correct { get; private set; }

        public long Total { get; private set; }

        public bool IsBoundary(int index, ReadOnlySpan<ulong> features)
        {
            var guess = model.Predict(features, scores);
            var truth = gold[index] ? 1 : 0;
            model.Tick();
            model.Update(features, truth, guess);
            Correct += guess == truth ? 1 : 0;
            Total++;
            return guess == 1;
        }

        public readonly void Forced(int index, bool boundary)
        {
        }
    }
}
