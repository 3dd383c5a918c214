namespace Dyad.Language.Tagging;

/// <summary>
/// Labels a position without scoring when its context alone settles the label (a table learned from training data,
/// such as <see cref="Chunking.ChunkContextTable"/>); <see cref="SequenceTagger"/> asks it before scoring each word.
/// </summary>
public interface ILabelShortcut
{
    /// <summary>Whether the context of <paramref name="index"/> settles its label, and which (a class index of the tagger).</summary>
    /// <param name="input">The sentence and its columns.</param>
    /// <param name="index">The position being labelled.</param>
    /// <param name="previousTag">The label predicted at <paramref name="index"/> − 1, or −1 at the start.</param>
    /// <param name="tag">Receives the label when the method returns true.</param>
    bool TryLabel(in SequenceInput input, int index, int previousTag, out int tag);
}
