namespace Dyad.Dedup;

/// <summary>How an article relates to the ones seen before it.</summary>
public enum DuplicateKind
{
    /// <summary>Not a duplicate: process it.</summary>
    None,

    /// <summary>The same cleaned text as an earlier article.</summary>
    Exact,

    /// <summary>The same story with small edits (SimHash within the threshold, similar length).</summary>
    Near,
}

/// <summary>The result of a duplicate check.</summary>
/// <param name="Kind">Exact, near, or none.</param>
/// <param name="Of">The id of the first copy, when a duplicate.</param>
/// <param name="Distance">SimHash distance to the first copy (0 for exact).</param>
public sealed record DuplicateVerdict(DuplicateKind Kind, string? Of, int Distance)
{
    /// <summary>Not a duplicate.</summary>
    public static DuplicateVerdict Unique { get; } = new(DuplicateKind.None, null, 0);
}
