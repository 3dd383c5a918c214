using Dyad.Language.Tokens;

namespace Dyad.Quotes;

internal sealed partial class QuoteAnalysis
{
    private const int MinUnattributedWords = 6;
    private const int MinScareQuoteWords = 4;

    /// <summary>The longest quoted title (<c>“The Art of the Deal”</c>).</summary>
    private const int MaxTitleWords = 5;
    private const int MaxListenerTokens = 7;

    /// <summary>
    /// Attributes each quote group from the words beside it: a cue after the closing mark (<c>,” he said</c>,
    /// <c>,” said Doug Lute</c>, <c>,” according to X</c>, or a short <c>he said.</c> paragraph right after), else a cue
    /// before the opening mark (<c>X told reporters: “</c>). A quote that starts inside a sentence and is attributed
    /// after its end quotes the whole sentence up to its closing mark (a mixed quote).
    /// </summary>
    private void AttributeDirectQuotes()
    {
        for (var g = 0; g < _groups.Count; g++)
        {
            var group = _groups[g];
            if (IsTitle(group))
            {
                // A programme, book or film named after a preposition: no one's words.
                group.Consumed = true;
                continue;
            }

            var regionFirst = HeadRegionStart(g);
            Found? found = null;
            if (group.Closed && TryTail(group.Last + 1, out var speakerFirst, out var speakerLast, out var cueFirst, out var cueLast, out var lemma))
            {
                found = NewDirect(group, speakerFirst, speakerLast, cueFirst, cueLast, lemma);
                if (regionFirst < group.Open && _tokens[cueFirst].Kind != TokenKind.Dash && WordCount(regionFirst, group.Open - 1) >= 2 && !HasCue(regionFirst, group.Open - 1))
                {
                    found.Kind = QuoteKind.Mixed;
                    found.ContentStart = _tokens[regionFirst].Span.Start;
                }
            }
            else if (TryHead(group.Open, regionFirst, out speakerFirst, out speakerLast, out cueFirst, out cueLast, out lemma, out var subject))
            {
                found = NewDirect(group, speakerFirst, speakerLast, cueFirst, cueLast, lemma);
                found.SpeakerIsSubject = subject;
                if (group.Closed && ContinuesSentence(group.Last + 1) is var rest and >= 0)
                {
                    // "Obama said “it gets me mad” every time he thinks about ...": the sentence goes on after the mark.
                    found.Kind = QuoteKind.Mixed;
                    found.ContentEnd = _tokens[rest].Span.End;
                }
            }

            if (found is not null)
            {
                group.Quote = found;
                AddFound(found);
                MarkUsed(found);
            }

            if (found is not null || group.Words >= MinScareQuoteWords)
            {
                for (var i = group.Open; i <= group.Last; i++)
                {
                    _role[i] |= Role.InQuote;
                }
            }
        }
    }

    /// <summary>
    /// A short quoted title after a preposition or a possessive: <c>he said on “Meet the Press.”</c>, <c>during an
    /// interview on CNN’s “State of the Union”</c>, <c>in “The Art of the Deal”</c> (not <c>as</c>: <c>described as
    /// “reckless”</c> reports words).
    /// </summary>
    private bool IsTitle(QuoteGroup group)
    {
        var before = group.Open - 1;
        if (before < 0 || group.Words > MaxTitleWords || !group.Closed || _paragraph[before] != _paragraph[group.Open])
        {
            return false;
        }

        return Is(before, "on") || Is(before, "in") || Is(before, "during") || Is(before, "to") || Is(before, "at") || Is(before, "from")
            || Is(before, "with") || Is(before, "of") || _tokens[before].Kind == TokenKind.Clitic && (Is(before, "'s") || Is(before, "’s"));
    }

    /// <summary>The last word of the sentence that goes on after token <paramref name="t"/> (a closing mark), or -1 when it ends there.</summary>
    private int ContinuesSentence(int t)
    {
        if (t >= _count || _sentence[t] != _sentence[t - 1] || !IsWordLike(t) || CueAt(t, CueUse.Direct) is not null)
        {
            return -1;
        }

        var end = SentenceEnd(t);
        for (var i = t; i <= end; i++)
        {
            if (IsQuoteMark(i) || (_role[i] & Role.Used) != 0)
            {
                return -1;
            }
        }

        while (end > t && (IsTerminal(end) || IsPunct(end, ',') || IsPunct(end, ';')))
        {
            end--;
        }

        return WordCount(t, end) >= 2 ? end : -1;
    }

    private Found NewDirect(QuoteGroup group, int speakerFirst, int speakerLast, int cueFirst, int cueLast, string lemma)
    {
        // A mention with a label or an apposition ("Rep. Anna Holt (D-Ore.)", "Lena Berg, a nurse who ...") resolves
        // from the name before it.
        var referentLast = -1;
        for (var j = speakerFirst + 1; speakerFirst >= 0 && j <= speakerLast && referentLast < 0; j++)
        {
            if (IsPunct(j, ',') || IsPunct(j, '(') || IsDashLike(j))
            {
                referentLast = j - 1;
            }
        }

        return new()
        {
            Kind = QuoteKind.Direct,
            ContentStart = _tokens[group.Open].Span.Start,
            ContentEnd = _tokens[group.Last].Span.End,
            SpeakerFirst = speakerFirst,
            SpeakerLast = speakerLast,
            ReferentFirst = referentLast >= 0 ? speakerFirst : -1,
            ReferentLast = referentLast,
            CueFirst = cueFirst,
            CueLast = cueLast,
            CueLemma = lemma,
            Confidence = 0.9,
        };
    }

    private void MarkUsed(Found found)
    {
        for (var i = found.CueFirst; i >= 0 && i <= found.CueLast; i++)
        {
            _role[i] |= Role.Used;
        }

        for (var i = found.SpeakerFirst; i >= 0 && i <= found.SpeakerLast; i++)
        {
            _role[i] |= Role.Used;
        }
    }

    /// <summary>The first token of the quote's sentence that follows no earlier quote, in the quote's paragraph.</summary>
    private int HeadRegionStart(int g)
    {
        var open = _groups[g].Open;
        var start = Math.Max(SentenceStart(open), ParagraphStart(open));
        if (g > 0 && _groups[g - 1].Last >= start)
        {
            start = _groups[g - 1].Last + 1;
        }

        // A sentence end the splitter missed before the mark ("... much larger. ''If we ...''") starts the region anew.
        for (var i = open - 1; i > start; i--)
        {
            if (IsTerminal(i))
            {
                start = i + 1;
                break;
            }
        }

        while (start < open && (IsPunct(start, ',') || Pos(start) == "CC" || _tokens[start].Kind == TokenKind.Dash))
        {
            start++;
        }

        return Math.Min(start, open);
    }

    private bool HasCue(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (CueAt(i, CueUse.Direct | CueUse.Indirect) is not null || (Is(i, "according") && i + 1 <= last && Is(i + 1, "to")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The attribution right after a closing quotation mark: <c>, he said</c>, <c>, said Doug Lute</c>,
    /// <c>, Rhodes told reporters</c>, <c>, according to X</c>; or a short sentence or paragraph that is only that.
    /// </summary>
    private bool TryTail(int t, out int speakerFirst, out int speakerLast, out int cueFirst, out int cueLast, out string lemma)
    {
        speakerFirst = speakerLast = cueFirst = cueLast = -1;
        lemma = string.Empty;
        if (TryDashByline(t, out speakerFirst, out speakerLast))
        {
            cueFirst = cueLast = t;
            lemma = _words[t];
            return true;
        }

        var k = t;
        while (k < _count && k - t < 2 && (IsPunct(k, ',') || IsPunct(k, ';') || _tokens[k].Kind == TokenKind.Dash))
        {
            k++;
        }

        if (k >= _count || IsTerminal(k) || IsQuoteMark(k) || (_role[k] & Role.Transcript) != 0)
        {
            return false;
        }

        // Crossing into a new sentence or paragraph only for a bare attribution ("He said." after the quote).
        var newParagraph = t > 0 && _paragraph[k] != _paragraph[t - 1];

        // A quote that closes on a comma (",” Anderson said, adding ...") ends no sentence, whatever the splitter made of
        // the capital after it.
        var commaClose = !newParagraph && t >= 2 && IsPunct(t - 2, ',');
        var newSentence = k > 0 && _sentence[k] != _sentence[t - 1] && !commaClose;
        if (newParagraph && (!newSentence || ParagraphEnd(k) - k > MaxSpeakerTokens + 4))
        {
            return false;
        }

        var end = SentenceEnd(k);
        if (Is(k, "according") && k + 1 <= end && Is(k + 1, "to") && TryNounPhraseForward(k + 2, end, out speakerFirst, out speakerLast))
        {
            cueFirst = k;
            cueLast = k + 1;
            lemma = "according to";
            return !newSentence || BareAfter(speakerLast + 1, end);
        }

        if (CueAt(k, CueUse.Direct) is { } inverted && !IsListenerOnlyCue(inverted) && TryNounPhraseForward(k + 1, end, out speakerFirst, out speakerLast))
        {
            cueFirst = cueLast = k;
            lemma = inverted.Lemma;
            return !newSentence || BareAfter(speakerLast + 1, end);
        }

        if (!TryNounPhraseForward(k, end, out speakerFirst, out speakerLast))
        {
            return false;
        }

        var m = speakerLast + 1;
        if (m + 2 <= end && IsPunct(m, '(') && LabelEnd(m, end) is var label and > 0)
        {
            // "“...,” Rep. Anna Holt (D-Ore.) said": the mention keeps its party label.
            speakerLast = label;
            m = label + 1;
        }

        for (var appositions = 0; appositions < 4 && m <= end && IsPunct(m, ','); appositions++)
        {
            // "“...” Murphy, the head of the committee, tweeted on Friday", "“...” Harry Bond, 30, of Raleigh, said":
            // appositions, an age or a place between commas, with no verb.
            var close = m + 1;
            while (close <= end && close - m <= MaxAppositionTokens && !IsPunct(close, ',') && !(IsTerminal(close) && !IsAbbreviationPoint(close)) && !IsQuoteMark(close))
            {
                close++;
            }

            // A relative clause may stand in for the apposition: "“...” Lena Berg, who chairs the board, told reporters".
            var relative = close <= end && IsPunct(close, ',') && (Is(m + 1, "who") && HasVerb(m + 2, close - 1)
                || TryNounPhraseForward(m + 1, close - 1, out _, out var appositionLast) && OpensRelativeClause(appositionLast + 1, close - 1));
            if (!relative && (close > end || !IsPunct(close, ',') || close == m + 1 || HasVerb(m + 1, close - 1) || !(IsPhraseToken(m + 1) || Pos(m + 1) == "IN")))
            {
                break;
            }

            m = close;
        }

        if (m > speakerLast + 1 && IsPunct(m, ','))
        {
            m++;
        }

        for (var skipped = 0; m <= end && skipped < 3 && (IsAdverb(m) || IsAuxiliary(m)); skipped++)
        {
            m++;
        }

        if (m > end || CueAt(m, CueUse.Direct) is not { } cue)
        {
            return false;
        }

        cueFirst = cueLast = m;
        lemma = cue.Lemma;
        return newSentence ? BareAfter(m + 1, end) : !ReportsClause(m, cue, end);
    }

    /// <summary>
    /// A byline after a quote, as under an epigraph or a reader's comment: a dash right after the closing mark, then a
    /// name alone to the end of its line (<c>“...” ― Pamela Padilla</c>, <c>“...” — J. R. Smith</c>): capitalised
    /// words, initials and name particles, at most <see cref="MaxBylineWords"/> words.
    /// </summary>
    private bool TryDashByline(int t, out int speakerFirst, out int speakerLast)
    {
        speakerFirst = speakerLast = -1;
        if (t + 1 >= _count || _tokens[t].Kind != TokenKind.Dash || _lineStart[t] || _lineStart[t + 1] || _paragraph[t + 1] != _paragraph[t])
        {
            return false;
        }

        var words = 0;
        var j = t + 1;
        for (; j < _count && !(_lineStart[j] || _paragraph[j] != _paragraph[t]); j++)
        {
            if (_tokens[j].Kind is TokenKind.Word or TokenKind.Abbreviation && (char.IsUpper(_words[j][0]) || IsNameParticle(j)) && !IsAllCaps(j))
            {
                words++;
            }
            else if (!(IsPunct(j, '.') && j > t + 1 && (_words[j - 1].Length == 1 || LineEndsAfter(j))))
            {
                // Only an initial's point or a closing full stop.
                return false;
            }
        }

        if (words == 0 || words > MaxBylineWords || !char.IsUpper(_words[t + 1][0]))
        {
            return false;
        }

        speakerFirst = t + 1;
        speakerLast = IsPunct(j - 1, '.') && _words[j - 2].Length > 1 ? j - 2 : j - 1;
        return true;
    }

    private bool LineEndsAfter(int j) => j + 1 >= _count || _lineStart[j + 1] || _paragraph[j + 1] != _paragraph[j];

    /// <summary>The most words a byline name has.</summary>
    private const int MaxBylineWords = 5;

    private bool IsNameParticle(int i) =>
        Is(i, "de") || Is(i, "da") || Is(i, "del") || Is(i, "van") || Is(i, "von") || Is(i, "der") || Is(i, "la") || Is(i, "le") || Is(i, "al") || Is(i, "bin") || Is(i, "y");

    /// <summary>Whether the cue at <paramref name="c"/> goes on to report a clause of its own ("X said Clinton's “judgment” was ...").</summary>
    private bool ReportsClause(int c, CueVerb cue, int end)
    {
        var k = c + 1;
        if ((cue.Use & CueUse.Listener) != 0 && k <= end && IsPhraseToken(k) && TryNounPhraseForward(k, Math.Min(end, k + 5), out _, out var listenerLast))
        {
            k = listenerLast + 1;
        }

        k = SkipAdjuncts(k, end);
        if (k > end || IsTerminal(k) || IsPunct(k, ',') || IsPunct(k, ':') || IsQuoteMark(k) || IsSubordinator(k) && !Is(k, "if"))
        {
            // A subordinate clause says when or why it was said, not what: "..., she said as she accepted her award."
            return false;
        }

        for (var i = k; i <= end && i - k <= MaxSpeakerTokens; i++)
        {
            // "..., she said on the ferry as it crossed the bay": a subordinate clause after adjuncts says when.
            if (IsPunct(i, ',') || IsQuoteMark(i) || i > k && IsSubordinator(i) && !Is(i, "if"))
            {
                return false;
            }

            if (IsVerb(i) && Pos(i) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The closing bracket of a short label without a verb that opens at <paramref name="open"/> (<c>(D-Ore.)</c>, <c>(R)</c>), or -1.</summary>
    private int LabelEnd(int open, int end)
    {
        for (var j = open + 1; j <= end && j - open <= 6; j++)
        {
            if (IsPunct(j, ')'))
            {
                return j > open + 1 ? j : -1;
            }

            if (IsTerminal(j) && !(j + 1 <= end && IsPunct(j + 1, ')')) || IsVerb(j) || IsQuoteMark(j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether only a few adjunct words (no verb) follow up to the sentence end: the sentence is a bare attribution.</summary>
    private bool BareAfter(int first, int end)
    {
        if (end - first > 8)
        {
            return false;
        }

        for (var i = first; i <= end; i++)
        {
            if (IsVerb(i) || IsPunct(i, ':') || IsQuoteMark(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The attribution right before an opening quotation mark: <c>X said: “</c>, <c>X told reporters, “</c>,
    /// <c>X said in a statement that “</c>; also across a paragraph break after a colon.
    /// </summary>
    private bool TryHead(int open, int regionFirst, out int speakerFirst, out int speakerLast, out int cueFirst, out int cueLast, out string lemma, out bool subject)
    {
        speakerFirst = speakerLast = cueFirst = cueLast = -1;
        lemma = string.Empty;
        subject = false;
        var j = open - 1;
        if (j < 0)
        {
            return false;
        }

        var colon = IsPunct(j, ':');
        if (j < regionFirst && !colon)
        {
            return false;
        }

        if (colon && j - 1 >= regionFirst && _entity[j - 1] >= 0 && _entities[_entity[j - 1]] is { Type: "PER" } label && label.FirstToken == regionFirst
            && (regionFirst == 0 || IsTerminal(regionFirst - 1) || regionFirst == SentenceStart(regionFirst)))
        {
            // "Clinton: “Our goal is ...” Bush: “The mission is ...”": a name alone before a colon labels the quote.
            (speakerFirst, speakerLast, cueFirst, cueLast) = (regionFirst, j - 1, j, j);
            lemma = ":";
            return true;
        }

        while (j >= 0 && open - j <= 2 && (IsPunct(j, ':') || IsPunct(j, ',') || _tokens[j].Kind == TokenKind.Dash))
        {
            j--;
        }

        if (j >= 0 && Is(j, "that"))
        {
            j--;
        }

        var floor = colon ? Math.Max(0, SentenceStart(Math.Max(j, 0))) : regionFirst;
        var c = -1;
        for (var i = j; i >= floor && j - i <= MaxListenerTokens; i--)
        {
            if ((_role[i] & (Role.Used | Role.InQuote | Role.Transcript)) != 0)
            {
                return false;
            }

            if (CueAt(i, CueUse.Direct) is not null)
            {
                c = i;
                break;
            }

            if (IsVerb(i) || IsPunct(i, ',') || IsTerminal(i) || IsQuoteMark(i))
            {
                return false;
            }
        }

        // A short quoted phrase after a cue further off is a scare quote ("claiming “governor’s bracket”").
        if (c < 0 || _groups.Count > 0 && GroupAt(open) is { Words: < MinScareQuoteWords } && c < j)
        {
            return false;
        }

        cueFirst = cueLast = c;
        lemma = CueAt(c, CueUse.Direct)!.Lemma;
        var b = c - 1;
        for (var skipped = 0; b >= floor && skipped < 3 && (IsAdverb(b) || IsAuxiliary(b)); skipped++)
        {
            b--;
        }

        if (b > floor && IsPunct(b, ',') && TryAppositiveSubject(b, floor, out speakerFirst, out speakerLast))
        {
            // "Peter Marsh, a historian who attended the dinner, recalled: “...”".
            return true;
        }

        if (b > floor && IsPunct(b, ')') && TryLabelledName(b, floor, out speakerFirst, out _))
        {
            // "Rep. Anna Holt (D-Ore.) said: “...”": the mention keeps its label.
            speakerLast = b;
            return true;
        }

        if (b >= floor && TryNounPhraseBackward(b, floor, out speakerFirst, out speakerLast))
        {
            return true;
        }

        if (b > floor && Pos(b) == "CC" && (TryClauseSubject(b, floor, out speakerFirst, out speakerLast) || TrySentenceSubject(c, out speakerFirst, out speakerLast)))
        {
            // "Ms. Lopez shook her head and said, “No.”": the subject of the verb the cue is coordinated with.
            subject = true;
            return true;
        }

        if (Pos(c) == "VBG" && TrySentenceSubject(c, out speakerFirst, out speakerLast))
        {
            subject = true;
            return true;
        }

        // Inverted before the quote: "said Putin: “...”".
        return c + 1 <= j && TryNounPhraseForward(c + 1, j, out speakerFirst, out speakerLast);
    }
}
