using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>Which files make up a dictionary set, by kind (full paths).</summary>
/// <param name="Verbs">Verb dictionaries (normally one).</param>
/// <param name="Actors">Actor dictionaries (Phoenix has three).</param>
/// <param name="Agents">Agent dictionaries (normally one).</param>
/// <param name="Discards">Discard lists.</param>
/// <param name="Issues">Issue lists.</param>
/// <param name="Prepositions">Preposition lists.</param>
public sealed record PetrarchDictionaryFiles(
    ImmutableArray<string> Verbs,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Agents,
    ImmutableArray<string> Discards,
    ImmutableArray<string> Issues,
    ImmutableArray<string> Prepositions)
{
    /// <summary>No files.</summary>
    public static PetrarchDictionaryFiles None { get; } = new([], [], [], [], [], []);

    /// <summary>Every file with its kind, in loading order (verbs, actors, agents, discards, issues, prepositions).</summary>
    public IEnumerable<(DictionaryKind Kind, string Path)> All =>
        Verbs.Select(p => (DictionaryKind.Verbs, p))
            .Concat(Actors.Select(p => (DictionaryKind.Actors, p)))
            .Concat(Agents.Select(p => (DictionaryKind.Agents, p)))
            .Concat(Discards.Select(p => (DictionaryKind.Discards, p)))
            .Concat(Issues.Select(p => (DictionaryKind.Issues, p)))
            .Concat(Prepositions.Select(p => (DictionaryKind.Prepositions, p)));
}
