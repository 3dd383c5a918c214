namespace Dyad.Events.Dictionaries;

/// <summary>How much a dictionary set holds.</summary>
/// <param name="Actors">Actor records.</param>
/// <param name="ActorNames">Actor phrases (primary + synonyms).</param>
/// <param name="DatedCodes">Actor codes, dated or default.</param>
/// <param name="Agents">Agent phrases (after substitution-marker expansion).</param>
/// <param name="VerbBlocks">Verb blocks.</param>
/// <param name="Verbs">Verbs listed in blocks.</param>
/// <param name="Patterns">Verb patterns.</param>
/// <param name="Synsets">Synonym sets.</param>
/// <param name="Transformations">Verb transformations.</param>
/// <param name="Discards">Discard phrases.</param>
/// <param name="Issues">Issue-list lines (issues and ignore phrases).</param>
/// <param name="Prepositions">Prepositions.</param>
public sealed record DictionaryCounts(
    int Actors, int ActorNames, int DatedCodes, int Agents, int VerbBlocks, int Verbs, int Patterns,
    int Synsets, int Transformations, int Discards, int Issues, int Prepositions);
