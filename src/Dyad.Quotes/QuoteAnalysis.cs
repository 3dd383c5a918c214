using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Language.Pipeline;
using Dyad.Language.Tokens;

namespace Dyad.Quotes;

/// <summary>
/// One document's quote analysis: per-token tables (paragraph, sentence, entity, role) built in one pass, then the
/// passes in order: transcript turns, quotation marks, direct attributions, reported speech, carried-over speakers,
/// speaker resolution. Not thread-safe; one instance per call.
/// </summary>
/// <remarks>
/// Every pass walks tokens left to right with bounded look-around (at most a sentence or a few tokens), so the whole
/// analysis is linear in the text. No regular expressions; words are compared with ordinal, case-insensitive checks.
/// </remarks>
internal sealed partial class QuoteAnalysis
{
    private const int MaxSpeakerTokens = 12;

    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly ImmutableArray<string> _words;
    private readonly ImmutableArray<NamedEntity> _entities;
    private readonly ImmutableArray<Dyad.Language.Sentences.Sentence> _sentences;
    private readonly ImmutableArray<Dyad.Language.Time.TimeExpression> _timexes;
    private readonly string[] _pos;
    private readonly int _count;
    private readonly bool _hasPos;
    private readonly int[] _paragraph;
    private readonly bool[] _lineStart;
    private readonly int[] _sentence;
    private readonly int[] _entity;
    private readonly bool[] _timex;
    private readonly Role[] _role;
    private readonly List<int> _paragraphFirst = [];
    private readonly List<Found> _found = [];
    private readonly List<QuoteGroup> _groups = [];
    private readonly Dictionary<int, List<Found>> _bySentence = [];
    private int[]? _reportedStarts;

    public QuoteAnalysis(AnnotatedText annotated, QuoteModel? model = null)
    {
        _model = model;
        _text = annotated.Text;
        _tokens = annotated.Tokens;
        _words = annotated.Words;
        _count = _tokens.Length;
        _entities = annotated.Has(Layers.Entities) ? annotated.Entities : [];
        _timexes = annotated.Has(Layers.Timexes) ? annotated.Timexes : [];
        _sentences = annotated.Sentences;
        _pos = new string[_count];
        _hasPos = annotated.Has(Layers.PartsOfSpeech);
        if (_hasPos)
        {
            annotated.PartsOfSpeech.CopyTo(_pos);
        }
        else
        {
            Array.Fill(_pos, string.Empty);
        }

        _paragraph = new int[_count];
        _lineStart = new bool[_count];
        _sentence = new int[_count];
        _entity = new int[_count];
        _timex = new bool[_count];
        _role = new Role[_count];
        BuildTables();
    }

    [Flags]
    private enum Role : byte
    {
        None = 0,
        InQuote = 1,
        Transcript = 2,
        Used = 4,
        InContent = 8,
    }

    /// <summary>Runs every pass and returns the quotes in text order.</summary>
    public ImmutableArray<Quote> Run()
    {
        if (_count == 0)
        {
            return [];
        }

        FindByRules();
        FindLearned();
        CarryOverSpeakers();
        ResolveSpeakers();
        return Build();
    }

    /// <summary>The rule passes, in order: transcript turns, quotation marks, direct attributions, reported speech, hedges.</summary>
    private void FindByRules()
    {
        FindTranscriptTurns();
        FindQuoteGroups();
        AttributeDirectQuotes();
        FindReportedSpeech();
        FindHedges();
    }

    private void BuildTables()
    {
        var paragraph = 0;
        _paragraphFirst.Add(0);
        for (var i = 0; i < _count; i++)
        {
            var gapStart = i == 0 ? 0 : _tokens[i - 1].Span.End;
            var newlines = 0;
            for (var c = gapStart; c < _tokens[i].Span.Start; c++)
            {
                var ch = _text[c];
                if (ch == '\n' || ch == '\u2028' || ch == '\u2029')
                {
                    newlines++;
                }
            }

            if (i > 0 && newlines >= 2)
            {
                paragraph++;
                _paragraphFirst.Add(i);
            }

            _paragraph[i] = paragraph;
            _lineStart[i] = i == 0 || newlines >= 1;
            _entity[i] = -1;
        }

        for (var s = 0; s < _sentences.Length; s++)
        {
            var sentence = _sentences[s];
            var end = Math.Min(_count, sentence.FirstToken + sentence.TokenCount);
            for (var i = sentence.FirstToken; i < end; i++)
            {
                _sentence[i] = s;
            }
        }

        for (var e = 0; e < _entities.Length; e++)
        {
            var entity = _entities[e];
            var end = Math.Min(_count, entity.FirstToken + entity.TokenCount);
            for (var i = entity.FirstToken; i < end; i++)
            {
                _entity[i] = e;
            }
        }

        // Timexes are character spans; walk both lists together.
        var t = 0;
        for (var i = 0; i < _count && t < _timexes.Length; i++)
        {
            while (t < _timexes.Length && _timexes[t].Span.End <= _tokens[i].Span.Start)
            {
                t++;
            }

            if (t < _timexes.Length && _timexes[t].Span.Overlaps(_tokens[i].Span))
            {
                _timex[i] = true;
            }
        }
    }

    private ImmutableArray<Quote> Build()
    {
        _found.Sort(static (a, b) => a.ContentStart != b.ContentStart ? a.ContentStart.CompareTo(b.ContentStart) : a.ContentEnd.CompareTo(b.ContentEnd));
        var quotes = ImmutableArray.CreateBuilder<Quote>(_found.Count);
        foreach (var f in _found)
        {
            if (f.ContentEnd <= f.ContentStart)
            {
                continue;
            }

            TextSpan? cue = f.CueFirst >= 0 ? Span(f.CueFirst, f.CueLast) : null;
            TextSpan? speaker = f.SpeakerFirst >= 0 ? Span(f.SpeakerFirst, f.SpeakerLast) : null;
            var content = new TextSpan(f.ContentStart, f.ContentEnd);
            ImmutableArray<TextSpan> parts = [content];
            if (f.Pieces is { Count: > 0 } pieces)
            {
                var builder = ImmutableArray.CreateBuilder<TextSpan>(pieces.Count);
                foreach (var (start, end) in pieces)
                {
                    builder.Add(new TextSpan(start, end));
                }

                parts = builder.ToImmutable();
            }

            quotes.Add(new Quote(
                f.Kind,
                content,
                _text[f.ContentStart..f.ContentEnd],
                parts,
                cue,
                cue is { } c ? _text[c.Start..c.End] : null,
                f.CueLemma,
                speaker,
                speaker is { } s ? _text[s.Start..s.End] : null,
                f.Resolved,
                f.ResolvedSpan,
                f.Confidence,
                f.Attribution));
        }

        return quotes.ToImmutable();
    }

    /// <summary>Adds a quote with a cue and remembers it under its cue's sentence (for participles that continue it).</summary>
    private void AddFound(Found found)
    {
        _found.Add(found);
        if (found.CueFirst >= 0 && found.HasSpeaker)
        {
            var sentence = _sentence[found.CueFirst];
            if (!_bySentence.TryGetValue(sentence, out var list))
            {
                _bySentence[sentence] = list = [];
            }

            list.Add(found);
        }
    }

    // ---- token helpers -------------------------------------------------------------------------------------------

    private TextSpan Span(int first, int last) => new(_tokens[first].Span.Start, _tokens[last].Span.End);

    private string Pos(int i) => _pos[i] ?? string.Empty;

    private bool Is(int i, string word) => string.Equals(_words[i], word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(int i, char c) => _words[i].Length == 1 && _words[i][0] == c;

    private bool IsTerminal(int i) => _tokens[i].Kind == TokenKind.Terminal;

    /// <summary>A double quotation mark: straight, typographic, guillemet, or the doubled apostrophes and backticks of some newspapers ('' and ``).</summary>
    private bool IsQuoteMark(int i)
    {
        if (_tokens[i].Kind != TokenKind.Quote)
        {
            return false;
        }

        var span = _tokens[i].Span;
        var first = _text[span.Start];
        return IsDoubleQuote(first) || span.Length == 2 && (first is '\'' or '`') && _text[span.Start + 1] == first;
    }

    private bool IsVerb(int i)
    {
        if (!_hasPos)
        {
            return CueLexicon.Find(_words[i]) is not null;
        }

        var p = Pos(i);
        return (p.StartsWith("VB", StringComparison.Ordinal) || p == "MD") && _entity[i] < 0;
    }

    private bool IsNoun(int i)
    {
        var p = Pos(i);
        return p.StartsWith("NN", StringComparison.Ordinal) || p == "PRP" || p == "CD" || (_entity[i] >= 0 && _tokens[i].Kind == TokenKind.Word);
    }

    /// <summary>A capitalised word inside a sentence whose words are nearly all capitalised (a headline), not its first.</summary>
    private bool IsTitleCaseCue(int i)
    {
        if (i == 0 || _words[i].Length < 3 || !char.IsUpper(_words[i][0]) || SentenceStart(i) == i || !Pos(i).StartsWith("NN", StringComparison.Ordinal))
        {
            return false;
        }

        int words = 0, capitalised = 0;
        var end = SentenceEnd(i);
        for (var j = SentenceStart(i); j <= end && words < 40; j++)
        {
            if (_tokens[j].Kind == TokenKind.Word && _words[j].Length > 3)
            {
                words++;
                capitalised += char.IsUpper(_words[j][0]) ? 1 : 0;
            }
        }

        return words >= 4 && capitalised * 10 >= words * 9;
    }

    private bool IsWordLike(int i) => _tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number or TokenKind.Clitic;

    private bool IsAdverb(int i) => Pos(i).StartsWith("RB", StringComparison.Ordinal) && !Is(i, "not") && !Is(i, "n't") && !Is(i, "n’t");

    private bool IsAuxiliary(int i) => Is(i, "has") || Is(i, "have") || Is(i, "had") || Is(i, "’s") || Is(i, "'s") || Is(i, "’ve") || Is(i, "'ve") || Is(i, "did") || Is(i, "does") || Is(i, "do");

    private int SentenceEnd(int i)
    {
        var s = _sentences[_sentence[i]];
        return Math.Min(_count, s.FirstToken + s.TokenCount) - 1;
    }

    private int SentenceStart(int i) => _sentences[_sentence[i]].FirstToken;

    private int ParagraphStart(int i) => _paragraphFirst[_paragraph[i]];

    private int ParagraphEnd(int i)
    {
        var p = _paragraph[i] + 1;
        return p < _paragraphFirst.Count ? _paragraphFirst[p] - 1 : _count - 1;
    }

    private int WordCount(int first, int last)
    {
        var n = 0;
        for (var i = first; i <= last; i++)
        {
            if (_tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\u301D' or '\u301E';

    private CueVerb? CueAt(int i, CueUse use)
    {
        if (_tokens[i].Kind != TokenKind.Word || _entity[i] >= 0 && !Pos(i).StartsWith("VB", StringComparison.Ordinal) && !IsTitleCaseCue(i))
        {
            return null;
        }

        var cue = CueLexicon.Find(_words[i]);
        if (cue is null || (cue.Use & use) == 0)
        {
            return null;
        }

        // A noun reading ("the report", "a warning", "his answer") is no cue; trust the tagger only when it says noun,
        // unless a relative or personal pronoun is the word's subject ("who strongly support/NN Mrs. Clinton").
        var p = Pos(i);
        return (p.StartsWith("NN", StringComparison.Ordinal) || p == "JJ") && !IsVerbAfterSubjectPronoun(i) ? null : cue;
    }

    /// <summary>
    /// A word the tagger read as a noun right after a subject pronoun (<c>who</c>, <c>they</c>), adverbs between, or a
    /// capitalised cue inside a headline in title case (<c>Bellwether County Says Trump Should Win</c>): a verb.
    /// </summary>
    private bool IsVerbAfterSubjectPronoun(int i)
    {
        if (IsTitleCaseCue(i))
        {
            return true;
        }

        var b = i - 1;
        while (b >= 0 && IsAdverb(b))
        {
            b--;
        }

        return b >= 0 && (Pos(b) is "WP" or "WDT" && !Is(b, "what")
            || (Is(b, "they") || Is(b, "we") || Is(b, "i") || Is(b, "you")) && !_words[i].EndsWith('s'))
            || IsCueVerbReadAsNoun(i, b);
    }
}
