using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>
/// A verb block: the header <c>--- MEANING [CODE] ---</c>, the synonymous verbs that follow and their patterns.
/// </summary>
/// <param name="Meaning">The header's description word(s) (<c>ACCELERATE</c>).</param>
/// <param name="Code">The block's primary code, <c>---</c> when the verbs alone code nothing.</param>
/// <param name="Verbs">The verbs of the block.</param>
/// <param name="Patterns">The patterns of the block.</param>
/// <param name="Location">The header's line.</param>
public sealed record VerbBlock(string Meaning, VerbCode Code, ImmutableArray<VerbEntry> Verbs, ImmutableArray<VerbPattern> Patterns, DictionaryLocation Location);
