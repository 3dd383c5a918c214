using Dyad.Language.Tokens;

namespace Dyad.Language.Lexicon;

/// <summary>
/// Unlabeled text held as word ids (tokens as <see cref="Tokenizer"/> splits them), with per word form its count and
/// its count away from the start of a sentence: the input of <see cref="BrownClustering"/> and of the gazetteer's
/// ordinary-word test.
/// </summary>
/// <remarks>Adding text interns each distinct form once; tokens are never copied into strings otherwise.</remarks>
public sealed class WordCorpus
{
    /// <summary>The id stored between texts so that no bigram spans two of them.</summary>
    public const int Boundary = -1;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;
    private readonly List<string> _forms = [];
    private readonly List<int> _counts = [];
    private readonly List<int> _nonInitialCounts = [];
    private readonly List<int> _sequence = [];
    private readonly List<Token> _tokens = [];

    /// <summary>Creates an empty corpus.</summary>
    public WordCorpus() => _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of tokens added.</summary>
    public long TokenCount { get; private set; }

    /// <summary>The number of distinct word forms.</summary>
    public int FormCount => _forms.Count;

    /// <summary>The word forms by id.</summary>
    public IReadOnlyList<string> Forms => _forms;

    /// <summary>Every text's word ids in order, texts separated by <see cref="Boundary"/>.</summary>
    public IReadOnlyList<int> Sequence => _sequence;

    /// <summary>How often form <paramref name="id"/> occurs.</summary>
    public int Count(int id) => _counts[id];

    /// <summary>How often <paramref name="form"/> occurs (0 when never).</summary>
    public int Count(string form) => form is not null && _ids.TryGetValue(form, out var id) ? _counts[id] : 0;

    /// <summary>How often <paramref name="form"/> occurs other than as the first word of a sentence or line.</summary>
    public int NonInitialCount(string form) => form is not null && _ids.TryGetValue(form, out var id) ? _nonInitialCounts[id] : 0;

    /// <summary>
    /// True when <paramref name="word"/>, written with a capital, is an ordinary English word rather than a name: its
    /// lower-case form occurs at least three times and at least a quarter as often as the capitalised form does away
    /// from the start of a sentence (<c>Reading</c>, <c>Police</c>, <c>Of</c>, <c>Union</c>).
    /// </summary>
    /// <remarks>Place and person names are almost never written in lower case, so even a modest lower-case share marks
    /// a common word; a quarter keeps names that double as rare nouns (<c>Bay</c>, <c>Commerce</c>, <c>Temple</c>)
    /// while catching <c>Union</c> (571 lower-case against 915 capitalised occurrences in the training corpus), whose
    /// capitalised uses are mostly inside other names (Soviet Union).</remarks>
    public bool IsOrdinaryWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (string.Equals(lower, word, StringComparison.Ordinal))
        {
            return Count(word) >= 3;
        }

        var lowerCount = Count(lower);
        return lowerCount >= 3 && lowerCount * 4L >= NonInitialCount(word);
    }

    /// <summary>Tokenizes <paramref name="text"/> and adds its words. A token is sentence-initial when it starts the
    /// text or a paragraph, or follows sentence-final punctuation (possibly through opening quotes or brackets).</summary>
    public void AddText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _tokens.Clear();
        Tokenizer.Tokenize(text.AsSpan(), _tokens);
        if (_tokens.Count == 0)
        {
            return;
        }

        _sequence.Add(Boundary);
        var initial = true;
        var previousEnd = 0;
        foreach (var token in _tokens)
        {
            if (StartsParagraph(text.AsSpan(previousEnd, token.Span.Start - previousEnd)))
            {
                initial = true;
            }

            previousEnd = token.Span.End;
            Add(token.Slice(text), initial);
            initial = token.Kind == TokenKind.Terminal || (initial && IsOpening(token.Slice(text)));
        }
    }

    /// <summary>Adds one sentence that is already split into words (the first word counts as sentence-initial).</summary>
    public void AddSentence(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return;
        }

        _sequence.Add(Boundary);
        var initial = true;
        foreach (var word in words)
        {
            if (string.IsNullOrEmpty(word))
            {
                continue;
            }

            Add(word.AsSpan(), initial);
            initial = initial && word.Length == 1 && IsOpening(word);
        }
    }

    /// <summary>A blank line or an indented new line: hard-wrapped wire text breaks lines inside sentences, so a bare
    /// line break does not start one.</summary>
    private static bool StartsParagraph(ReadOnlySpan<char> gap)
    {
        var newline = gap.IndexOf('\n');
        if (newline < 0)
        {
            return false;
        }

        var rest = gap[(newline + 1)..];
        return rest.Contains('\n') || (rest.Length > 0 && rest[0] is ' ' or '\t');
    }

    private static bool IsOpening(ReadOnlySpan<char> token) => token.Length == 1 && token[0] is '(' or '[' or '"' or '\'' or '\u201C' or '\u2018';

    private void Add(ReadOnlySpan<char> form, bool initial)
    {
        if (!_idsBySpan.TryGetValue(form, out var id))
        {
            id = _forms.Count;
            var text = form.ToString();
            _ids.Add(text, id);
            _forms.Add(text);
            _counts.Add(0);
            _nonInitialCounts.Add(0);
        }

        _counts[id]++;
        if (!initial)
        {
            _nonInitialCounts[id]++;
        }

        _sequence.Add(id);
        TokenCount++;
    }
}
