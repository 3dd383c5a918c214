using Dyad.Language.Tagging;

namespace Dyad.Language.Entities;

/// <summary>
/// One document prepared for entity tagging: its sentences with their part-of-speech column and the value columns of
/// <see cref="EntityColumns"/> (document capitalisation evidence, gazetteer classes, clusters, first-stage labels and
/// their document-wide votes), plus label buffers for both stages.
/// </summary>
/// <remarks>
/// Reusable: <c>Prepare</c> keeps every array it has grown, so a thread that tags many documents with one
/// instance allocates only when a document is longer than any before it. Not thread-safe.
/// </remarks>
internal sealed class EntityDocument
{
    private readonly WordTable<WordStats> _stats = new();
    private readonly WordTable<ulong> _votes = new();
    private readonly EntityLexicon? _lexicon;
    private string[][] _words = [];
    private int[] _offsets = [];
    private string[][][] _columns = [];
    private ulong[][][] _values = [];
    private int[][] _first = [];
    private int[][] _second = [];
    private int[] _lengths = [];

    public EntityDocument(EntityLexicon? lexicon) => _lexicon = lexicon;

    /// <summary>The lexicon whose columns this document computes, or null.</summary>
    public EntityLexicon? Lexicon => _lexicon;

    /// <summary>Number of sentences.</summary>
    public int Count { get; private set; }

    /// <summary>Number of words in sentence <paramref name="sentence"/>.</summary>
    public int Length(int sentence) => _lengths[sentence];

    /// <summary>The words of a sentence (a view of the caller's array; empty for a null sentence).</summary>
    public ReadOnlySpan<string> Words(int sentence) => _words[sentence].AsSpan(_offsets[sentence], _lengths[sentence]);

    /// <summary>The first stage's label indices for a sentence (room for at least its words).</summary>
    public int[] First(int sentence) => _first[sentence];

    /// <summary>The second stage's label indices for a sentence (room for at least its words).</summary>
    public int[] Second(int sentence) => _second[sentence];

    /// <summary>The value column <paramref name="column"/> of a sentence.</summary>
    public ulong[] Values(int sentence, int column) => _values[sentence][column];

    /// <summary>The tagger's view of a sentence with all its columns.</summary>
    public SequenceInput Input(int sentence) =>
        new(Words(sentence), _columns[sentence], _values[sentence]);

    /// <summary>
    /// Loads a document: sentences of words and their part-of-speech tags (a missing or short tag array reads as
    /// empty tags), and computes the columns that need no tagger: document flags, gazetteer classes and clusters.
    /// </summary>
    public void Prepare(IReadOnlyList<string[]?> sentences, IReadOnlyList<string[]?>? partsOfSpeech)
    {
        Count = sentences.Count;
        Grow(Count);
        for (var s = 0; s < Count; s++)
        {
            var words = sentences[s] ?? [];
            var pos = partsOfSpeech is not null && s < partsOfSpeech.Count ? partsOfSpeech[s] : null;
            Load(s, words, 0, words.Length, pos ?? [], 0);
        }

        Annotate();
    }

    /// <summary>
    /// Loads a document given as one array of words and one of tags (same index), cut into <paramref name="sentences"/>
    /// (which must cover both arrays' ranges); nothing is copied but the tags.
    /// </summary>
    public void Prepare(string[] words, string[] partsOfSpeech, ReadOnlySpan<Sentences.Sentence> sentences)
    {
        Count = sentences.Length;
        Grow(Count);
        for (var s = 0; s < Count; s++)
        {
            Load(s, words, sentences[s].FirstToken, sentences[s].TokenCount, partsOfSpeech, sentences[s].FirstToken);
        }

        Annotate();
    }

    /// <summary>Loads sentence <paramref name="s"/>: its words, its tags (missing ones read as empty) and the columns computed from the words alone.</summary>
    private void Load(int s, string[] words, int offset, int length, string[] pos, int posOffset)
    {
        _words[s] = words;
        _offsets[s] = offset;
        _lengths[s] = length;
        EnsureRow(s, length);
        var posColumn = _columns[s][EntityColumns.Pos];
        for (var i = 0; i < length; i++)
        {
            posColumn[i] = posOffset + i < pos.Length ? pos[posOffset + i] ?? string.Empty : string.Empty;
        }

        var row = _values[s];
        for (var c = 0; c < row.Length; c++)
        {
            row[c].AsSpan(0, length).Clear();
        }

        EntityFeatureExtractor.HashWords(Words(s), posColumn, row);
    }

    /// <summary>Computes the columns that need the whole document: flags, gazetteer classes and clusters.</summary>
    private void Annotate()
    {
        ComputeFlags();
        if (_lexicon is not null)
        {
            for (var s = 0; s < Count; s++)
            {
                _lexicon.Annotate(Words(s), _values[s][EntityColumns.Gazetteer], _values[s][EntityColumns.Cluster]);
            }
        }
    }

    /// <summary>
    /// Fills the second stage's columns from <see cref="First"/>: the first-stage label at each word, and the counts
    /// of first-stage types given to the same word (case-insensitive) elsewhere in the document.
    /// </summary>
    public void Aggregate()
    {
        _votes.Reset(WordCount());
        for (var s = 0; s < Count; s++)
        {
            var labels = _first[s];
            for (var i = 0; i < _lengths[s]; i++)
            {
                var shift = 8 * (EntityLabelSet.TypeOf(labels[i]) + 1);
                ref var votes = ref _votes[_values[s][EntityColumns.LowerHash][i]];
                if (((votes >> shift) & 0xFF) < 0xFF)
                {
                    votes += 1UL << shift;
                }
            }
        }

        for (var s = 0; s < Count; s++)
        {
            var labels = _first[s];
            var first = _values[s][EntityColumns.FirstStage];
            var aggregate = _values[s][EntityColumns.Aggregate];
            for (var i = 0; i < _lengths[s]; i++)
            {
                first[i] = (ulong)labels[i];
                var shift = 8 * (EntityLabelSet.TypeOf(labels[i]) + 1);
                var votes = _votes[_values[s][EntityColumns.LowerHash][i]];
                aggregate[i] = ((votes >> shift) & 0xFF) > 0 ? votes - (1UL << shift) : votes;
            }
        }
    }

    /// <summary>Number of words in the document.</summary>
    private int WordCount()
    {
        var count = 0;
        for (var s = 0; s < Count; s++)
        {
            count += _lengths[s];
        }

        return count;
    }

    private void ComputeFlags()
    {
        _stats.Reset(WordCount());
        for (var s = 0; s < Count; s++)
        {
            var words = Words(s);
            var capitals = IsCapitalsSentence(words);
            for (var i = 0; i < _lengths[s]; i++)
            {
                ref var stats = ref _stats[_values[s][EntityColumns.LowerHash][i]];
                stats = stats.Add(Classify(words[i], i, capitals));
            }
        }

        var topic = 0UL;
        for (var s = 0; s < Count && topic == 0; s++)
        {
            topic = _lengths[s] > 0 ? _values[s][EntityColumns.LowerHash][0] : 0;
        }

        for (var s = 0; s < Count; s++)
        {
            var words = Words(s);
            var flags = _values[s][EntityColumns.Flags];
            var capitals = IsCapitalsSentence(words);
            var sentenceFlags = (capitals ? WordFlags.CapitalsSentence : 0) | (s == 0 ? WordFlags.FirstSentence : 0)
                | (IsTableRow(words) ? WordFlags.TableRow : 0);
            _values[s][EntityColumns.Topic].AsSpan(0, _lengths[s]).Fill(topic);
            for (var i = 0; i < _lengths[s]; i++)
            {
                var stats = _stats[_values[s][EntityColumns.LowerHash][i]].Remove(Classify(words[i], i, capitals));
                var f = sentenceFlags;
                f |= stats.Lower > 0 ? WordFlags.LowerElsewhere : 0;
                f |= stats.CapitalisedMid > 0 ? WordFlags.CapitalisedElsewhere : 0;
                f |= stats.Total > 0 ? WordFlags.Repeated : 0;
                f |= stats.CapitalisedMid == 0 && stats.CapitalisedInitial > 0 ? WordFlags.CapitalisedOnlyInitially : 0;
                flags[i] = (ulong)f;
            }
        }
    }

    /// <summary>How one occurrence is written: 1 all lower case, 2 capitalised mid-sentence, 3 capitalised first word, 0 otherwise (capitals sentences, no letters).</summary>
    private static int Classify(string? word, int index, bool capitalsSentence)
    {
        if (string.IsNullOrEmpty(word) || !char.IsLetter(word[0]))
        {
            return 0;
        }

        if (char.IsLower(word[0]))
        {
            foreach (var c in word)
            {
                if (char.IsUpper(c))
                {
                    return 0;
                }
            }

            return 1;
        }

        if (capitalsSentence)
        {
            return 0;
        }

        return index == 0 ? 3 : 2;
    }

    /// <summary>True when the words hold two or more numbers and no lower-case word longer than three letters.</summary>
    internal static bool IsTableRow(ReadOnlySpan<string> words)
    {
        var numbers = 0;
        foreach (var word in words)
        {
            if (string.IsNullOrEmpty(word))
            {
                continue;
            }

            if (char.IsDigit(word[0]))
            {
                numbers++;
            }
            else if (word.Length > 3 && char.IsLower(word[0]))
            {
                return false;
            }
        }

        return numbers >= 2;
    }

    /// <summary>True when the words have letters but no lower-case letter.</summary>
    internal static bool IsCapitalsSentence(ReadOnlySpan<string> words)
    {
        var letters = 0;
        foreach (var word in words)
        {
            foreach (var c in word ?? string.Empty)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters += char.IsLetter(c) ? 1 : 0;
            }
        }

        return letters > 1;
    }

    private void Grow(int count)
    {
        if (_words.Length >= count)
        {
            return;
        }

        var size = Math.Max(count, _words.Length * 2);
        var old = _words.Length;
        Array.Resize(ref _words, size);
        Array.Resize(ref _offsets, size);
        Array.Resize(ref _columns, size);
        Array.Resize(ref _values, size);
        Array.Resize(ref _first, size);
        Array.Resize(ref _second, size);
        Array.Resize(ref _lengths, size);
        for (var s = old; s < size; s++)
        {
            _columns[s] = [[]];
            _values[s] = new ulong[EntityColumns.ValueCount][];
            for (var c = 0; c < EntityColumns.ValueCount; c++)
            {
                _values[s][c] = [];
            }

            _first[s] = [];
            _second[s] = [];
        }
    }

    private void EnsureRow(int sentence, int length)
    {
        if (_first[sentence].Length >= length)
        {
            return;
        }

        var size = Math.Max(length, 16);
        _columns[sentence][EntityColumns.Pos] = new string[size];
        for (var c = 0; c < EntityColumns.ValueCount; c++)
        {
            _values[sentence][c] = new ulong[size];
        }

        _first[sentence] = new int[size];
        _second[sentence] = new int[size];
    }

    private readonly record struct WordStats(int Total, int Lower, int CapitalisedMid, int CapitalisedInitial)
    {
        public WordStats Add(int kind) => Change(kind, 1);

        public WordStats Remove(int kind) => Change(kind, -1);

        private WordStats Change(int kind, int by) => new(
            Total + by,
            Lower + (kind == 1 ? by : 0),
            CapitalisedMid + (kind == 2 ? by : 0),
            CapitalisedInitial + (kind == 3 ? by : 0));
    }
}
