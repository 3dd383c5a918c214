namespace Dyad.Language.Chunking;

/// <summary>A phrase of a shallow parse: the words <c>[Start, End)</c> of a sentence and the phrase type.</summary>
/// <param name="Start">Index of the first word.</param>
/// <param name="End">Index one past the last word (exclusive), so <c>End - Start</c> is the word count.</param>
/// <param name="Type">The phrase type as in CoNLL: <c>NP</c>, <c>VP</c>, <c>PP</c>, <c>ADJP</c>, <c>ADVP</c>, <c>SBAR</c>, <c>PRT</c>, <c>CONJP</c>, <c>INTJ</c>, <c>LST</c>.</param>
public sealed record Chunk(int Start, int End, string Type)
{
    /// <summary>Number of words in the phrase.</summary>
    public int Length => End - Start;
}
