namespace Dyad.Dedup;

/// <summary>Thresholds for near-duplicate detection.</summary>
public sealed record DuplicateOptions
{
    /// <summary>Largest SimHash distance (bits of 64) still counted as the same story; 0 to 3. Default 3.</summary>
    public int MaxDistance { get; init; } = 3;

    /// <summary>Fewest shingles a text needs before near-duplicate checks apply (short texts collide). Default 20.</summary>
    public int MinShingles { get; init; } = 20;

    /// <summary>Shorter text's length over the longer one's, at least. Default 0.8.</summary>
    public double MinLengthRatio { get; init; } = 0.8;
}
