using System.Diagnostics;
using System.Globalization;
using Dyad.Language.Pipeline;
using Dyad.Quotes;

namespace Dyad.Evaluation.Quotes;

/// <summary>Times the quote extractor alone over texts the language layer has already annotated.</summary>
public static class QuoteThroughput
{
    /// <summary>Annotates <paramref name="texts"/> (untimed), then times <see cref="QuoteExtractor.Extract"/> over them, best of <paramref name="rounds"/>.</summary>
    public static string Measure(IReadOnlyList<string> texts, LanguagePipeline pipeline, int rounds = 5)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(pipeline);
        var annotated = new List<AnnotatedText>(texts.Count);
        long tokens = 0;
        foreach (var text in texts)
        {
            var a = pipeline.Annotate(text);
            annotated.Add(a);
            tokens += a.Tokens.Length;
        }

        var best = TimeSpan.MaxValue;
        var quotes = 0;
        for (var round = 0; round < Math.Max(1, rounds); round++)
        {
            quotes = 0;
            var clock = Stopwatch.StartNew();
            foreach (var a in annotated)
            {
                quotes += QuoteExtractor.Extract(a).Length;
            }

            clock.Stop();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        var seconds = Math.Max(best.TotalSeconds, 1e-9);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Quote extractor alone over {annotated.Count:N0} articles ({tokens:N0} tokens, {quotes:N0} quotes), best of {Math.Max(1, rounds)}: {best.TotalMilliseconds:N1} ms = {annotated.Count / seconds:N0} articles/s, {quotes / seconds:N0} quotes/s, {tokens / seconds:N0} tokens/s on one thread (language layer excluded).");
    }
}
