using Dyad.Core;
using Dyad.Language.Tokens;

namespace Dyad.Language.Sentences;

/// <summary>
/// Splits tokenized English news text into sentences. A sentence ends at a paragraph break (a blank line), at
/// terminal punctuation (with any closing quotes or brackets after it) before a token that can start a sentence,
/// after a non-title abbreviation before a typical sentence opener, after a transcript speaker label
/// (<c>President of Russia Vladimir Putin:</c>) and after a dateline that ends in an ISO date (<c>LONDON 1996-08-30</c>).
/// Titles (<c>Mr.</c>, <c>Gen.</c>, <c>St.</c>) and initials never end a sentence.
/// </summary>
public static class SentenceSplitter
{
    private const int MaxLabelTokens = 12;

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "But", "And", "In",
        "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "His", "Her", "Its", "Their", "Our", "My", "Some", "Many",
        "Most", "All", "No", "So", "Yet", "Also", "However", "Meanwhile", "For", "Other", "Officials", "Police",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Splits <paramref name="text"/>, already tokenized into <paramref name="tokens"/>, into sentences.</summary>
    public static Sentence[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>((tokens.Length / 20) + 1);
        Split(text.AsSpan(), tokens, sentences);
        return sentences.ToArray();
    }

    /// <summary>Tokenizes and splits <paramref name="text"/> in one call.</summary>
    public static Sentence[] Split(string text, out Token[] tokens)
    {
        tokens = Tokenizer.Tokenize(text);
        return Split(text, tokens);
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="sentences"/>; together they cover every token, in order.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var first = 0;
        var openStraightQuotes = 0;
        var hasTerminal = false;
        var numbers = 0;
        var hasRank = false;
        var parens = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            var last = i;
            var end = false;
            if (token.Kind == TokenKind.Quote && text[token.Span.Start] == '"')
            {
                openStraightQuotes ^= 1;
            }

            numbers += token.Kind == TokenKind.Number ? 1 : 0;
            if (token.Kind == TokenKind.Terminal)
            {
                hasTerminal = true;
                last = AbsorbClosers(text, tokens, i, ref openStraightQuotes);
                var rank = IsListNumber(text, tokens, i, hasRank);
                hasRank |= rank;
                end = last + 1 >= tokens.Length || (CanStart(text, tokens, last + 1, strong: false) && !rank);
            }
            else if (token.Kind == TokenKind.Abbreviation && i + 1 < tokens.Length)
            {
                var word = text[token.Span.Start..(token.Span.End - 1)];
                end = !Abbreviations.IsTitle(word) && word.Length > 1 && CanStart(text, tokens, i + 1, strong: true);
            }
            else if (token.Kind == TokenKind.Punctuation && text[token.Span.Start] == ':' && IsSpeakerLabel(text, tokens, first, i))
            {
                end = true;
            }
            else if (token.Kind == TokenKind.Number && !hasTerminal && IsIsoDate(text[token.Span.Start..token.Span.End])
                && i + 1 < tokens.Length && StartsUpper(text, tokens[i + 1]))
            {
                end = true;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                var p = text[token.Span.Start];
                parens += p == '(' ? 1 : p == ')' && parens > 0 ? -1 : 0;
            }

            if (!end && token.Kind == TokenKind.Number && numbers >= 2 && parens == 0 && i + 1 < tokens.Length && StartsUpper(text, tokens[i + 1])
                && !(i > first && (IsLowerWord(text, tokens[i - 1]) || IsMonth(text[tokens[i - 1].Span.Start..tokens[i - 1].Span.End]))))
            {
                // A results or table row (a name and its figures, twice or more) ends before the next capitalized name.
                end = true;
            }

            if (!end && i > first && (hasRank || token.Kind == TokenKind.Number || StartsFirstRank(text, tokens, last + 1)) && StartsRank(text, tokens, last + 1))
            {
                // Ranked results: each "N. Name ... figures" item is a sentence of its own.
                end = true;
            }

            if (!end && token.Kind == TokenKind.Number && StartsSeed(text, tokens, i + 1))
            {
                // Seeded draws: "... 6-4 6-2 7 - Todd Martin ..." starts a new row at the seed number.
                end = true;
            }

            if (!end && token.Kind is TokenKind.Word && last + 2 < tokens.Length && StartsDateline(text, tokens, last + 1))
            {
                end = true;
            }

            if (!end && last + 1 < tokens.Length && IsParagraphBreak(text[tokens[last].Span.End..tokens[last + 1].Span.Start]))
            {
                end = true;
            }

            if (end || last + 1 >= tokens.Length)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[last].Span.End), first, last - first + 1));
                first = last + 1;
                hasTerminal = false;
                numbers = 0;
                hasRank = false;
                parens = 0;
                if (last + 1 < tokens.Length && IsParagraphBreak(text[tokens[last].Span.End..tokens[last + 1].Span.Start]))
                {
                    openStraightQuotes = 0;
                }
            }

            i = last + 1;
        }
    }

    private static int AbsorbClosers(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, ref int openStraightQuotes)
    {
        var last = i;
        while (last + 1 < tokens.Length)
        {
            var next = tokens[last + 1];
            var c = text[next.Span.Start];
            if (IsParagraphBreak(text[tokens[last].Span.End..next.Span.Start]))
            {
                break;
            }

            if (next.Kind == TokenKind.Terminal)
            {
                last++;
                continue;
            }

            var closes = c switch
            {
                '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}' => true,
                '"' => ClosesStraight(text, tokens, last, openStraightQuotes),
                '\'' => next.Span.Length == 2 || next.Span.Start == tokens[last].Span.End,
                _ => false,
            };

            if (!closes)
            {
                break;
            }

            if (c == '"')
            {
                openStraightQuotes = 0;
            }

            last++;
        }

        return last;
    }

    /// <summary>Whether a straight double quote right after a terminal closes the sentence: yes when it touches the
    /// terminal and not the next word, no when it touches only the next word; when it stands apart (space-separated
    /// tokens) or touches both, it closes only a quote left open.</summary>
    private static bool ClosesStraight(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last, int openStraightQuotes)
    {
        var quote = tokens[last + 1];
        var gapBefore = quote.Span.Start > tokens[last].Span.End;
        var gapAfter = last + 2 >= tokens.Length || tokens[last + 2].Span.Start > quote.Span.End;
        return gapBefore == gapAfter ? openStraightQuotes == 1 : gapAfter;
    }

    /// <summary>True when the token at <paramref name="at"/> can open a sentence; <paramref name="strong"/> asks for a typical opener word.</summary>
    private static bool CanStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at, bool strong)
    {
        var token = tokens[at];
        var s = text[token.Span.Start..token.Span.End];
        if (strong)
        {
            return OpenerLookup.Contains(s) || (token.Kind == TokenKind.Quote && at + 1 < tokens.Length && StartsUpper(text, tokens[at + 1]));
        }

        switch (token.Kind)
        {
            case TokenKind.Word or TokenKind.Abbreviation or TokenKind.Url:
                return !char.IsLower(s[0]);
            case TokenKind.Number or TokenKind.Quote or TokenKind.Dash or TokenKind.Symbol:
                return true;
            case TokenKind.Punctuation:
                return s[0] is '(' or '[' or '{';
            default:
                return false;
        }
    }

    private static bool IsLowerWord(ReadOnlySpan<char> text, Token token)
        => token.Kind == TokenKind.Word && char.IsLower(text[token.Span.Start]);

    internal static bool IsMonth(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && s[^1] == '.')
        {
            s = s[..^1];
        }

        return s.Length >= 3 && MonthLookup.Contains(s);
    }

    private static bool StartsUpper(ReadOnlySpan<char> text, Token token)
        => token.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[token.Span.Start]);

    /// <summary>A speaker label: a colon within the first few tokens of a sentence, after capitalized words (and lower-case
    /// function words between them), followed by a capitalized word or a quote.</summary>
    private static bool IsSpeakerLabel(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int colon)
    {
        if (colon == first || colon - first > MaxLabelTokens || colon + 1 >= tokens.Length || !StartsUpper(text, tokens[first]))
        {
            return false;
        }

        if (!StartsUpper(text, tokens[colon - 1]) || !(StartsUpper(text, tokens[colon + 1]) || tokens[colon + 1].Kind == TokenKind.Quote))
        {
            return false;
        }

        for (var k = first; k < colon; k++)
        {
            var t = tokens[k];
            if (t.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic) && !(t.Kind == TokenKind.Punctuation && text[t.Span.Start] == ','))
            {
                return false;
            }

            if (t.Kind == TokenKind.Word && !char.IsUpper(text[t.Span.Start]) && t.Span.Length > 4)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A period glued to a one- or two-digit number that follows a number, punctuation or the sentence start, or any
    /// such number inside a ranking, is a list or rank marker (<c>254 4. Fogarty</c>), not the end of a sentence; after a
    /// word (<c>on June 18.</c>) it is a sentence end.</summary>
    private static bool IsListNumber(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int period, bool inRanking)
    {
        if (period == 0 || text[tokens[period].Span.Start] != '.' || tokens[period].Span.Length != 1)
        {
            return false;
        }

        var number = tokens[period - 1];
        if (number.Kind != TokenKind.Number || number.Span.Length > 2 || number.Span.End != tokens[period].Span.Start)
        {
            return false;
        }

        if (period == 1 || inRanking)
        {
            return true;
        }

        var before = tokens[period - 2];
        return before.Kind is TokenKind.Number or TokenKind.Punctuation or TokenKind.Terminal;
    }

    /// <summary>A rank marker ahead: a number of at most three digits, a glued period, then a capitalized word.</summary>
    private static bool StartsRank(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Length)
        {
            return false;
        }

        var number = tokens[at];
        var period = tokens[at + 1];
        return number.Kind == TokenKind.Number && number.Span.Length <= 3 && period.Span.Start == number.Span.End
            && period.Kind == TokenKind.Terminal && period.Span.Length == 1 && text[period.Span.Start] == '.'
            && StartsUpper(text, tokens[at + 2]);
    }

    private static bool StartsFirstRank(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at)
        => at < tokens.Length && tokens[at].Span.Length == 1 && text[tokens[at].Span.Start] == '1';

    /// <summary>A seed ahead: a number of one or two digits, a lone hyphen, then a capitalized word.</summary>
    private static bool StartsSeed(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at)
        => at + 2 < tokens.Length && tokens[at].Kind == TokenKind.Number && tokens[at].Span.Length <= 2
            && tokens[at + 1].Kind == TokenKind.Dash && tokens[at + 1].Span.Length == 1 && StartsUpper(text, tokens[at + 2]);

    /// <summary>A dateline ahead: an all-capital place name, optionally a comma and a region, then an ISO date
    /// (<c>BRUSSELS 1996-08-22</c>, <c>AKRON , Ohio 1996-08-22</c>).</summary>
    private static bool StartsDateline(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at)
    {
        if (!IsAllCaps(text[tokens[at].Span.Start..tokens[at].Span.End]) || IsAllCaps(text[tokens[at - 1].Span.Start..tokens[at - 1].Span.End]))
        {
            return false;
        }

        for (var k = at + 1; k < tokens.Length && k <= at + 6; k++)
        {
            var t = tokens[k];
            var s = text[t.Span.Start..t.Span.End];
            if (t.Kind == TokenKind.Number)
            {
                return IsIsoDate(s);
            }

            if (!(t.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(s[0])) && !(t.Kind == TokenKind.Punctuation && s[0] == ','))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsIsoDate(ReadOnlySpan<char> s)
        => s.Length == 10 && s[4] == '-' && s[7] == '-' && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[3]) && char.IsAsciiDigit(s[5])
            && char.IsAsciiDigit(s[6]) && char.IsAsciiDigit(s[8]) && char.IsAsciiDigit(s[9]);

    internal static bool IsParagraphBreak(ReadOnlySpan<char> gap)
    {
        var lines = 0;
        for (var k = 0; k < gap.Length; k++)
        {
            var c = gap[k];
            if (c == '\n' || (c == '\r' && (k + 1 >= gap.Length || gap[k + 1] != '\n')) || c is '\u2029')
            {
                if (++lines >= 2 || c == '\u2029')
                {
                    return true;
                }
            }
        }

        return false;
    }
}
