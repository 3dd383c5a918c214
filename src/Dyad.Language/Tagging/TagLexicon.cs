using Dyad.Language.Lexicon;

namespace Dyad.Language.Tagging;

/// <summary>
/// A tag lexicon learned from unlabeled text: each word (as written) seen often enough in text tagged automatically by
/// a part-of-speech tagger, with the tag it was given most often and, when another tag took at least
/// <see cref="SecondShare"/> of its occurrences, that runner-up. The part-of-speech features read it (semi-supervised
/// learning: the tagger's own judgement over millions of words of news, with no gold tags in it).
/// </summary>
/// <remarks>
/// <para>Words are looked up exactly as written. A word's code (<see cref="Encode(ReadOnlySpan{string}, Span{ulong})"/>)
/// holds a 32-bit key of its top tag's name in its low half and one of the runner-up's (or 0) in its high half, so
/// that codes of lexicons made by taggers with differently ordered tag lists agree; a word not in the lexicon has
/// code 0.</para>
/// <para>Immutable and thread-safe; encoding allocates nothing.</para>
/// </remarks>
public sealed class TagLexicon
{
    /// <summary>Occurrences a word needs in the tagged text to enter the lexicon, unless told otherwise.</summary>
    public const int DefaultMinCount = 3;

    /// <summary>Share of a word's occurrences the second commonest tag needs to be recorded.</summary>
    public const double SecondShare = 0.1;

    private readonly string[] _tags;

    /// <summary>Each word's code (the tag keys) and its entry (the tag indices, as stored).</summary>
    private readonly Dictionary<string, (ulong Code, ushort Entry)> _words;

    /// <summary>Creates a lexicon from its tag list and the code of each word.</summary>
    /// <param name="tags">The tags that codes refer to (at most 255).</param>
    /// <param name="codes">Each word's entry: top tag index + 1 in the low byte, runner-up index + 1 (or 0) in the high byte.</param>
    /// <exception cref="ArgumentException">A code refers to no tag, or there are too many tags.</exception>
    public TagLexicon(IReadOnlyList<string> tags, IEnumerable<KeyValuePair<string, ushort>> codes)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(codes);
        if (tags.Count > byte.MaxValue)
        {
            throw new ArgumentException($"{tags.Count} tags; a tag lexicon holds at most {byte.MaxValue}.", nameof(tags));
        }

        _tags = [.. tags];
        var keys = new uint[_tags.Length + 1];
        for (var t = 0; t < _tags.Length; t++)
        {
            keys[t + 1] = TagKey(_tags[t]);
        }

        _words = new Dictionary<string, (ulong Code, ushort Entry)>(codes.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.Ordinal);
        foreach (var (word, code) in codes)
        {
            var top = code & 0xFF;
            var second = code >> 8;
            if (word is null || top == 0 || top > _tags.Length || second > _tags.Length)
            {
                throw new ArgumentException($"Tag lexicon code {code} of '{word}' does not fit {_tags.Length} tags.", nameof(codes));
            }

            _words[word] = (keys[top] | ((ulong)keys[second] << 32), code);
        }
    }

    /// <summary>The 32-bit key of a tag name in codes: a hash of its characters, never 0.</summary>
    public static uint TagKey(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return (uint)FeatureHash.Finish(FeatureHash.Add(FeatureHash.Start(0x7A6), tag)) | 1u;
    }

    /// <summary>The tags that codes refer to.</summary>
    public IReadOnlyList<string> Tags => _tags;

    /// <summary>Number of words.</summary>
    public int Count => _words.Count;

    /// <summary>
    /// Tags <paramref name="sentences"/> with <paramref name="tagger"/> and keeps every word seen at least
    /// <paramref name="minCount"/> times with its commonest tag (ties: the tag name first in ordinal order) and the
    /// runner-up when it took at least <see cref="SecondShare"/> of the occurrences. Deterministic.
    /// </summary>
    public static TagLexicon Build(PosTagger tagger, IEnumerable<string[]> sentences, int minCount = DefaultMinCount)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var classes = tagger.Tags.Count;
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var tags = new int[256];
        foreach (var sentence in sentences)
        {
            if (sentence is null || sentence.Length == 0)
            {
                continue;
            }

            if (tags.Length < sentence.Length)
            {
                tags = new int[sentence.Length * 2];
            }

            tagger.Tag(sentence, tags);
            for (var i = 0; i < sentence.Length; i++)
            {
                var word = sentence[i] ?? string.Empty;
                if (!counts.TryGetValue(word, out var perTag))
                {
                    perTag = new int[classes];
                    counts.Add(word, perTag);
                }

                perTag[tags[i]]++;
            }
        }

        var names = tagger.Tags;
        var codes = new List<KeyValuePair<string, ushort>>();
        foreach (var (word, perTag) in counts)
        {
            // More occurrences first; between equal counts, the tag name first in ordinal order (independent of the tagger's tag order).
            bool Before(int a, int b) => perTag[a] > perTag[b] || (perTag[a] == perTag[b] && string.CompareOrdinal(names[a], names[b]) < 0);

            int total = 0, best = 0, second = -1;
            for (var c = 0; c < perTag.Length; c++)
            {
                total += perTag[c];
                if (Before(c, best))
                {
                    best = c;
                }
            }

            if (total < minCount || word.Length == 0)
            {
                continue;
            }

            for (var c = 0; c < perTag.Length; c++)
            {
                if (c != best && perTag[c] > 0 && (second < 0 || Before(c, second)))
                {
                    second = c;
                }
            }

            var runnerUp = second >= 0 && perTag[second] >= SecondShare * total ? second + 1 : 0;
            codes.Add(new(word, (ushort)((best + 1) | (runnerUp << 8))));
        }

        return new TagLexicon(tagger.Tags, codes);
    }

    /// <summary>The code of <paramref name="word"/> (0 when it is not in the lexicon).</summary>
    public ulong Code(string word)
    {
        if (word is null)
        {
            return 0UL;
        }

        var memo = WordMemo<ulong>.ForThread(this);
        if (!memo.TryGet(word, out var code))
        {
            code = _words.TryGetValue(word, out var entry) ? entry.Code : 0UL;
            memo.Set(word, code);
        }

        return code;
    }

    /// <summary>The code of <paramref name="top"/> with <paramref name="second"/> (or none) as a word would have it.</summary>
    public static ulong CodeOf(string top, string? second) => TagKey(top) | (second is null ? 0UL : (ulong)TagKey(second) << 32);

    /// <summary>Writes each word's code (see the remarks) into <paramref name="codes"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="codes"/> is shorter than <paramref name="words"/>.</exception>
    public void Encode(ReadOnlySpan<string> words, Span<ulong> codes)
    {
        if (codes.Length < words.Length)
        {
            throw new ArgumentException($"Room for {codes.Length} tag lexicon codes, {words.Length} words.", nameof(codes));
        }

        for (var i = 0; i < words.Length; i++)
        {
            codes[i] = Code(words[i]);
        }
    }

    /// <summary>The codes of a whole sentence (see <see cref="Encode(ReadOnlySpan{string}, Span{ulong})"/>).</summary>
    public ulong[] Encode(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var array = words as string[] ?? [.. words];
        var codes = new ulong[array.Length];
        Encode(array, codes);
        return codes;
    }

    /// <summary>The top tag of a word's code as a feature value: its <see cref="TagKey"/>, or 0 for a word not in the lexicon.</summary>
    public static int TopOf(ulong code) => (int)(uint)code;

    /// <summary>The runner-up of a word's code as a feature value: its <see cref="TagKey"/>, or 0 for none.</summary>
    public static int SecondOf(ulong code) => (int)(uint)(code >> 32);

    /// <summary>The top tag and runner-up (or null) of <paramref name="word"/>; false when it is not in the lexicon.</summary>
    public bool TryGet(string word, out string top, out string? second)
    {
        if (word is null || !_words.TryGetValue(word, out var found))
        {
            top = string.Empty;
            second = null;
            return false;
        }

        var entry = found.Entry;
        top = _tags[(entry & 0xFF) - 1];
        second = entry >> 8 == 0 ? null : _tags[(entry >> 8) - 1];
        return true;
    }

    /// <summary>Writes the tags, then the words in ordinal order with their codes.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_tags.Length);
        foreach (var tag in _tags)
        {
            writer.Write(tag);
        }

        var words = new List<string>(_words.Keys);
        words.Sort(StringComparer.Ordinal);
        writer.Write(words.Count);
        foreach (var word in words)
        {
            writer.Write(word);
            writer.Write(_words[word].Entry);
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is corrupt.</exception>
    public static TagLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var tagCount = reader.ReadInt32();
        if (tagCount is < 0 or > byte.MaxValue)
        {
            throw new InvalidDataException($"Corrupt tag lexicon: {tagCount} tags.");
        }

        var tags = new string[tagCount];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = reader.ReadString();
        }

        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException($"Corrupt tag lexicon: {count} words.");
        }

        var codes = new KeyValuePair<string, ushort>[count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = new(reader.ReadString(), reader.ReadUInt16());
        }

        try
        {
            return new TagLexicon(tags, codes);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Corrupt tag lexicon: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"TagLexicon: {_words.Count} words, {_tags.Length} tags";
}
