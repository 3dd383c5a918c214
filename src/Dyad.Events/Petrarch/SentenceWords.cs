using Dyad.Core;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Petrarch;

/// <summary>
/// One sentence's words as the dictionaries spell them: upper case, with "n't" and "'s" split off the way the
/// TreeBank tokenisation the PETRARCH dictionaries were written against does ("didn't" → DID N'T, "won't" → WO N'T,
/// "Gondor's" → GONDOR 'S), each with its part of speech and characters.
/// </summary>
internal sealed class SentenceWords
{
    private readonly List<string> _words = [];
    private readonly List<string> _tags = [];
    private readonly List<TextSpan> _spans = [];
    private readonly List<int> _tokens = [];
    private int _token;

    public SentenceWords(AnnotatedText text, int sentence)
    {
        var s = text.Sentences[sentence];
        for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            var word = text.Words[t].ToUpperInvariant().Replace('’', '\'');
            var tag = text.Has(Layers.PartsOfSpeech) ? text.PartsOfSpeech[t] : "NN";
            var span = text.Tokens[t].Span;
            _token = t;
            if (word.Contains('_', StringComparison.Ordinal) && word.Trim('_').Length > 0)
            {
                // "Dol_Amroth": the dictionaries' word joiner written into the text.
                var offset = span.Start;
                foreach (var part in word.Split('_'))
                {
                    if (part.Length > 0)
                    {
                        Add(part, tag, new TextSpan(offset, offset + part.Length));
                    }

                    offset += part.Length + 1;
                }
            }
            else if (word.Length > 3 && word.EndsWith("N'T", StringComparison.Ordinal))
            {
                // "won't" → WO N'T and "can't" → CA N'T, as TreeBank (and so the dictionaries) split them.
                Add(word[..^3], tag, new TextSpan(span.Start, span.End - 3));
                Add("N'T", "RB", new TextSpan(span.End - 3, span.End));
            }
            else if (word.Length > 2 && word.EndsWith("'S", StringComparison.Ordinal))
            {
                Add(word[..^2], tag, new TextSpan(span.Start, span.End - 2));
                Add("'S", "POS", new TextSpan(span.End - 2, span.End));
            }
            else
            {
                Add(word, tag, span);
            }
        }

        Count = _words.Count;
    }

    public int Count { get; }

    public int Token(int i) => _tokens[i];

    /// <summary>The first word of token <paramref name="token"/>, or -1 when the token is outside the sentence.</summary>
    public int WordOfToken(int token)
    {
        var i = _tokens.BinarySearch(token);
        if (i < 0)
        {
            return -1;
        }

        while (i > 0 && _tokens[i - 1] == token)
        {
            i--;
        }

        return i;
    }

    public string this[int i] => _words[i];

    public string Tag(int i) => _tags[i];

    public TextSpan Span(int i) => _spans[i];

    public TextSpan Span(int first, int end) => new(_spans[first].Start, _spans[Math.Max(first, end - 1)].End);

    public bool IsVerbTag(int i) => _tags[i].StartsWith("VB", StringComparison.Ordinal);

    /// <summary>The words joined by single spaces, with each word's range in that string (for <c>PhraseTrie</c>).</summary>
    public string Joined(List<Range> ranges)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var w in _words)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            ranges.Add(new Range(sb.Length, sb.Length + w.Length));
            sb.Append(w);
        }

        return sb.ToString();
    }

    private void Add(string word, string tag, TextSpan span)
    {
        _tokens.Add(_token);
        _words.Add(word);
        _tags.Add(tag);
        _spans.Add(span);
    }
}
