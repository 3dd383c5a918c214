namespace Dyad.Dedup;

/// <summary>A fingerprint index in memory, for single runs without a store and for tests.</summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class InMemoryFingerprintIndex : IFingerprintIndex
{
    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Band, int Key), List<int>> _bands = [];
    private readonly List<(string Id, ulong SimHash, int Length)> _entries = [];

    /// <summary>Records an article that is not itself a duplicate.</summary>
    public void Add(string id, Fingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(id);
        _exact.TryAdd(fingerprint.ExactHash, id);
        var index = _entries.Count;
        _entries.Add((id, fingerprint.SimHash, fingerprint.Length));
        for (var band = 0; band < 4; band++)
        {
            var key = (band, SimHash.Band(fingerprint.SimHash, band));
            if (!_bands.TryGetValue(key, out var list))
            {
                _bands[key] = list = [];
            }

            list.Add(index);
        }
    }

    /// <inheritdoc />
    public string? FindExact(string exactHash) => _exact.GetValueOrDefault(exactHash);

    /// <inheritdoc />
    public IEnumerable<(string Id, ulong SimHash, int Length)> FindBandCandidates(ulong simHash)
    {
        var seen = new HashSet<int>();
        for (var band = 0; band < 4; band++)
        {
            if (_bands.TryGetValue((band, SimHash.Band(simHash, band)), out var list))
            {
                foreach (var i in list)
                {
                    if (seen.Add(i))
                    {
                        yield return _entries[i];
                    }
                }
            }
        }
    }
}
