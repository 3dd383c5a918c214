using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>
/// A synonym set of the verb dictionary: <c>&amp;CURRENCY</c> followed by <c>+DOLLAR</c>, <c>+EURO</c>, ...
/// </summary>
/// <param name="Name">The label with its <c>&amp;</c> and without a final <c>_</c> (<c>&amp;AUXVERB1</c>).</param>
/// <param name="NoPlurals">True when the label ended in <c>_</c>: no plurals are generated for its phrases.</param>
/// <param name="Members">The phrases. A member may name another synset (<c>&amp;TIETYPES</c>); PETRARCH does
/// not expand those.</param>
/// <param name="Location">The label's line.</param>
public sealed record Synset(string Name, bool NoPlurals, ImmutableArray<SynsetMember> Members, DictionaryLocation Location);
