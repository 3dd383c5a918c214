using System.Globalization;

namespace Dyad.Evaluation.Html;

/// <summary>How fast an extractor ran over a set of pages on one thread, input already decoded in memory.</summary>
/// <param name="Pages">Pages extracted in the timed rounds (pages × rounds).</param>
/// <param name="Rounds">Timed passes over the set.</param>
/// <param name="Characters">UTF-16 units of HTML extracted in the timed rounds.</param>
/// <param name="Bytes">Bytes of the encoded HTML that those pages came from.</param>
/// <param name="Elapsed">Wall time spent in the timed rounds.</param>
/// <param name="CpuTime">Processor time the process used in the timed rounds (the extraction thread, plus the
/// runtime's garbage collector and JIT threads). On a shared machine it measures the work, where wall time also
/// counts the waits for a core.</param>
/// <param name="ParseOnly">Wall time AngleSharp alone took to parse the same pages the same number of times (source
/// positions kept), measured in alternation with the extraction; the ratio of the two is stable even when other
/// processes slow both down. Null when not measured.</param>
public sealed record ThroughputReport(int Pages, int Rounds, long Characters, long Bytes, TimeSpan Elapsed, TimeSpan CpuTime, TimeSpan? ParseOnly = null)
{
    /// <summary>Pages per second of wall time for the parse alone, when measured.</summary>
    public double? ParseOnlyPagesPerSecond => ParseOnly is { TotalSeconds: > 0 } p ? Pages / p.TotalSeconds : null;

    /// <summary>Pages per second of wall time.</summary>
    public double PagesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Pages / Elapsed.TotalSeconds;

    /// <summary>Pages per second of processor time: the single-core rate, undisturbed by other processes.</summary>
    public double PagesPerCpuSecond => CpuTime.TotalSeconds <= 0 ? 0 : Pages / CpuTime.TotalSeconds;

    /// <summary>Megabytes (10^6 bytes) of encoded HTML per second of processor time.</summary>
    public double MegabytesPerCpuSecond => CpuTime.TotalSeconds <= 0 ? 0 : Bytes / 1e6 / CpuTime.TotalSeconds;

    /// <summary>Megabytes (10^6 bytes) of encoded HTML per second.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Bytes / 1e6 / Elapsed.TotalSeconds;

    /// <summary>A one-row Markdown table.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var baseline = ParseOnlyPagesPerSecond is { } parse
            ? string.Create(c, $"AngleSharp parse alone, same pages and rounds: {parse:F0} pages/s (extraction takes {Elapsed.TotalSeconds / ParseOnly!.Value.TotalSeconds:F2}x the parse time).\n")
            : string.Empty;
        return baseline + string.Create(c, $"""
            | Pages | Rounds | MB | Wall s | CPU s | Pages/s (wall) | MB/s (wall) | Pages/s (CPU) | MB/s (CPU) |
            |---:|---:|---:|---:|---:|---:|---:|---:|---:|
            | {Pages} | {Rounds} | {Bytes / 1e6:F1} | {Elapsed.TotalSeconds:F2} | {CpuTime.TotalSeconds:F2} | {PagesPerSecond:F0} | {MegabytesPerSecond:F1} | {PagesPerCpuSecond:F0} | {MegabytesPerCpuSecond:F1} |

            """);
    }
}
