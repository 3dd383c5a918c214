namespace Dyad.Dedup;

/// <summary>Where earlier articles' fingerprints are kept (the store, or memory in tests).</summary>
public interface IFingerprintIndex
{
    /// <summary>The first article (by insertion) with this exact hash that is itself not a duplicate, or null.</summary>
    string? FindExact(string exactHash);

    /// <summary>Articles sharing at least one 16-bit SimHash band with <paramref name="simHash"/>, as (id, simhash, length).</summary>
    IEnumerable<(string Id, ulong SimHash, int Length)> FindBandCandidates(ulong simHash);
}
