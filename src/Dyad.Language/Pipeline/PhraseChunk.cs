using Dyad.Core;

namespace Dyad.Language.Pipeline;

/// <summary>A shallow-parse phrase over tokens of an <see cref="AnnotatedText"/>.</summary>
/// <param name="Span">The characters, from the first token's start to the last token's end.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="TokenCount">Number of tokens (at least one).</param>
/// <param name="Type">The phrase type: NP, VP, PP, ADJP, ADVP, SBAR, PRT, ...</param>
public sealed record PhraseChunk(TextSpan Span, int FirstToken, int TokenCount, string Type);
