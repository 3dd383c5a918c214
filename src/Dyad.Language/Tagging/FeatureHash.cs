namespace Dyad.Language.Tagging;

/// <summary>
/// Builds 64-bit feature keys without building strings: a template number and the characters (or small integers)
/// of its values are folded into one FNV-1a hash, then finalised so that the keys spread well in hash tables.
/// </summary>
/// <remarks>Keys are part of the saved model format: changing how they are computed invalidates trained models.</remarks>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Starts the key of feature template <paramref name="template"/>.</summary>
    public static ulong Start(int template) => (Offset ^ (uint)template) * Prime;

    /// <summary>Folds one integer value (a tag index, a flag) into <paramref name="hash"/>.</summary>
    public static ulong Add(ulong hash, int value)
    {
        hash = (hash ^ 0xFF) * Prime; // separator, so that a value cannot run into its neighbour
        hash = (hash ^ (uint)value) * Prime;
        return hash;
    }

    /// <summary>Folds the characters of <paramref name="text"/> into <paramref name="hash"/> as they are.</summary>
    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        hash = (hash ^ 0xFFFF) * Prime;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>Folds the characters of <paramref name="text"/>, lower-cased (invariant culture), into <paramref name="hash"/>.</summary>
    public static ulong AddLower(ulong hash, ReadOnlySpan<char> text)
    {
        hash = (hash ^ 0xFFFF) * Prime;
        foreach (var c in text)
        {
            // ASCII first (the same result as ToLowerInvariant, without the call).
            var lower = c < 0x80 ? ((uint)(c - 'A') < 26u ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            hash = (hash ^ lower) * Prime;
        }

        return hash;
    }

    /// <summary>Finalises a key (the SplitMix64 mixer), so that similar inputs give unrelated keys.</summary>
    public static ulong Finish(ulong hash) => Dyad.Core.StableHash.Mix(hash);

    /// <summary>The key of a word as it is written (case kept); used for vocabularies.</summary>
    public static ulong Word(ReadOnlySpan<char> word) => Finish(Add(Start(0), word));
}
