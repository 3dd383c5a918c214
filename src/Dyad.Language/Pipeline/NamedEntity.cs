using Dyad.Core;

namespace Dyad.Language.Pipeline;

/// <summary>A named entity mention over tokens of an <see cref="AnnotatedText"/>.</summary>
/// <param name="Span">The characters, from the first token's start to the last token's end.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="TokenCount">Number of tokens (at least one).</param>
/// <param name="Type">PER, ORG, LOC or MISC (the CoNLL-2003 types).</param>
/// <param name="Subtype">A finer type when known: GPE for a country, city or region; NORP for a nationality or people; else null.</param>
/// <param name="Text">The mention's text.</param>
public sealed record NamedEntity(TextSpan Span, int FirstToken, int TokenCount, string Type, string? Subtype, string Text);
