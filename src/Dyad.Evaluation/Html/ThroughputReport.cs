using System.Globalization;

namespace Dyad.Evaluation.Html;

/// <summary>How fast an extractor ran over a set of pages on one thread, input already decoded in memory.</summary>
/// <param name="Pages">Pages extracted in the timed rounds (pages × rounds).</param>
/// <param name="Rounds">Timed passes over the set.</param>
/// <param name="Characters">UTF-16 units of HTML extracted in the timed rounds.</param>
/// <param name="Bytes">Bytes of the encoded HTML that those pages came from.</param>
/// <param name="Elapsed">Time spent in the timed rounds.</param>
public sealed record ThroughputReport(int Pages, int Rounds, long Characters, long Bytes, TimeSpan Elapsed)
{
    /// <summary>Pages per second.</summary>
    public double PagesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Pages / Elapsed.TotalSeconds;

    /// <summary>Megabytes (10^6 bytes) of encoded HTML per second.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Bytes / 1e6 / Elapsed.TotalSeconds;

    /// <summary>A one-row Markdown table.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        return string.Create(c, $"""
            | Pages | Rounds | MB | Seconds | Pages/s | MB/s |
            |---:|---:|---:|---:|---:|---:|
            | {Pages} | {Rounds} | {Bytes / 1e6:F1} | {Elapsed.TotalSeconds:F2} | {PagesPerSecond:F0} | {MegabytesPerSecond:F1} |

            """);
    }
}
