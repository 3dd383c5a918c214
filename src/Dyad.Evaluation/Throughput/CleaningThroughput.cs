using System.Diagnostics;
using System.Text;
using Dyad.Cleaning;
using Dyad.Core;
using Dyad.Evaluation.Html;

namespace Dyad.Evaluation.Throughput;

/// <summary>Measures how fast a cleaner turns raw texts into clean text plus metadata, on one thread.</summary>
public static class CleaningThroughput
{
    /// <summary>Normalises and cleans every text once untimed (warm-up), then <paramref name="rounds"/> timed rounds.</summary>
    /// <remarks>Timed work per text: <see cref="TextNormalizer.Normalize"/> and <see cref="IArticleCleaner.Clean"/>
    /// (which reads the metadata), exactly what a run does between reading and storing. Bytes are the texts' UTF-8 size.</remarks>
    public static ThroughputReport Measure(IReadOnlyList<string> texts, IArticleCleaner cleaner, int rounds = 5)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(cleaner);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        long bytesPerRound = 0, charsPerRound = 0;
        var sink = 0;
        foreach (var text in texts)
        {
            bytesPerRound += Encoding.UTF8.GetByteCount(text);
            charsPerRound += text.Length;
            sink += cleaner.Clean(TextNormalizer.Normalize(text, out _), ArticleHints.None).Text.Length;
        }

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                sink += cleaner.Clean(TextNormalizer.Normalize(text, out _), ArticleHints.None).Text.Length;
            }
        }

        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        GC.KeepAlive(sink);
        return new ThroughputReport(texts.Count * rounds, rounds, charsPerRound * rounds, bytesPerRound * rounds, clock.Elapsed, cpu);
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
