namespace Dyad.Actors;

/// <summary>All names of the knowledge base in one table: key → the countries, organisations, people and agents it
/// names. Lookups take spans and allocate nothing.</summary>
/// <remarks>Two dictionaries: short acronyms compare in their own case (<c>US</c> is not <c>us</c>), everything else
/// without case. Both are frozen into arrays after building; the instance is then read-only and thread-safe.</remarks>
internal sealed class NameIndex
{
    private readonly Dictionary<string, IndexEntry[]> _caseless;
    private readonly Dictionary<string, IndexEntry[]> _exact;
    private readonly Dictionary<string, IndexEntry[]>.AlternateLookup<ReadOnlySpan<char>> _caselessLookup;
    private readonly Dictionary<string, IndexEntry[]>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;

    private NameIndex(Dictionary<string, IndexEntry[]> caseless, Dictionary<string, IndexEntry[]> exact, int maxWords)
    {
        _caseless = caseless;
        _exact = exact;
        _caselessLookup = caseless.GetAlternateLookup<ReadOnlySpan<char>>();
        _exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = maxWords;
    }

    /// <summary>The most words in any key.</summary>
    public int MaxWords { get; }

    /// <summary>Number of distinct keys.</summary>
    public int Count => _caseless.Count + _exact.Count;

    /// <summary>The entries for an already-normalised key (see <see cref="NameKey"/>): the case-sensitive ones first.</summary>
    public (IndexEntry[] Exact, IndexEntry[] Caseless) Find(ReadOnlySpan<char> key)
    {
        var exact = _exactLookup.TryGetValue(key, out var e) ? e : [];
        var caseless = _caselessLookup.TryGetValue(key, out var c) ? c : [];
        return (exact, caseless);
    }

    /// <summary>Collects names before freezing them into a <see cref="NameIndex"/>.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, List<IndexEntry>> _caseless = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<IndexEntry>> _exact = new(StringComparer.Ordinal);
        private int _maxWords = 1;

        /// <summary>Adds <paramref name="name"/> as a key for <paramref name="entry"/>; repeated pairs are kept once.</summary>
        public void Add(string name, IndexEntry entry)
        {
            var key = NameKey.Of(name);
            if (key.Length == 0 || key.Length > NameKey.MaxLength)
            {
                return;
            }

            var table = NameKey.IsCaseSensitive(key) ? _exact : _caseless;
            if (!table.TryGetValue(key, out var list))
            {
                list = [];
                table.Add(key, list);
            }

            if (!list.Contains(entry))
            {
                list.Add(entry);
            }

            _maxWords = Math.Max(_maxWords, key.Count(' ') + 1);
        }

        /// <summary>Freezes the collected names.</summary>
        public NameIndex Build()
        {
            var caseless = new Dictionary<string, IndexEntry[]>(_caseless.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var (key, list) in _caseless)
            {
                caseless.Add(key, [.. list]);
            }

            var exact = new Dictionary<string, IndexEntry[]>(_exact.Count, StringComparer.Ordinal);
            foreach (var (key, list) in _exact)
            {
                exact.Add(key, [.. list]);
            }

            return new NameIndex(caseless, exact, _maxWords);
        }
    }
}
