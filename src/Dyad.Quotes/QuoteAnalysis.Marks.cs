namespace Dyad.Quotes;

internal sealed partial class QuoteAnalysis
{
    private enum MarkDirection
    {
        Open,
        Close,
        Either,
    }

    /// <summary>
    /// Pairs double quotation marks (straight and typographic) into quote groups. A quote left open at a paragraph's
    /// end continues when the next paragraph opens with a quotation mark (the newspaper convention for a quote over
    /// several paragraphs); otherwise it ends with its paragraph. Single quotes are left alone: they nest inside
    /// double ones or are apostrophes.
    /// </summary>
    private void FindQuoteGroups()
    {
        QuoteGroup? open = null;
        for (var i = 0; i < _count; i++)
        {
            if (open is not null && i > 0 && _paragraph[i] != _paragraph[i - 1])
            {
                var continues = IsQuoteMark(i) && Direction(i) != MarkDirection.Close && (_role[i] & Role.Transcript) == 0;
                if (!continues)
                {
                    Close(open, i - 1, closed: false);
                    open = null;
                }
                else
                {
                    // The reopening mark belongs to the same quote: keep the group open.
                    continue;
                }
            }

            if (!IsQuoteMark(i) || (_role[i] & Role.Transcript) != 0)
            {
                continue;
            }

            var direction = Direction(i);
            if (open is null)
            {
                if (direction != MarkDirection.Close)
                {
                    open = new QuoteGroup { Open = i };
                }

                continue;
            }

            if (direction == MarkDirection.Open && _paragraph[i] == _paragraph[open.Open] && IsTypographicOpen(i))
            {
                // Two opening marks in a row: the first was never closed; start again here.
                open = new QuoteGroup { Open = i };
                continue;
            }

            Close(open, i, closed: true);
            open = null;
        }

        if (open is not null)
        {
            Close(open, _count - 1, closed: false);
        }
    }

    private void Close(QuoteGroup group, int last, bool closed)
    {
        if (last <= group.Open)
        {
            return;
        }

        group.Last = last;
        group.Closed = closed;
        group.Words = WordCount(group.Open + 1, last);
        if (group.Words == 0)
        {
            return;
        }

        _groups.Add(group);
    }

    private bool IsTypographicOpen(int i) => _text[_tokens[i].Span.Start] is '\u201C' or '\u201E' or '\u00AB';

    private MarkDirection Direction(int i)
    {
        var at = _tokens[i].Span.Start;
        switch (_text[at])
        {
            case '\u201C' when at > 0 && !char.IsWhiteSpace(_text[at - 1]) && (at + 1 >= _text.Length || char.IsWhiteSpace(_text[at + 1])):
                // An opening mark typed where the closing one belongs: "...for her here,“ said Jim Clyburn".
                return MarkDirection.Close;
            case '\u201C' or '\u201E' or '\u00AB' or '\u301D':
                return MarkDirection.Open;
            case '\u201D' when (at == 0 || char.IsWhiteSpace(_text[at - 1])) && at + 1 < _text.Length && char.IsLetterOrDigit(_text[at + 1]):
                // A closing mark typed where the opening one belongs: a paragraph that starts ”We need ...”.
                return MarkDirection.Open;
            case '\u201D' or '\u00BB' or '\u301E':
                return MarkDirection.Close;
            case '`':
                return MarkDirection.Open;
        }

        var before = at == 0 ? ' ' : _text[at - 1];
        var end = _tokens[i].Span.End;
        var after = end >= _text.Length ? ' ' : _text[end];
        var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/';
        var spaceAfter = char.IsWhiteSpace(after) || char.IsPunctuation(after);
        if (spaceBefore && !spaceAfter)
        {
            return MarkDirection.Open;
        }

        if (!spaceBefore && spaceAfter)
        {
            return MarkDirection.Close;
        }

        return MarkDirection.Either;
    }
}
