namespace Dyad.Language.Tagging;

/// <summary>A reusable, growable list of feature keys, filled by an <see cref="ISequenceFeatureExtractor"/> for one position.</summary>
/// <remarks>Not thread-safe: each tagging thread uses its own buffer.</remarks>
public sealed class FeatureBuffer
{
    private ulong[] _keys = new ulong[64];

    /// <summary>Number of keys added since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The keys added since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, Count);

    /// <summary>Empties the buffer, keeping its storage.</summary>
    public void Clear() => Count = 0;

    /// <summary>Adds a feature key, finalising it with <see cref="FeatureHash.Finish"/>.</summary>
    public void Add(ulong hash)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }

        _keys[Count++] = FeatureHash.Finish(hash);
    }
}
