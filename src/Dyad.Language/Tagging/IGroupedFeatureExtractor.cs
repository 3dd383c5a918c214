namespace Dyad.Language.Tagging;

/// <summary>
/// A feature extractor whose features split into groups that each depend on a few inputs only (for example "the
/// word itself and its cluster", or "the word and the previous tag"), plus the contextual rest. A
/// <see cref="SequenceTagger"/> caches the summed class scores of each group by its key, so a frequent word's
/// word-only features are looked up in the weight table once instead of at every occurrence.
/// </summary>
/// <remarks>
/// Contract: for every input, position and previous tags, the keys of all groups (<see cref="ExtractGroup"/>) plus
/// those of <see cref="ExtractContext"/> are exactly the keys of <see cref="ISequenceFeatureExtractor.Extract"/>,
/// possibly in another order; and two positions with the same <see cref="GroupKey"/> for a group give that group the
/// same keys. Scores summed in another order may differ from the ungrouped sum in the last bits of float rounding.
/// </remarks>
public interface IGroupedFeatureExtractor : ISequenceFeatureExtractor
{
    /// <summary>Number of cacheable groups.</summary>
    int GroupCount { get; }

    /// <summary>
    /// A 64-bit key for group <paramref name="group"/> at <paramref name="index"/>, computed from every input the
    /// group's features read (and the group number), so that equal keys mean equal features.
    /// </summary>
    /// <param name="input">The sentence and its columns.</param>
    /// <param name="index">The position being tagged.</param>
    /// <param name="previousTag">The tag predicted at <paramref name="index"/> − 1, or −1.</param>
    /// <param name="previousTag2">The tag predicted at <paramref name="index"/> − 2, or −1.</param>
    /// <param name="group">The group, from 0 to <see cref="GroupCount"/> − 1.</param>
    ulong GroupKey(in SequenceInput input, int index, int previousTag, int previousTag2, int group);

    /// <summary>Adds the features of group <paramref name="group"/> at <paramref name="index"/> to <paramref name="features"/>.</summary>
    void ExtractGroup(in SequenceInput input, int index, int previousTag, int previousTag2, int group, FeatureBuffer features);

    /// <summary>Adds the features that belong to no group (those reading previous tags or several positions at once).</summary>
    void ExtractContext(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features);
}
