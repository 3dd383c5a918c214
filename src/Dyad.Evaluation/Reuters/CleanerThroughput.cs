using System.Diagnostics;
using System.Text;
using Dyad.Core;

namespace Dyad.Evaluation.Reuters;

/// <summary>Measures how fast a cleaner turns plain text into clean text with metadata, and how much of ordinary
/// article text it keeps.</summary>
/// <remarks>Throughput is reported in megabytes (10^6 bytes) of the inputs' UTF-8 encoding per second of wall time on
/// one thread, after warm-up passes; the median of the timed passes is the figure to quote. Inputs are expected to be
/// normalised already (as <c>TextNormalizer</c> leaves them), so only cleaning is timed.</remarks>
public static class CleanerThroughput
{
    /// <summary>Cleans every text <paramref name="warmups"/> times untimed, then <paramref name="passes"/> times timed.</summary>
    public static ThroughputResult Measure(IReadOnlyList<string> texts, IArticleCleaner cleaner, int warmups = 2, int passes = 5)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(cleaner);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        long bytes = 0;
        foreach (var t in texts)
        {
            bytes += Encoding.UTF8.GetByteCount(t);
        }

        for (var w = 0; w < warmups; w++)
        {
            CleanAll(texts, cleaner);
        }

        var rates = new double[passes];
        for (var p = 0; p < passes; p++)
        {
            var sw = Stopwatch.StartNew();
            CleanAll(texts, cleaner);
            sw.Stop();
            rates[p] = bytes / 1e6 / Math.Max(sw.Elapsed.TotalSeconds, 1e-9);
        }

        var sorted = (double[])rates.Clone();
        Array.Sort(sorted);
        return new ThroughputResult(texts.Count, bytes, sorted[sorted.Length / 2], rates);
    }

    /// <summary>The share of the inputs' non-whitespace characters that the cleaned texts copy (0 to 1).</summary>
    public static double KeptFraction(IReadOnlyList<string> texts, IArticleCleaner cleaner)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(cleaner);
        long total = 0;
        long kept = 0;
        foreach (var text in texts)
        {
            total += NonWhitespace(text);
            foreach (var seg in cleaner.Clean(text, ArticleHints.None).ToRaw.Segments)
            {
                if (seg.IsOneToOne)
                {
                    kept += NonWhitespace(text.AsSpan(seg.SourceStart, seg.SourceLength));
                }
            }
        }

        return total == 0 ? 1 : (double)kept / total;
    }

    private static void CleanAll(IReadOnlyList<string> texts, IArticleCleaner cleaner)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            cleaner.Clean(texts[i], ArticleHints.None);
        }
    }

    private static long NonWhitespace(ReadOnlySpan<char> text)
    {
        long n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                n++;
            }
        }

        return n;
    }
}
