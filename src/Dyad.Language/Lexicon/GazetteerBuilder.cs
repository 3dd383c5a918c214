using System.Text;
using Dyad.Language.Tokens;

namespace Dyad.Language.Lexicon;

/// <summary>Collects gazetteer entries, merging repeated phrases (their classes are united; the first code given
/// wins), and builds an immutable <see cref="Gazetteer"/>.</summary>
public sealed class GazetteerBuilder
{
    private readonly Dictionary<string, GazetteerEntry> _entries = new(StringComparer.Ordinal);
    private readonly List<Token> _tokens = [];
    private readonly StringBuilder _phrase = new();

    /// <summary>The number of distinct phrases added so far.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Adds <paramref name="text"/> (a name as written, e.g. <c>St. Petersburg</c> or <c>Côte d'Ivoire</c>) under
    /// <paramref name="classes"/>. The text is split with <see cref="Tokenizer"/>, so the entry matches the words a
    /// tokenized sentence holds.
    /// </summary>
    /// <returns>The entry's phrase (its tokens joined by single spaces), or <see langword="null"/> when the text holds
    /// no token or <paramref name="classes"/> is <see cref="GazetteerClass.None"/>.</returns>
    public string? Add(string text, GazetteerClass classes, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrase = ToPhrase(text);
        if (phrase is null || classes == GazetteerClass.None)
        {
            return null;
        }

        AddPhrase(phrase, classes, code);
        return phrase;
    }

    /// <summary>Adds an entry whose phrase is already tokenized (words joined by single spaces).</summary>
    /// <exception cref="ArgumentException">The phrase is empty, has leading, trailing or double spaces, or other white
    /// space, or the classes are <see cref="GazetteerClass.None"/>.</exception>
    public void Add(GazetteerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry.Phrase);
        if (!Gazetteer.IsValidPhrase(entry.Phrase) || entry.Classes == GazetteerClass.None)
        {
            throw new ArgumentException($"Not a gazetteer entry: '{entry.Phrase}' ({entry.Classes}).", nameof(entry));
        }

        AddPhrase(entry.Phrase, entry.Classes, entry.Code);
    }

    /// <summary>The entries added so far, merged by phrase, in no particular order.</summary>
    public IEnumerable<GazetteerEntry> Entries => _entries.Values;

    /// <summary>The classes added so far for exactly <paramref name="phrase"/> (tokens joined by single spaces).</summary>
    public GazetteerClass ClassesOf(string phrase) =>
        phrase is not null && _entries.TryGetValue(phrase, out var entry) ? entry.Classes : GazetteerClass.None;

    /// <summary>The tokens of <paramref name="text"/> joined by single spaces, or <see langword="null"/> when it holds
    /// none.</summary>
    public string? ToPhrase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _tokens.Clear();
        Tokenizer.Tokenize(text.AsSpan(), _tokens);
        if (_tokens.Count == 0)
        {
            return null;
        }

        _phrase.Clear();
        foreach (var token in _tokens)
        {
            if (_phrase.Length > 0)
            {
                _phrase.Append(' ');
            }

            _phrase.Append(token.Slice(text));
        }

        return _phrase.ToString();
    }

    /// <summary>Builds the gazetteer; entries are sorted by phrase (ordinal) so equal inputs give equal files.</summary>
    public Gazetteer Build()
    {
        var entries = _entries.Values.ToArray();
        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Phrase, b.Phrase));
        return new Gazetteer(entries);
    }

    private void AddPhrase(string phrase, GazetteerClass classes, string? code)
    {
        code = string.IsNullOrEmpty(code) ? null : code;
        if (_entries.TryGetValue(phrase, out var seen))
        {
            _entries[phrase] = seen with { Classes = seen.Classes | classes, Code = seen.Code ?? code };
        }
        else
        {
            _entries.Add(phrase, new GazetteerEntry(phrase, classes, code));
        }
    }
}
