using System.Runtime.CompilerServices;

namespace Dyad.Language.Lexicon;

/// <summary>
/// A small per-thread, direct-mapped memo of a lookup by word, keyed by the word's string <em>instance</em>: the
/// language pipeline hands every stage the same string for the same word (<c>Pipeline.WordStrings</c>), so a word
/// looked up by the part-of-speech tagger is answered from here when the entity tagger asks again, and a frequent word
/// without hashing its characters or probing a large table. Words from elsewhere (other strings with the same
/// characters) simply miss and take the ordinary lookup; the answer never depends on the memo.
/// </summary>
/// <typeparam name="T">The memoised answer.</typeparam>
/// <remarks>Not thread-safe: each thread uses its own memo (<see cref="ForThread"/>), which belongs to one owner.</remarks>
internal sealed class WordMemo<T>
    where T : struct
{
    /// <summary>Entries; a power of two.</summary>
    private const int Size = 4096;

    /// <summary>Memos one thread keeps (for as many owners); the oldest is dropped for a new owner.</summary>
    private const int PerThread = 4;

    [ThreadStatic]
    private static WordMemo<T>?[]? t_memos;

    [ThreadStatic]
    private static int t_next;

    private readonly Entry[] _entries = new Entry[Size];

    private WordMemo(object owner) => Owner = owner;

    /// <summary>The lexicon whose answers the memo holds.</summary>
    public object Owner { get; }

    /// <summary>This thread's memo for <paramref name="owner"/>, made on first use.</summary>
    public static WordMemo<T> ForThread(object owner)
    {
        var memos = t_memos ??= new WordMemo<T>?[PerThread];
        var first = memos[0];
        if (first is not null && ReferenceEquals(first.Owner, owner))
        {
            return first;
        }

        foreach (var memo in memos)
        {
            if (memo is not null && ReferenceEquals(memo.Owner, owner))
            {
                return memo;
            }
        }

        var made = new WordMemo<T>(owner);
        memos[t_next] = made;
        t_next = (t_next + 1) % PerThread;
        return made;
    }

    /// <summary>The answer memoised for this very string instance, if any.</summary>
    public bool TryGet(string word, out T value)
    {
        ref var entry = ref _entries[RuntimeHelpers.GetHashCode(word) & (Size - 1)];
        if (ReferenceEquals(entry.Word, word))
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="word"/>, replacing whatever shared its slot.</summary>
    public void Set(string word, T value) => _entries[RuntimeHelpers.GetHashCode(word) & (Size - 1)] = new Entry(word, value);

    private readonly record struct Entry(string? Word, T Value);
}
