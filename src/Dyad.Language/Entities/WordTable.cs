namespace Dyad.Language.Entities;

/// <summary>
/// A table from 64-bit word keys (already mixed hashes, such as <see cref="EntityColumns.LowerHash"/>) to values, for
/// the words of one document: open addressing with linear probing, sized to the document and emptied in time
/// proportional to it.
/// </summary>
/// <remarks>
/// A <see cref="Dictionary{TKey, TValue}"/> reused across documents keeps the capacity of the largest document it
/// has seen and clears all of it for every document, which cost more than the lookups themselves on short news
/// stories. Not thread-safe.
/// </remarks>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class WordTable<TValue>
    where TValue : struct
{
    private ulong[] _keys = new ulong[64];
    private TValue[] _values = new TValue[64];
    private bool[] _used = new bool[64];
    private int _mask = 63;

    /// <summary>Empties the table and makes room for <paramref name="words"/> distinct keys (at most half full).</summary>
    public void Reset(int words)
    {
        var capacity = 64;
        while (capacity < 2 * words)
        {
            capacity *= 2;
        }

        if (_keys.Length < capacity)
        {
            _keys = new ulong[capacity];
            _values = new TValue[capacity];
            _used = new bool[capacity];
        }
        else
        {
            Array.Clear(_used, 0, capacity);
        }

        _mask = capacity - 1;
    }

    /// <summary>The value of <paramref name="key"/>, added as <c>default</c> when missing.</summary>
    /// <remarks>Callers add no more keys than <see cref="Reset"/> made room for.</remarks>
    public ref TValue this[ulong key]
    {
        get
        {
            var h = (int)key & _mask;
            while (_used[h])
            {
                if (_keys[h] == key)
                {
                    return ref _values[h];
                }

                h = (h + 1) & _mask;
            }

            _used[h] = true;
            _keys[h] = key;
            _values[h] = default;
            return ref _values[h];
        }
    }
}
