using Dyad.Core;

namespace Dyad.Events.Clauses;

/// <summary>
/// A noun phrase filling a slot of a <see cref="Clause"/> (subject, object, object of a preposition), possibly a chain
/// such as "a Kremlin summary of the call".
/// </summary>
/// <param name="Span">The characters of the whole phrase, UTF-16, end exclusive.</param>
/// <param name="FirstToken">Index of the phrase's first token in the annotated text.</param>
/// <param name="TokenCount">Number of tokens (at least one).</param>
/// <param name="HeadToken">Index of the head word: the last noun, pronoun or number of the phrase's first noun phrase.</param>
/// <param name="Text">The phrase's text.</param>
public sealed record ClausePhrase(TextSpan Span, int FirstToken, int TokenCount, int HeadToken, string Text);
