using System.Globalization;

namespace Dyad.Evaluation.Language;

/// <summary>The entity tagger's measured speed.</summary>
/// <param name="Documents">Documents per round.</param>
/// <param name="Tokens">Tokens tagged in the timed rounds.</param>
/// <param name="Mentions">Mentions returned in the timed rounds.</param>
/// <param name="Elapsed">Wall time of the timed rounds.</param>
/// <param name="ProcessorTime">Processor time of the whole process over the timed rounds (one busy thread, so close to its own).</param>
/// <param name="AllocatedBytes">Bytes allocated on the tagging thread in the timed rounds (the mention records and lists returned).</param>
public sealed record NerThroughputReport(int Documents, long Tokens, long Mentions, TimeSpan Elapsed, TimeSpan ProcessorTime, long AllocatedBytes)
{
    /// <summary>Microseconds of wall time per token.</summary>
    public double MicrosecondsPerToken => Tokens == 0 ? 0 : Elapsed.TotalMilliseconds * 1000 / Tokens;

    /// <summary>Microseconds of processor time per token (less sensitive to other load on the machine).</summary>
    public double ProcessorMicrosecondsPerToken => Tokens == 0 ? 0 : ProcessorTime.TotalMilliseconds * 1000 / Tokens;

    /// <summary>A one-line Markdown summary.</summary>
    public string ToMarkdown() => string.Create(CultureInfo.InvariantCulture,
        $"Entity tagging over {Documents:N0} Reuters-21578 bodies ({Tokens:N0} tokens in the timed rounds): {MicrosecondsPerToken:F2} µs/token wall ({(Tokens / Math.Max(Elapsed.TotalSeconds, 1e-9)):N0} tokens/s), {ProcessorMicrosecondsPerToken:F2} µs/token processor time, {(double)AllocatedBytes / Math.Max(Tokens, 1):F1} bytes allocated per token ({Mentions / Math.Max(Tokens, 1.0) * 100:F1} mentions per 100 tokens).");
}
