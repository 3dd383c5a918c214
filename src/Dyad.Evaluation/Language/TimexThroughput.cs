using System.Diagnostics;
using System.Globalization;
using Dyad.Core;
using Dyad.Language.Sentences;
using Dyad.Language.Time;
using Dyad.Language.Tokens;

namespace Dyad.Evaluation.Language;

/// <summary>
/// Measures the time-expression tagger alone on one thread: texts are tokenized and split once, untimed, then tagged
/// in timed rounds, as a pipeline stage would see them.
/// </summary>
public static class TimexThroughput
{
    /// <summary>The layer speed the issue requires (tokens per second); the tagger may add at most 20% to its time.</summary>
    public const double LayerTokensPerSecond = 250_000;

    /// <summary>Tags every text once untimed (warm-up), then <paramref name="rounds"/> timed rounds.</summary>
    public static TimexThroughputReport Measure(IReadOnlyList<string> texts, PartialDate? anchor, int rounds = 5)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var prepared = new List<(string Text, Token[] Tokens, Sentence[] Sentences)>(texts.Count);
        long tokensPerRound = 0;
        foreach (var text in texts)
        {
            var sentences = SentenceSplitter.Split(text, out var tokens);
            prepared.Add((text, tokens, sentences));
            tokensPerRound += tokens.Length;
        }

        var tagger = TimeExpressionTagger.Default;
        long expressions = 0;
        foreach (var (text, tokens, sentences) in prepared)
        {
            expressions += tagger.Tag(text, tokens, sentences, anchor).Count;
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (text, tokens, sentences) in prepared)
            {
                tagger.Tag(text, tokens, sentences, anchor);
            }
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new TimexThroughputReport(texts.Count, tokensPerRound * rounds, expressions, clock.Elapsed, allocated);
    }
}
