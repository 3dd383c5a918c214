namespace Dyad.Language.Tagging;

/// <summary>A sentence with one gold label per word, for training or scoring a <see cref="SequenceTagger"/>.</summary>
/// <param name="Words">The words.</param>
/// <param name="Tags">One label per word.</param>
public sealed record TaggedSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags)
{
    /// <summary>Text columns beside the words (see <see cref="SequenceInput"/>), each with one entry per word; empty by default.</summary>
    public IReadOnlyList<string[]> Columns { get; init; } = [];

    /// <summary>Value columns beside the words (see <see cref="SequenceInput"/>), each with one entry per word; empty by default.</summary>
    public IReadOnlyList<ulong[]> Values { get; init; } = [];
}
