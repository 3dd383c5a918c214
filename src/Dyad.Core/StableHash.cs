namespace Dyad.Core;

/// <summary>Small, stable (same on every run and machine) 64-bit hashing helpers shared by fingerprints and features.</summary>
public static class StableHash
{
    /// <summary>The SplitMix64 finaliser: spreads every input bit over the whole word, so similar inputs (or the weak
    /// low bits of FNV) give unrelated outputs.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
