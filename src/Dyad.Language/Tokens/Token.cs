using Dyad.Core;

namespace Dyad.Language.Tokens;

/// <summary>A token: a span of the cleaned text (never a copy) and its coarse kind.</summary>
/// <param name="Span">Where the token lies in the text it was scanned from.</param>
/// <param name="Kind">The token's coarse class.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(string text) => Span.Slice(text);
}
