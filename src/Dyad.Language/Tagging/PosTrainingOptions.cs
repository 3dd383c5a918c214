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

    /// <summary>
    /// Unlabeled sentences (tokenised words) from which a <see cref="TagLexicon"/> is learned: tagged by a tagger trained
    /// without one, they give each frequent word its commonest tags, which become features. Null trains without a
    /// lexicon. Needs <see cref="Clusters"/>.
    /// </summary>
    public IReadOnlyList<string[]>? LexiconText { get; init; }

    /// <summary>
    /// Folds for the training sentences' lexicon codes: the sentences of each fold get the lexicon of a tagger trained
    /// on the other folds, so that a training word's lexicon tag never comes from its own gold tag (the shipped lexicon
    /// comes from a tagger trained on every sentence). At least 2.
    /// </summary>
    public int LexiconFolds { get; init; } = 4;

    /// <summary>Occurrences in <see cref="LexiconText"/> a word needs to enter the lexicon.</summary>
    public int LexiconMinCount { get; init; } = TagLexicon.DefaultMinCount;
}
