using Dyad.Language.Tagging;

namespace Dyad.Language.Chunking;

/// <summary>How <see cref="ChunkTraining"/> builds a chunk model.</summary>
public sealed record ChunkTrainingOptions
{
    /// <summary>The perceptron's settings. No tag dictionary: a word's chunk label depends on its neighbours.</summary>
    public SequenceTrainingOptions Sequence { get; init; } = new() { TagDictionaryMinCount = 0 };

    /// <summary>The label scheme the tagger learns.</summary>
    public ChunkEncoding Encoding { get; init; } = ChunkEncoding.Bio;

    /// <summary>
    /// Where the training part-of-speech tags come from. Zero (the default): the gold column. Two or more: predicted
    /// tags, each block of 1/<c>PosFolds</c> of the sentences tagged by a part-of-speech model trained on the other
    /// blocks (jackknifing), so that training sees tagging errors like those met at run time.
    /// </summary>
    /// <remarks>
    /// On CoNLL-2003 the gold column is better (eng.testa F1 with predicted tags at run time: 0.9220 trained on gold
    /// tags, 0.9196 on 10-fold jackknifed tags), because the corpus's chunk labels were themselves derived from its
    /// (automatic) part-of-speech column.
    /// </remarks>
    public int PosFolds { get; init; }

    /// <summary>
    /// How often a (tag before, tag, tag after, previous label) context must occur in training for
    /// <see cref="ChunkContextTable"/> to settle its label without scoring; 0 turns the table off.
    /// </summary>
    public int ContextMinCount { get; init; } = 20;

    /// <summary>The share of a context's occurrences its commonest label must take for the table to keep it.</summary>
    public double ContextPurity { get; init; } = 0.995;

    /// <summary>How each jackknife part-of-speech model is trained.</summary>
    public PosTrainingOptions Pos { get; init; } = new();

    /// <summary>Optional CoNLL file scored (label accuracy) after each pass, tagged with <see cref="DevelopmentTagger"/>; tuning only.</summary>
    public string? DevelopmentFile { get; init; }

    /// <summary>The part-of-speech tagger for <see cref="DevelopmentFile"/>; null uses its gold tags.</summary>
    public PosTagger? DevelopmentTagger { get; init; }
}
