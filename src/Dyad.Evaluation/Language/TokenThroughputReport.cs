using System.Globalization;

namespace Dyad.Evaluation.Language;

/// <summary>How many tokens a stage handled per second.</summary>
/// <param name="Documents">Documents processed in the timed rounds.</param>
/// <param name="Tokens">Tokens produced in the timed rounds.</param>
/// <param name="Sentences">Sentences produced in the timed rounds.</param>
/// <param name="Elapsed">Wall time of the timed rounds.</param>
public sealed record TokenThroughputReport(int Documents, long Tokens, long Sentences, TimeSpan Elapsed)
{
    /// <summary>Tokens per second of wall time.</summary>
    public double TokensPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Tokens / Elapsed.TotalSeconds;

    /// <summary>A one-row Markdown table.</summary>
    public string ToMarkdown() => string.Create(CultureInfo.InvariantCulture, $"""
        | Documents | Tokens | Sentences | Seconds | Tokens/s |
        |---:|---:|---:|---:|---:|
        | {Documents} | {Tokens} | {Sentences} | {Elapsed.TotalSeconds:F3} | {TokensPerSecond:N0} |

        """);
}
