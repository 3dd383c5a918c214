namespace Dyad.Language.Tagging;

/// <summary>How <see cref="PosTraining"/> builds a part-of-speech model.</summary>
public sealed record PosTrainingOptions
{
    /// <summary>The perceptron's training settings.</summary>
    public SequenceTrainingOptions Sequence { get; init; } = new();

    /// <summary>Optional CoNLL file scored after each pass and logged (tuning only; it does not change training).</summary>
    public string? DevelopmentFile { get; init; }

    /// <summary>Also train a right-to-left tagger whose scores are added to the left-to-right one's (twice the tagging time).</summary>
    public bool Bidirectional { get; init; }

    /// <summary>Word clusters whose path prefixes become features (see <see cref="ClusterFeatures"/>); null trains without.</summary>
    public Lexicon.WordClusters? Clusters { get; init; }
}
