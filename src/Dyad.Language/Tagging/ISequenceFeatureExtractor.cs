namespace Dyad.Language.Tagging;

/// <summary>Turns one position of a sentence, and the tags already predicted for the two before it, into feature keys.</summary>
/// <remarks>
/// Implementations must be stateless and deterministic: the same input, position and previous tags always give the
/// same keys, since the keys index a trained model.
/// </remarks>
public interface ISequenceFeatureExtractor
{
    /// <summary>A stable name stored in saved models, so that a model is never paired with the wrong extractor.</summary>
    string Name { get; }

    /// <summary>Adds the features of word <paramref name="index"/> of <paramref name="input"/> to <paramref name="features"/>.</summary>
    /// <param name="input">The sentence and its per-word columns.</param>
    /// <param name="index">The position being tagged.</param>
    /// <param name="previousTag">The tag index predicted at <paramref name="index"/> − 1, or −1 before the start.</param>
    /// <param name="previousTag2">The tag index predicted at <paramref name="index"/> − 2, or −1 before the start.</param>
    /// <param name="features">Receives the keys; the caller clears it.</param>
    void Extract(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features);
}
