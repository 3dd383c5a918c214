namespace Dyad.Language.Tagging;

/// <summary>How <see cref="SequenceTaggerTrainer"/> trains.</summary>
public sealed record SequenceTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>Seed of the generator that shuffles the sentences before each pass; training is deterministic for a seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights of smaller magnitude are dropped from the model.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>
    /// A word seen at least this often, with one label at least <see cref="TagDictionaryMinShare"/> of the time, is
    /// labelled from a dictionary without scoring. Zero turns the dictionary off.
    /// </summary>
    public int TagDictionaryMinCount { get; init; } = 20;

    /// <summary>Share of its occurrences a word's commonest label must have for the tag dictionary.</summary>
    public double TagDictionaryMinShare { get; init; } = 0.99;
}
