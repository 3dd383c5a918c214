namespace Dyad.Language.Tagging;

/// <summary>Turns one position of a sentence, and the tags already predicted for the two before it, into feature keys.</summary>
/// <remarks>
/// Implementations must be stateless and deterministic: the same words, position and previous tags always give the
/// same keys, since the keys index a trained model.
/// </remarks>
public interface ISequenceFeatureExtractor
{
    /// <summary>A stable name stored in saved models, so that a model is never paired with the wrong extractor.</summary>
    string Name { get; }

    /// <summary>Adds the features of <paramref name="words"/>[<paramref name="index"/>] to <paramref name="features"/>.</summary>
    /// <param name="words">The sentence.</param>
    /// <param name="index">The position being tagged.</param>
    /// <param name="previousTag">The tag index predicted at <paramref name="index"/> − 1, or −1 before the start.</param>
    /// <param name="previousTag2">The tag index predicted at <paramref name="index"/> − 2, or −1 before the start.</param>
    /// <param name="features">Receives the keys; the caller clears it.</param>
    void Extract(ReadOnlySpan<string> words, int index, int previousTag, int previousTag2, FeatureBuffer features);
}
