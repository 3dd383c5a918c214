using Dyad.Core;

namespace Dyad.Language.Sentences;

/// <summary>A sentence: its span in the text (first token's start to last token's end) and its run of tokens.</summary>
/// <param name="Span">From the start of the first token to the end of the last.</param>
/// <param name="FirstToken">Index of the first token in the token array the sentence was split from.</param>
/// <param name="TokenCount">Number of tokens in the sentence (at least one).</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount);
