using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>One token of a verb pattern.</summary>
/// <param name="Kind">What the token stands for.</param>
/// <param name="Text">The word, synset name (with <c>&amp;</c>) or marker character.</param>
/// <param name="Alternatives">For a word written <c>BY/WITH</c>: each alternative; else just <see cref="Text"/>.</param>
/// <param name="Adjacent">True when joined to the previous token by <c>_</c>: the two must be consecutive.
/// A blank allows other words in between.</param>
public readonly record struct PatternToken(PatternTokenKind Kind, string Text, ImmutableArray<string> Alternatives, bool Adjacent)
{
    /// <summary>The token as written in a pattern.</summary>
    public override string ToString() => Text;
}
