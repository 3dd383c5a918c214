using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>What a verb dictionary file holds.</summary>
/// <param name="Blocks">Verb blocks in file order.</param>
/// <param name="Synsets">Synonym sets in file order.</param>
/// <param name="Transformations">Verb transformations.</param>
public sealed record PetrarchVerbs(ImmutableArray<VerbBlock> Blocks, ImmutableArray<Synset> Synsets, ImmutableArray<VerbTransformation> Transformations)
{
    /// <summary>An empty dictionary.</summary>
    public static PetrarchVerbs Empty { get; } = new([], [], []);

    /// <summary>Every verb of every block.</summary>
    public IEnumerable<VerbEntry> Verbs => Blocks.SelectMany(b => b.Verbs);

    /// <summary>Every pattern of every block.</summary>
    public IEnumerable<VerbPattern> Patterns => Blocks.SelectMany(b => b.Patterns);

    /// <summary>Joins dictionaries read from several files, in order.</summary>
    public static PetrarchVerbs Concat(IEnumerable<PetrarchVerbs> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToList();
        return list.Count == 1 ? list[0] : new PetrarchVerbs(
            [.. list.SelectMany(p => p.Blocks)], [.. list.SelectMany(p => p.Synsets)], [.. list.SelectMany(p => p.Transformations)]);
    }
}
