using Dyad.Language.Tokens;

namespace Dyad.Quotes;

internal sealed partial class QuoteAnalysis
{
    private const int MaxLabelTokens = 14;

    /// <summary>The longest headline source label (<c>Former AG Mukasey at RNC:</c>).</summary>
    private const int MaxHeadlineLabelTokens = 6;

    /// <summary>
    /// Transcript turns: a line that opens with a speaker label (<c>Name:</c>, <c>Title of Country Name:</c>, or a
    /// label line whose colon starts the next line) makes the text up to the next label a quote of that speaker.
    /// </summary>
    /// <remarks>
    /// A label is a short run of capitalised words (lowercase only for <c>of</c>, <c>the</c>, ...), with no verb, no
    /// terminal punctuation and no time expression, that names a person; an all-capitals label (<c>MR. EARNEST:</c>)
    /// counts when it labels at least two turns, so a one-off <c>WASHINGTON:</c> or <c>UPDATE:</c> is not a speaker.
    /// A turn runs on over following paragraphs while they read as prose (end in terminal punctuation) and are not
    /// labelled themselves.
    /// </remarks>
    private void FindTranscriptTurns()
    {
        var labels = new List<(int First, int Colon, bool Named, int Mark)>();
        var headline = -1;
        Dictionary<string, int>? capsCount = null;
        for (var i = 0; i < _count; i++)
        {
            var mark = -1;
            if (_lineStart[i] && IsQuoteMark(i) && i + 1 < _count && !_lineStart[i + 1] && TryLabel(i + 1, out _, out _, out _))
            {
                // A transcript quoted whole, each paragraph reopening the quotation: `"PENCE: Well, look, ...`.
                mark = i;
                i++;
            }
            else if (!_lineStart[i])
            {
                continue;
            }

            if (!TryLabel(i, out var colon, out var named, out var caps))
            {
                if (_paragraph[i] == 0 && mark < 0 && IsHeadlineLabel(i, out colon))
                {
                    labels.Add((i, colon, true, mark));
                    headline = i;
                    i = colon;
                }

                continue;
            }

            if (caps && !named)
            {
                capsCount ??= new Dictionary<string, int>(StringComparer.Ordinal);
                var key = _text[_tokens[i].Span.Start.._tokens[colon - 1].Span.End];
                capsCount[key] = capsCount.GetValueOrDefault(key) + 1;
            }

            labels.Add((i, colon, named, mark));
            i = colon;
        }

        if (labels.Count == 0)
        {
            return;
        }

        var accepted = new List<(int First, int Colon)>(labels.Count);
        foreach (var (first, colon, named, mark) in labels)
        {
            if (named || (capsCount is not null && capsCount.GetValueOrDefault(_text[_tokens[first].Span.Start.._tokens[colon - 1].Span.End]) >= 2))
            {
                if (mark >= 0)
                {
                    _role[mark] |= Role.Transcript;
                }

                accepted.Add((first, colon));
            }
        }

        for (var k = 0; k < accepted.Count; k++)
        {
            var (first, colon) = accepted[k];
            var contentFirst = colon + 1;
            if (contentFirst >= _count)
            {
                continue;
            }

            var limit = k + 1 < accepted.Count ? accepted[k + 1].First - 1 : _count - 1;
            if (limit > contentFirst && (_role[limit] & Role.Transcript) != 0 && IsQuoteMark(limit))
            {
                limit--;
            }

            // The label's own paragraph, then following prose paragraphs when the text is a transcript (two labels
            // or more); a lone label is a headline's "Name: words" and speaks for its own paragraph only.
            var last = Math.Min(limit, ParagraphEnd(contentFirst));
            while (last < limit && accepted.Count - (headline >= 0 ? 1 : 0) >= 2 && first != headline)
            {
                var nextFirst = last + 1;
                var nextLast = Math.Min(limit, ParagraphEnd(nextFirst));
                if (!IsProseParagraph(nextFirst, nextLast))
                {
                    break;
                }

                last = nextLast;
            }

            // A speaker does not name themself: a sentence that mentions the label's name (its last word) is the
            // writer's again ("Cruz: Just hang on. No candidate has less at stake than Cruz.").
            var name = _words[colon - 1];
            for (var i = contentFirst; i <= last; i++)
            {
                if (i > contentFirst && string.Equals(_words[i], name, StringComparison.Ordinal) && _tokens[i].Kind == TokenKind.Word)
                {
                    var cut = Math.Max(contentFirst, SentenceStart(i)) - 1;
                    while (cut >= contentFirst && (_tokens[cut].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Terminal or TokenKind.Quote) || IsPunct(cut, ')')))
                    {
                        cut--;
                    }

                    last = cut;
                    break;
                }
            }

            if (last < contentFirst || !HasLetters(contentFirst, last))
            {
                continue;
            }

            var found = new Found
            {
                Kind = QuoteKind.Transcript,
                ContentStart = _tokens[contentFirst].Span.Start,
                ContentEnd = _tokens[last].Span.End,
                CueFirst = colon,
                CueLast = colon,
                CueLemma = ":",
                SpeakerFirst = first,
                SpeakerLast = colon - 1,
                Confidence = 0.9,
            };
            _found.Add(found);
            for (var i = first; i <= last; i++)
            {
                _role[i] |= Role.Transcript;
            }
        }
    }

    private bool HasLetters(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsProseParagraph(int first, int last)
    {
        if (last - first < 1 || WordCount(first, last) < 2)
        {
            return false;
        }

        var end = last;
        while (end > first && (IsQuoteMark(end) || IsPunct(end, ')')))
        {
            end--;
        }

        return IsTerminal(end);
    }

    private bool TryLabel(int first, out int colon, out bool named, out bool caps)
    {
        colon = -1;
        named = false;
        caps = true;
        var letters = 0;
        for (var j = first; j < _count && j - first <= MaxLabelTokens; j++)
        {
            if (j > first && _lineStart[j])
            {
                // A label line whose colon was pushed to the start of the next line.
                if (IsPunct(j, ':') && j > first)
                {
                    colon = j;
                }

                break;
            }

            if (IsPunct(j, ':'))
            {
                colon = j;
                break;
            }

            if (_timex[j] || IsTerminal(j) || _tokens[j].Kind is TokenKind.Quote or TokenKind.Url or TokenKind.Email or TokenKind.Number || IsVerb(j))
            {
                return false;
            }

            var word = _words[j];
            if (_tokens[j].Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                if (char.IsLower(word[0]) && !IsLabelFunctionWord(word))
                {
                    return false;
                }

                foreach (var ch in word)
                {
                    if (char.IsLetter(ch))
                    {
                        letters++;
                        caps &= char.IsUpper(ch);
                    }
                }
            }
            else if (!IsPunct(j, '.') && !IsPunct(j, ','))
            {
                return false;
            }

            // Named when the label ends in a person's name ("President of Russia Vladimir Putin").
            named = _entity[j] >= 0 && _entities[_entity[j]].Type == "PER";
        }

        if (colon <= first || colon + 1 >= _count || letters == 0 || !char.IsUpper(_words[first][0]))
        {
            return false;
        }

        // The label's words must be followed by something said, on the colon's line or the next.
        caps &= letters >= 2;
        return named || caps;
    }

    /// <summary>
    /// A headline's source label: <c>Poll: Sanders Leads ...</c>, <c>NY Post: ...</c>, <c>Clinton camp: ...</c>. The
    /// document's first paragraph, a single line, opens with at most <see cref="MaxHeadlineLabelTokens"/> words before a
    /// colon, capitalised first, with no verb, number or time, not all in capitals (<c>BREAKING:</c>, <c>WATCH:</c> label
    /// the story, not a source).
    /// </summary>
    private bool IsHeadlineLabel(int first, out int colon)
    {
        colon = -1;
        var lower = false;
        for (var j = first; j < _count && j - first <= MaxHeadlineLabelTokens; j++)
        {
            if (j > first && _lineStart[j])
            {
                return false;
            }

            if (IsPunct(j, ':'))
            {
                colon = j;
                break;
            }

            if (_timex[j] || IsVerb(j) || _tokens[j].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || IsKicker(_words[j]) || j == first && Pos(j) == "DT")
            {
                return false;
            }

            foreach (var ch in _words[j])
            {
                lower |= char.IsLower(ch);
            }
        }

        if (colon <= first || !lower || !char.IsUpper(_words[first][0]) || colon + 2 >= _count || _lineStart[colon + 1])
        {
            return false;
        }

        // The headline is one line: the paragraph has no second line.
        for (var j = colon + 1; j < _count && _paragraph[j] == 0; j++)
        {
            if (_lineStart[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A newsroom kicker: the word of a label that names the kind of story, not a source (<c>The Latest:</c>, <c>Breaking:</c>).</summary>
    private static bool IsKicker(string word) =>
        word.Equals("Latest", StringComparison.OrdinalIgnoreCase) || word.Equals("Breaking", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Update", StringComparison.OrdinalIgnoreCase) || word.Equals("Exclusive", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Watch", StringComparison.OrdinalIgnoreCase) || word.Equals("Live", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Notice", StringComparison.OrdinalIgnoreCase) || word.Equals("Analysis", StringComparison.OrdinalIgnoreCase);

    private static bool IsLabelFunctionWord(string word) =>
        word is "of" or "the" or "for" or "and" or "to" or "de" or "al" or "bin" or "von" or "van" or "der" or "da" or "la" or "le" or "on";
}
