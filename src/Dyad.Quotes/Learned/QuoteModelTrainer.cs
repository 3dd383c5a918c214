using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Language.Pipeline;
using Dyad.Language.Tagging;

namespace Dyad.Quotes;

/// <summary>One gold attribution for training: its cue and content fragments (character spans of the text).</summary>
/// <param name="Cue">The cue fragments.</param>
/// <param name="Content">The content fragments.</param>
public sealed record QuoteTrainingAttribution(ImmutableArray<TextSpan> Cue, ImmutableArray<TextSpan> Content);

/// <summary>One annotated article for training: the language layer's annotation and the gold attributions.</summary>
/// <param name="Annotated">The text as <see cref="LanguagePipeline.Default"/> annotates it.</param>
/// <param name="Gold">The gold attributions.</param>
public sealed record QuoteTrainingArticle(AnnotatedText Annotated, ImmutableArray<QuoteTrainingAttribution> Gold);

/// <summary>Settings of <see cref="QuoteModelTrainer.Train"/>.</summary>
public sealed record QuoteTrainingOptions
{
    /// <summary>Training passes over the candidates.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>Seed of the shuffle between passes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The margin a candidate needs to be kept (chosen on PolNeAR dev).</summary>
    public float Threshold { get; init; }

    /// <summary>A word is not tried as a learned cue when it was a candidate at least this many times in training ...</summary>
    public int SkipWordMinCandidates { get; init; } = 3;

    /// <summary>... and less than this share of those candidates were attributions.</summary>
    public double SkipWordMaxRate { get; init; } = 0.02;

    /// <summary>Averaged weights smaller than this are dropped.</summary>
    public float PruneBelow { get; init; } = 0.01f;
}

/// <summary>
/// Trains <see cref="QuoteModel"/>: the rules run on each article, every learned candidate (a verb or a possessed noun
/// outside the rules' attributions, with the content and speaker the rule helpers find for it) is labelled by the gold,
/// and an averaged perceptron learns which to keep. Deterministic: the same articles and options give the same bytes.
/// </summary>
public static class QuoteModelTrainer
{
    /// <summary>
    /// A candidate is an attribution when its cue token lies in the cue of a gold attribution that no rule quote already
    /// matches, whatever the content the rule helpers read for it: a right cue brings its speaker and at least part of
    /// the content, and labelling by cue alone scored better on PolNeAR dev than also asking for the evaluation's content
    /// match (docs/quotes.md).
    /// </summary>
    public static QuoteModel Train(IEnumerable<QuoteTrainingArticle> articles, QuoteTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(options);
        var examples = new List<(ulong[] Features, int Label)>();
        var words = new Dictionary<string, (int Candidates, int Positives)>(StringComparer.Ordinal);
        var positives = 0;
        var articleCount = 0;
        foreach (var article in articles)
        {
            articleCount++;
            foreach (var (features, word, label) in Label(article))
            {
                examples.Add((features, label));
                positives += label;
                var (n, p) = words.GetValueOrDefault(word);
                words[word] = (n + 1, p + label);
            }
        }

        var skipWords = new List<string>();
        foreach (var (word, (n, p)) in words)
        {
            if (n >= options.SkipWordMinCandidates && p < options.SkipWordMaxRate * n)
            {
                skipWords.Add(word);
            }
        }

        log?.Invoke($"{skipWords.Count} of {words.Count} candidate words are not tried.");

        log?.Invoke($"{articleCount} articles, {examples.Count} candidates, {positives} attributions among them.");
        var perceptron = new AveragedPerceptron(2);
        var order = new int[examples.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(options.Seed);
        Span<float> scratch = stackalloc float[2];
        for (var pass = 0; pass < options.Iterations; pass++)
        {
            random.Shuffle(order);
            var wrong = 0;
            foreach (var e in order)
            {
                var (features, label) = examples[e];
                var guess = perceptron.Predict(features, scratch);
                perceptron.Update(features, label, guess);
                perceptron.Tick();
                wrong += guess != label ? 1 : 0;
            }

            log?.Invoke($"pass {pass + 1}: {wrong} errors ({(double)wrong / Math.Max(1, examples.Count):P2})");
        }

        // Round-trip through the file format, so that the model returned is the one that ships (quantised weights).
        var model = new QuoteModel(perceptron.ToWeights(options.PruneBelow), skipWords, options.Threshold, QuoteModel.CurrentFeatureSet);
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        return QuoteModel.Load(buffer);
    }

    /// <summary>The candidates of one article with their labels (1: an attribution the rules missed, 0: none).</summary>
    private static IEnumerable<(ulong[] Features, string Word, int Label)> Label(QuoteTrainingArticle article)
    {
        var annotated = article.Annotated;
        if (!annotated.Has(Layers.Tokens | Layers.Sentences) || annotated.Tokens.IsEmpty)
        {
            yield break;
        }

        var candidates = new QuoteAnalysis(annotated).LearnedCandidates(out var ruleContents);
        var tokens = annotated.Tokens;
        var gold = article.Gold;
        var goldTokens = new (int First, int Last)[gold.Length];
        var open = new bool[gold.Length];
        for (var g = 0; g < gold.Length; g++)
        {
            goldTokens[g] = TokenRange(tokens, PolHull(gold[g].Content));
            open[g] = true;
            foreach (var (start, end) in ruleContents)
            {
                if (Matches(TokenRange(tokens, new TextSpan(start, end)), goldTokens[g]))
                {
                    open[g] = false;
                    break;
                }
            }
        }

        foreach (var c in candidates)
        {
            var cue = tokens[c.Cue].Span;
            var label = 0;
            for (var g = 0; g < gold.Length && label == 0; g++)
            {
                if (open[g] && Overlaps(gold[g].Cue, cue))
                {
                    label = 1;
                }
            }

            yield return (c.Features, c.Word, label);
        }
    }

    private static TextSpan PolHull(ImmutableArray<TextSpan> fragments)
    {
        if (fragments.IsDefaultOrEmpty)
        {
            return default;
        }

        int start = int.MaxValue, end = 0;
        foreach (var f in fragments)
        {
            start = Math.Min(start, f.Start);
            end = Math.Max(end, f.End);
        }

        return new TextSpan(start, end);
    }

    private static bool Overlaps(ImmutableArray<TextSpan> fragments, TextSpan span)
    {
        foreach (var f in fragments.IsDefault ? [] : fragments)
        {
            if (f.Start < span.End && span.Start < f.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shared tokens at least half of each range (the evaluation's content match).</summary>
    private static bool Matches((int First, int Last) a, (int First, int Last) b)
    {
        if (a.Last < a.First || b.Last < b.First)
        {
            return false;
        }

        var shared = Math.Min(a.Last, b.Last) - Math.Max(a.First, b.First) + 1;
        return shared > 0 && 2 * shared >= a.Last - a.First + 1 && 2 * shared >= b.Last - b.First + 1;
    }

    /// <summary>The first and last token overlapping <paramref name="span"/> (last &lt; first when none).</summary>
    private static (int First, int Last) TokenRange(ImmutableArray<Dyad.Language.Tokens.Token> tokens, TextSpan span)
    {
        var lo = TokenSearch.FirstEndingAfter(tokens, span.Start);
        var last = lo - 1;
        for (var i = lo; i < tokens.Length && tokens[i].Span.Start < span.End; i++)
        {
            last = i;
        }

        return (lo, last);
    }
}
