namespace Dyad.Language.Entities;

/// <summary>
/// The per-word columns the entity tagger's features read (<see cref="Tagging.SequenceInput"/>): one text column
/// (part of speech) and value columns computed once per document before tagging.
/// </summary>
internal static class EntityColumns
{
    /// <summary>Text column: the predicted Penn tag.</summary>
    public const int Pos = 0;

    /// <summary>Value column: <see cref="WordFlags"/> from the word's sentence and document.</summary>
    public const int Flags = 0;

    /// <summary>Value column: gazetteer classes of phrases starting at the word (low 32 bits) and continuing through it (high 32 bits).</summary>
    public const int Gazetteer = 1;

    /// <summary>Value column: the word's cluster bit path (low 56 bits) and its length (high 8 bits); 0 when unknown.</summary>
    public const int Cluster = 2;

    /// <summary>Value column (second stage): the first stage's label index at the word.</summary>
    public const int FirstStage = 3;

    /// <summary>
    /// Value column (second stage): how the first stage labelled the same word (case-insensitive) elsewhere in the
    /// document: 8-bit counts of O, PER, ORG, LOC, MISC from the low byte up, each capped at 255.
    /// </summary>
    public const int Aggregate = 4;

    /// <summary>Value column: hash of the word lower-cased.</summary>
    public const int LowerHash = 5;

    /// <summary>Value column: hash of the word as written.</summary>
    public const int ExactHash = 6;

    /// <summary>Value column: hash of the word's shape (up to 8 characters as X, x, d or themselves).</summary>
    public const int ShapeHash = 7;

    /// <summary>Value column: hash of the word's collapsed shape (runs of one character class once).</summary>
    public const int ShortShapeHash = 8;

    /// <summary>Value column: character flags of the word (<see cref="EntityFeatureExtractor.Flags"/>).</summary>
    public const int CharFlags = 9;

    /// <summary>Value column: hash of the word's part-of-speech tag.</summary>
    public const int PosHash = 10;

    /// <summary>Value column: hash of the document's first word lower-cased (in news wire, often a topic slug such as a sport's name).</summary>
    public const int Topic = 11;

    /// <summary>Number of value columns.</summary>
    public const int ValueCount = 12;
}
