namespace Dyad.Language.Lexicon;

/// <summary>A gazetteer entry found in a word sequence.</summary>
/// <param name="Start">Index of the first word of the match.</param>
/// <param name="Length">Number of words matched (at least one).</param>
/// <param name="Classes">The classes of the matched entry.</param>
public readonly record struct GazetteerMatch(int Start, int Length, GazetteerClass Classes)
{
    /// <summary>Index one past the last word of the match.</summary>
    public int End => Start + Length;
}
