namespace Dyad.Language.Entities;

/// <summary>A typed run of words within one sentence: word indices [<paramref name="Start"/>, <paramref name="End"/>).</summary>
/// <param name="Start">Index of the first word.</param>
/// <param name="End">Index one past the last word.</param>
/// <param name="Type">The entity type, such as <c>PER</c>.</param>
public readonly record struct EntitySpan(int Start, int End, string Type)
{
    /// <summary>Number of words.</summary>
    public int Length => End - Start;
}
