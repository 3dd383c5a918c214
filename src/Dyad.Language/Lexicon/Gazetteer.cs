using System.IO.Compression;
using System.Text;

namespace Dyad.Language.Lexicon;

/// <summary>
/// A phrase list with classes (countries, demonyms, cities, regions, organisations, people, titles) matched over
/// token sequences: the lexical features of the named-entity tagger.
/// </summary>
/// <remarks>
/// <para>Entries are stored as a word-id trie: a dictionary from word string to id, and one dictionary from
/// (node, word id) to child node. Matching looks each word up once per trie step with the string the caller already
/// holds, so <see cref="Match"/> and <see cref="Mark"/> allocate nothing per word.</para>
/// <para>Matching is case-sensitive as written; every entry is also present in an ALL-CAPS variant (CoNLL headlines
/// and wire slugs are upper case). When two entries share a phrase their classes are united.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>The binary format version written by <see cref="Save"/> and read by <see cref="Load"/>.</summary>
    public const int FormatVersion = 1;

    private const int Root = 0;

    private static ReadOnlySpan<byte> Magic => "DYADGAZ\0"u8;

    private readonly GazetteerEntry[] _entries;
    private readonly Dictionary<string, int> _wordIds;
    private readonly Dictionary<long, int> _edges;
    private readonly Dictionary<string, int> _starts;
    private readonly GazetteerClass[] _nodeClasses;
    private readonly string?[] _nodeCodes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordIdsBySpan;
    private readonly int _maxWords;

    /// <summary>Builds a gazetteer from entries already merged by phrase and sorted (see <see cref="GazetteerBuilder"/>).</summary>
    internal Gazetteer(GazetteerEntry[] entries)
    {
        _entries = entries;
        _wordIds = new Dictionary<string, int>(entries.Length * 2, StringComparer.Ordinal);
        _edges = new Dictionary<long, int>(entries.Length * 3);
        _wordIdsBySpan = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var classes = new List<GazetteerClass>(entries.Length * 3) { GazetteerClass.None };
        var codes = new List<string?>(entries.Length * 3) { null };

        // Entries as written first, so that an entry's own code wins over an ALL-CAPS variant that collides with it.
        foreach (var entry in entries)
        {
            _maxWords = Math.Max(_maxWords, Insert(entry.Phrase, upper: false, entry.Classes, entry.Code, classes, codes));
        }

        foreach (var entry in entries)
        {
            if (HasLowerCase(entry.Phrase))
            {
                Insert(entry.Phrase, upper: true, entry.Classes, entry.Code, classes, codes);
            }
        }

        _nodeClasses = [.. classes];
        _nodeCodes = [.. codes];
        _starts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, id) in _wordIds)
        {
            if (_edges.TryGetValue(EdgeKey(Root, id), out var child))
            {
                _starts.Add(word, child);
            }
        }
    }

    /// <summary>The number of distinct phrases (not counting their ALL-CAPS variants).</summary>
    public int EntryCount => _entries.Length;

    /// <summary>The entries, sorted by phrase (ordinal), as built; ALL-CAPS variants are not listed.</summary>
    public IReadOnlyList<GazetteerEntry> Entries => Array.AsReadOnly(_entries);

    /// <summary>Reads a gazetteer written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a gazetteer of this version, or is corrupt.</exception>
    public static Gazetteer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelHeader.Read(stream, Magic, FormatVersion, "gazetteer");
        try
        {
            using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(deflate, 1 << 16);
            using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            var count = reader.ReadInt32();
            if (count < 0 || count > 50_000_000)
            {
                throw new InvalidDataException($"Corrupt gazetteer: {count} entries.");
            }

            var entries = new GazetteerEntry[count];
            string? previous = null;
            for (var i = 0; i < count; i++)
            {
                var phrase = reader.ReadString();
                var classes = (GazetteerClass)reader.ReadUInt32();
                var code = reader.ReadString();
                if (!IsValidPhrase(phrase) || classes == GazetteerClass.None
                    || (previous is not null && string.CompareOrdinal(previous, phrase) >= 0))
                {
                    throw new InvalidDataException($"Corrupt gazetteer: entry {i} ('{phrase}') is empty, unclassified or out of order.");
                }

                entries[i] = new GazetteerEntry(phrase, classes, code.Length == 0 ? null : code);
                previous = phrase;
            }

            return new Gazetteer(entries);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Truncated gazetteer.", e);
        }
    }

    /// <summary>
    /// Writes the gazetteer: the magic bytes <c>DYADGAZ\0</c>, a 32-bit version, then a Deflate-compressed body: the
    /// entry count and per entry its phrase, its classes (32 bits) and its code (empty when none).
    /// </summary>
    /// <remarks>The output depends only on the entries, so equal gazetteers give byte-identical files.</remarks>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelHeader.Write(stream, Magic, FormatVersion);
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        writer.Write(_entries.Length);
        foreach (var entry in _entries)
        {
            writer.Write(entry.Phrase);
            writer.Write((uint)entry.Classes);
            writer.Write(entry.Code ?? string.Empty);
        }
    }

    /// <summary>
    /// Adds every maximal match of the entries over <paramref name="words"/> to <paramref name="matches"/>: scanning
    /// left to right, the longest entry that starts at a word is taken and the scan resumes after it, so matches never
    /// overlap. Case-sensitive as written, plus the ALL-CAPS variant of every entry.
    /// </summary>
    /// <returns>The number of matches added.</returns>
    public int Match(ReadOnlySpan<string> words, List<GazetteerMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var added = 0;
        var i = 0;
        while (NextMatch(words, ref i, out var match))
        {
            matches.Add(match);
            added++;
        }

        return added;
    }

    /// <summary>
    /// Marks, per word, the classes of the maximal matches (as <see cref="Match"/> finds them) that begin at the word
    /// in <paramref name="begins"/>, and of those that cover it without beginning there in <paramref name="insides"/>.
    /// Both spans are cleared first; they must be at least as long as <paramref name="words"/>. Allocates nothing.
    /// </summary>
    public void Mark(ReadOnlySpan<string> words, Span<GazetteerClass> begins, Span<GazetteerClass> insides)
    {
        if (begins.Length < words.Length || insides.Length < words.Length)
        {
            throw new ArgumentException($"The mark spans ({begins.Length}, {insides.Length}) are shorter than the {words.Length} words.");
        }

        begins[..words.Length].Clear();
        insides[..words.Length].Clear();
        var i = 0;
        while (NextMatch(words, ref i, out var match))
        {
            begins[match.Start] = match.Classes;
            insides.Slice(match.Start + 1, match.Length - 1).Fill(match.Classes);
        }
    }

    /// <summary>The classes of exactly <paramref name="phrase"/> (words separated by single spaces, case as written or
    /// ALL CAPS); <see cref="GazetteerClass.None"/> when it is not an entry.</summary>
    public GazetteerClass Lookup(string phrase) => Lookup(phrase, out _);

    /// <summary>The classes and the code (ISO 3166-1 alpha-3 for places and peoples, else <see langword="null"/>) of
    /// exactly <paramref name="phrase"/>; <see cref="GazetteerClass.None"/> when it is not an entry.</summary>
    public GazetteerClass Lookup(string phrase, out string? code)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        code = null;
        if (phrase.Length == 0)
        {
            return GazetteerClass.None;
        }

        var node = Root;
        foreach (var range in phrase.AsSpan().Split(' '))
        {
            if (!_wordIdsBySpan.TryGetValue(phrase.AsSpan()[range], out var id)
                || !_edges.TryGetValue(EdgeKey(node, id), out node))
            {
                return GazetteerClass.None;
            }
        }

        code = _nodeCodes[node];
        return _nodeClasses[node];
    }

    /// <inheritdoc />
    public override string ToString() => $"Gazetteer: {_entries.Length} entries, {_wordIds.Count} words, {_nodeClasses.Length} trie nodes";

    internal static bool IsValidPhrase(string phrase)
    {
        if (phrase.Length == 0 || phrase[0] == ' ' || phrase[^1] == ' ' || phrase.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in phrase)
        {
            if (c != ' ' && Tokens.Tokenizer.IsGap(c))
            {
                return false;
            }
        }

        return true;
    }

    private static long EdgeKey(int node, int wordId) => ((long)node << 32) | (uint)wordId;

    /// <summary>The next maximal match at or after word <paramref name="i"/>; advances <paramref name="i"/> past it.</summary>
    private bool NextMatch(ReadOnlySpan<string> words, ref int i, out GazetteerMatch match)
    {
        while (i < words.Length)
        {
            var start = i;
            var length = LongestAt(words, start, out var classes);
            if (length == 0)
            {
                i++;
                continue;
            }

            i += length;
            match = new GazetteerMatch(start, length, classes);
            return true;
        }

        match = default;
        return false;
    }

    /// <summary>The number of words of the longest entry starting at <paramref name="start"/> (0 when none).</summary>
    /// <remarks>The first word is looked up among the words that start an entry only, so the common words that occur
    /// inside entries (of, the, and) cost one failed lookup, not two.</remarks>
    private int LongestAt(ReadOnlySpan<string> words, int start, out GazetteerClass classes)
    {
        classes = GazetteerClass.None;
        var first = words[start];
        if (first is null || !_starts.TryGetValue(first, out var node))
        {
            return 0;
        }

        var best = 0;
        var limit = Math.Min(words.Length, start + _maxWords);
        for (var j = start; ;)
        {
            var found = _nodeClasses[node];
            if (found != GazetteerClass.None)
            {
                best = j - start + 1;
                classes = found;
            }

            if (++j >= limit)
            {
                break;
            }

            var word = words[j];
            if (word is null || !_wordIds.TryGetValue(word, out var id) || !_edges.TryGetValue(EdgeKey(node, id), out node))
            {
                break;
            }
        }

        return best;
    }

    private static bool HasLowerCase(string phrase)
    {
        foreach (var c in phrase)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a phrase (as written or upper-cased) to the trie. Words already known are found by span, so
    /// only new words allocate a string.</summary>
    /// <returns>The number of words of the phrase.</returns>
    private int Insert(string phrase, bool upper, GazetteerClass found, string? code, List<GazetteerClass> classes, List<string?> codes)
    {
        Span<char> buffer = stackalloc char[256];
        var node = Root;
        var words = 0;
        foreach (var range in phrase.AsSpan().Split(' '))
        {
            scoped ReadOnlySpan<char> word = phrase.AsSpan()[range];
            if (upper)
            {
                var caps = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
                word.ToUpperInvariant(caps);
                word = caps;
            }

            if (!_wordIdsBySpan.TryGetValue(word, out var id))
            {
                id = _wordIds.Count;
                _wordIds.Add(word.ToString(), id);
            }

            var key = EdgeKey(node, id);
            if (!_edges.TryGetValue(key, out var child))
            {
                child = classes.Count;
                classes.Add(GazetteerClass.None);
                codes.Add(null);
                _edges.Add(key, child);
            }

            node = child;
            words++;
        }

        classes[node] |= found;
        codes[node] ??= code;
        return words;
    }
}
