using System.Globalization;

namespace Dyad.Evaluation.Language;

/// <summary>The time-expression tagger's speed over a corpus.</summary>
/// <param name="Texts">Texts per round.</param>
/// <param name="Tokens">Tokens tagged over all timed rounds.</param>
/// <param name="Expressions">Expressions found in one round.</param>
/// <param name="Elapsed">Wall time of the timed rounds.</param>
/// <param name="AllocatedBytes">Bytes allocated on the measuring thread during the timed rounds.</param>
public sealed record TimexThroughputReport(int Texts, long Tokens, long Expressions, TimeSpan Elapsed, long AllocatedBytes)
{
    /// <summary>Tokens per second through the tagger alone.</summary>
    public double TokensPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Tokens / Elapsed.TotalSeconds;

    /// <summary>Bytes allocated per token.</summary>
    public double BytesPerToken => Tokens == 0 ? 0 : (double)AllocatedBytes / Tokens;

    /// <summary>The share the tagger adds to a layer running at <see cref="TimexThroughput.LayerTokensPerSecond"/>.</summary>
    public double OverheadOnLayer => TokensPerSecond <= 0 ? double.PositiveInfinity : TimexThroughput.LayerTokensPerSecond / TokensPerSecond;

    /// <summary>One Markdown line.</summary>
    public string ToMarkdown() => string.Create(CultureInfo.InvariantCulture,
        $"Time-expression tagger alone: {TokensPerSecond:N0} tokens/s on one thread ({Texts:N0} texts, {Tokens:N0} tokens, {Expressions:N0} expressions per round), {BytesPerToken:F1} bytes allocated per token; adds {OverheadOnLayer:P1} to a layer running at {TimexThroughput.LayerTokensPerSecond:N0} tokens/s.");
}
