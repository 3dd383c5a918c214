using Dyad.Language.Tagging;

namespace Dyad.Language.Entities;

/// <summary>How <see cref="EntityTraining"/> builds an entity model. The defaults made the shipped model.</summary>
public sealed record EntityTrainingOptions
{
    /// <summary>Training passes of each stage's final model.</summary>
    public int Iterations { get; init; } = 12;

    /// <summary>Training passes of the first-stage models trained on part of the data to label the rest (jackknife).</summary>
    public int FoldIterations { get; init; } = 8;

    /// <summary>
    /// Number of folds (by document) for the jackknife that gives the second stage realistic first-stage labels to
    /// learn from. Below 2, the second stage learns from the final first stage's labels on its own training data.
    /// </summary>
    public int Folds { get; init; } = 5;

    /// <summary>
    /// Number of folds (contiguous blocks of sentences, <see cref="PosTraining.Jackknife"/>) for predicted
    /// part-of-speech tags on the training data, so that training sees tags as noisy as at run time. Below 2, the gold
    /// tags of the file are used.
    /// </summary>
    public int PosFolds { get; init; } = 5;

    /// <summary>The part-of-speech trainer's settings for the jackknife folds.</summary>
    public SequenceTrainingOptions PosSequence { get; init; } = new();

    /// <summary>Seed of the generator that shuffles the sentences before each pass.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights of smaller magnitude are dropped from the model.</summary>
    public float PruneBelow { get; init; } = 0.1f;

    /// <summary>A word seen at least this often in training, always outside entities, is labelled O without scoring. Zero turns this off.</summary>
    public int OutsideDictionaryMinCount { get; init; } = 10;

    /// <summary>Optional CoNLL file scored (entity F1) after each pass and logged; tuning only, it does not change training.</summary>
    public string? DevelopmentFile { get; init; }

    /// <summary>Part-of-speech tagger for the development file (the shipped one when null).</summary>
    public PosTagger? DevelopmentPos { get; init; }
}
