using System.IO.Compression;
using System.Text;

namespace Dyad.Language.Lexicon;

/// <summary>
/// Hierarchical word clusters (Brown clusters) learned from unlabeled news text: each known word has a bit path from
/// the root of a binary merge tree to its cluster, so that prefixes of the path give coarser clusters.
/// </summary>
/// <remarks>
/// <para>A path of <c>length</c> bits is stored right-aligned in a <see cref="ulong"/>: the first bit (the branch taken
/// at the root) is bit <c>length - 1</c>, the last is bit 0. The <c>k</c>-bit prefix is therefore
/// <c>path &gt;&gt; (length - k)</c> (see <see cref="Prefix"/>), and a path reads as its binary digits: length 4, path 6
/// is <c>0110</c>.</para>
/// <para>Instances are immutable and safe to share between threads; <see cref="TryGet(string, out ulong, out int)"/> allocates nothing.</para>
/// </remarks>
public sealed class WordClusters
{
    /// <summary>The binary format version written by <see cref="Save"/> and read by <see cref="Load"/>.</summary>
    public const int FormatVersion = 1;

    /// <summary>The longest path kept; deeper leaves are cut to their first 64 branches.</summary>
    public const int MaxPathLength = 64;

    private const int MaxFoldedLength = 128;

    private static ReadOnlySpan<byte> Magic => "DYADCLU\0"u8;

    private readonly string[] _words;
    private readonly int[] _wordClusters;
    private readonly ulong[] _paths;
    private readonly byte[] _lengths;
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _indexBySpan;

    /// <summary>Creates clusters from words (distinct, in a fixed order), each word's cluster number and each cluster's
    /// path and path length.</summary>
    /// <exception cref="ArgumentException">The arrays disagree in length, a word repeats, a cluster number is out of
    /// range or a path is longer than <see cref="MaxPathLength"/> or has bits beyond its length.</exception>
    public WordClusters(IReadOnlyList<string> words, IReadOnlyList<int> wordClusters, IReadOnlyList<ulong> paths, IReadOnlyList<int> lengths)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(wordClusters);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(lengths);
        if (words.Count != wordClusters.Count || paths.Count != lengths.Count)
        {
            throw new ArgumentException("Words and their clusters, or paths and their lengths, differ in number.");
        }

        _paths = new ulong[paths.Count];
        _lengths = new byte[paths.Count];
        for (var c = 0; c < paths.Count; c++)
        {
            var length = lengths[c];
            if (length < 0 || length > MaxPathLength || (length < 64 && paths[c] >> length != 0))
            {
                throw new ArgumentException($"Cluster {c}: path {paths[c]} does not fit its length {length}.");
            }

            _paths[c] = paths[c];
            _lengths[c] = (byte)length;
        }

        _words = new string[words.Count];
        _wordClusters = new int[words.Count];
        _index = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i] ?? throw new ArgumentException($"Word {i} is null.");
            var cluster = wordClusters[i];
            if ((uint)cluster >= (uint)_paths.Length)
            {
                throw new ArgumentException($"Word '{word}': cluster {cluster} is out of range (0..{_paths.Length - 1}).");
            }

            if (!_index.TryAdd(word, i))
            {
                throw new ArgumentException($"Word '{word}' appears twice.");
            }

            _words[i] = word;
            _wordClusters[i] = cluster;
        }

        _indexBySpan = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of words with a cluster.</summary>
    public int WordCount => _words.Length;

    /// <summary>The number of clusters (leaves of the merge tree).</summary>
    public int ClusterCount => _paths.Length;

    /// <summary>The words, in the order they were given (for trained clusters: by descending corpus frequency).</summary>
    public IReadOnlyList<string> Words => Array.AsReadOnly(_words);

    /// <summary>The first <paramref name="bits"/> branches of a path of <paramref name="length"/> bits (the whole path
    /// when it is shorter), right-aligned.</summary>
    public static ulong Prefix(ulong path, int length, int bits) =>
        bits <= 0 ? 0 : bits >= length ? path : path >> (length - bits);

    /// <summary>The path as binary digits, root first (<c>0110</c>); empty for length 0.</summary>
    public static string Format(ulong path, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = ((path >> (length - 1 - i)) & 1) == 0 ? '0' : '1';
        }

        return new string(chars);
    }

    /// <summary>Reads clusters written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a word-cluster file of this version, or is corrupt.</exception>
    public static WordClusters Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelHeader.Read(stream, Magic, FormatVersion, "word-cluster file");
        try
        {
            using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(deflate, 1 << 16);
            using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            var clusterCount = reader.Read7BitEncodedInt();
            if (clusterCount < 0 || clusterCount > 1 << 24)
            {
                throw new InvalidDataException($"Corrupt word-cluster file: {clusterCount} clusters.");
            }

            var paths = new ulong[clusterCount];
            var lengths = new int[clusterCount];
            for (var c = 0; c < clusterCount; c++)
            {
                lengths[c] = reader.ReadByte();
                paths[c] = reader.ReadUInt64();
            }

            var wordCount = reader.Read7BitEncodedInt();
            if (wordCount < 0 || wordCount > 1 << 26)
            {
                throw new InvalidDataException($"Corrupt word-cluster file: {wordCount} words.");
            }

            var words = new string[wordCount];
            var clusters = new int[wordCount];
            for (var i = 0; i < wordCount; i++)
            {
                words[i] = reader.ReadString();
                clusters[i] = reader.Read7BitEncodedInt();
            }

            return new WordClusters(words, clusters, paths, lengths);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Truncated word-cluster file.", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("Corrupt word-cluster file: " + e.Message, e);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException("Corrupt word-cluster file: " + e.Message, e);
        }
    }

    /// <summary>
    /// Writes the clusters: the magic bytes <c>DYADCLU\0</c>, a 32-bit version, then a Deflate-compressed body: the
    /// cluster count, per cluster its path length (a byte) and path (64 bits); the word count, per word the word and
    /// its cluster number (7-bit encoded).
    /// </summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelHeader.Write(stream, Magic, FormatVersion);
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        writer.Write7BitEncodedInt(_paths.Length);
        for (var c = 0; c < _paths.Length; c++)
        {
            writer.Write(_lengths[c]);
            writer.Write(_paths[c]);
        }

        writer.Write7BitEncodedInt(_words.Length);
        for (var i = 0; i < _words.Length; i++)
        {
            writer.Write(_words[i]);
            writer.Write7BitEncodedInt(_wordClusters[i]);
        }
    }

    /// <summary>
    /// The cluster path of <paramref name="word"/>: the exact form first, then the form lower-cased, then (for words in
    /// capitals, as in headlines) with only the first letter upper case. False, with a zero path, when unknown.
    /// Allocates nothing.
    /// </summary>
    public bool TryGet(string word, out ulong path, out int length)
    {
        if (word is null)
        {
            path = 0;
            length = 0;
            return false;
        }

        // Taggers ask about the same word instances again and again (each stage, each frequent word): memoise by instance.
        var memo = WordMemo<(ulong Path, int Length)>.ForThread(this);
        if (memo.TryGet(word, out var known))
        {
            path = known.Path;
            length = Math.Max(known.Length, 0);
            return known.Length >= 0;
        }

        var found = _index.TryGetValue(word, out var index) ? Found(index, out path, out length) : TryGetFolded(word, out path, out length);
        memo.Set(word, (path, found ? length : -1));
        return found;
    }

    /// <summary>The cluster path of the word <paramref name="word"/>, looked up as <see cref="TryGet(string, out ulong, out int)"/> does.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out ulong path, out int length)
    {
        path = 0;
        length = 0;
        if (word.IsEmpty)
        {
            return false;
        }

        if (_indexBySpan.TryGetValue(word, out var index))
        {
            return Found(index, out path, out length);
        }

        return TryGetFolded(word, out path, out length);
    }

    /// <summary>The lower-cased, then capitalised, form of a word whose exact form is unknown.</summary>
    private bool TryGetFolded(ReadOnlySpan<char> word, out ulong path, out int length)
    {
        path = 0;
        length = 0;
        if (word.IsEmpty || word.Length > MaxFoldedLength)
        {
            return false;
        }

        Span<char> folded = stackalloc char[word.Length];
        word.ToLowerInvariant(folded);
        if (!_indexBySpan.TryGetValue(folded, out var index))
        {
            if (!char.IsLower(folded[0]))
            {
                return false;
            }

            folded[0] = char.ToUpperInvariant(folded[0]);
            if (!_indexBySpan.TryGetValue(folded, out index))
            {
                return false;
            }
        }

        return Found(index, out path, out length);
    }

    private bool Found(int index, out ulong path, out int length)
    {
        var cluster = _wordClusters[index];
        path = _paths[cluster];
        length = _lengths[cluster];
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"WordClusters: {_words.Length} words in {_paths.Length} clusters";
}
