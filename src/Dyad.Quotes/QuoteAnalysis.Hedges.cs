using System.Collections.Frozen;
using Dyad.Language.Tokens;

namespace Dyad.Quotes;

internal sealed partial class QuoteAnalysis
{
    /// <summary>
    /// Attributions without a named source, after reported speech: an appearance or an expectation whose holder the
    /// sentence leaves out (<c>The House is expected to pass the bill</c>, <c>Clinton seemed to be moving ahead</c>,
    /// <c>the plan is seen as a compromise</c>; the whole clause, subject and cue included, is the content), hearsay
    /// (<c>The FBI is reportedly planning ...</c>), and a poll or survey as the source of a finding (<c>In the latest
    /// poll, Clinton led Trump ...</c>, <c>... has a big lead in the polls</c>). These may sit inside reported speech.
    /// </summary>
    private void FindHedges()
    {
        foreach (var sentence in _sentences)
        {
            var first = sentence.FirstToken;
            var last = Math.Min(_count, first + sentence.TokenCount) - 1;
            for (var i = first; i <= last; i++)
            {
                if ((_role[i] & (Role.InQuote | Role.Used | Role.Transcript)) != 0 || _tokens[i].Kind != TokenKind.Word)
                {
                    continue;
                }

                if (Is(i, "in") && i + 1 <= last)
                {
                    TryPollSource(i, first, last);
                }
                else if (Is(i, "asked") && (i == first || IsQuoteMark(i - 1) && i - 1 == first || Pos(i - 1) == "CC" && i - 1 == first
                    || Is(i - 1, "when") || Is(i - 1, "after") || Is(i - 1, "if") || IsBe(i - 1) || i - 2 >= first && IsBe(i - 2) && IsAdverb(i - 1)) && (_role[i] & Role.InContent) == 0)
                {
                    TryAskedClause(i, first, last);
                }
                else if (Pos(i) == "JJ" && StanceAdjectives.Contains(_words[i]) && i + 2 <= last)
                {
                    TryStanceAdjective(i, first, last);
                }
                else if (Is(i, "reportedly"))
                {
                    // Hearsay: the clause around the adverb ("The FBI is reportedly making arrangements ...").
                    var group = i;
                    while (group - 1 >= first && (IsBe(group - 1) || IsAuxiliary(group - 1) || Pos(group - 1) == "MD"))
                    {
                        group--;
                    }

                    TryHedgedClause(group, i, i, "reportedly", first, last, QuoteAttribution.Speech, adverb: true);
                }
                else if (RaisingCue(i, last) is { } lemma)
                {
                    // The cue is the verb group: "might be expected", "is widely seen as", "seemed".
                    var cueFirst = i;
                    while (cueFirst - 1 >= first && (IsAdverb(cueFirst - 1) || IsBe(cueFirst - 1) || IsNegation(cueFirst - 1) || IsAuxiliary(cueFirst - 1) || Pos(cueFirst - 1) == "MD"))
                    {
                        cueFirst--;
                    }

                    TryHedgedClause(cueFirst, cueFirst, i, lemma, first, last, QuoteAttribution.Belief, adverb: false);
                }
            }
        }
    }

    /// <summary>
    /// The lemma when token <paramref name="i"/> is a verb of appearance or a passive of expectation that raises its
    /// clause's subject: <c>seems to</c>, <c>appeared pleased</c>, <c>seems like</c>, <c>is expected to</c>,
    /// <c>is seen as</c>, <c>is considered</c>; null otherwise (<c>appeared in court</c>, <c>expected results</c>).
    /// </summary>
    private string? RaisingCue(int i, int last)
    {
        if (!_hasPos || !Pos(i).StartsWith("VB", StringComparison.Ordinal) || i + 1 > last)
        {
            return null;
        }

        var next = i + 1;
        while (next < last && IsAdverb(next))
        {
            next++;
        }

        if (IsSeemVerb(i))
        {
            // "seemed to think ...", "appeared to blame ..." are the raised verb's attribution (reported speech).
            var complement = Is(next, "to") && next + 1 <= last && Pos(next + 1) == "VB" && CueLexicon.Find(_words[next + 1]) is null || Is(next, "like") || Pos(next) is "JJ" or "JJR" or "VBN"
                || i > 0 && Is(i - 1, "it") && (Is(next, "that") || NewClause(next, last));
            return complement ? (_words[i][0] is 's' or 'S' ? "seem" : "appear") : null;
        }

        var before = i - 1;
        while (before >= 0 && IsAdverb(before))
        {
            before--;
        }

        if (before < 0 || !IsBe(before) || Pos(i) != "VBN")
        {
            return null;
        }

        if (Is(i, "expected") || Is(i, "believed") || Is(i, "thought") || Is(i, "projected") || Is(i, "predicted") || Is(i, "rumored") || Is(i, "rumoured"))
        {
            return Is(next, "to") && next + 1 <= last && Pos(next + 1) == "VB" ? CueLexicon.LemmaOf(_words[i]) ?? _words[i].ToLowerInvariant() : null;
        }

        if (Is(i, "seen") || Is(i, "viewed") || Is(i, "regarded") || Is(i, "considered"))
        {
            return Is(next, "as") || Is(i, "considered") && (Pos(next) is "JJ" or "DT" || Is(next, "to")) ? (Is(i, "seen") ? "see" : CueLexicon.LemmaOf(_words[i]) ?? "regard") : null;
        }

        return null;
    }

    /// <summary>
    /// The clause around a hedging cue (subject, cue and what follows) as a quote with no named source. The cue runs
    /// from <paramref name="group"/> (the verb group, whose subject opens the clause) to <paramref name="cueLast"/>;
    /// for an adverb the cue is the adverb alone.
    /// </summary>
    private void TryHedgedClause(int group, int cueFirst, int cueLast, string lemma, int first, int last, QuoteAttribution attribution, bool adverb)
    {
        // "It seems that ...", "it appears as if ...": the clause after the cue.
        if (!adverb && group - 1 >= first && Is(group - 1, "it") && cueLast + 1 <= last && (Is(cueLast + 1, "that") || Is(cueLast + 1, "as") || NewClause(cueLast + 1, last)))
        {
            AddReported(cueLast + 1, ContentEnd(cueLast + 1, last, nounPhrase: false), cueFirst, cueLast, lemma, -1, -1, subject: false, attribution, nested: true);
            return;
        }

        var start = HedgedClauseStart(group - 1, first);
        if (start == -2 && adverb)
        {
            // "Reportedly, he made ...": the adverb opens the sentence.
            start = cueLast + 1;
        }
        else if (start < 0)
        {
            return;
        }

        // The end is sought from the verb group, so that its finite verb ends the clause before a new one after a
        // comma ("X appears set to veto the bill, Y disagrees"); a relative clause ends at its closing comma or dash.
        var end = ContentEnd(group, last, nounPhrase: false);
        if (Pos(start) is "WDT" or "WP")
        {
            for (var j = cueLast + 1; j <= end; j++)
            {
                if (IsPunct(j, ',') || _tokens[j].Kind == TokenKind.Dash || IsPunct(j, '\u2014') || IsPunct(j, '\u2013'))
                {
                    end = j - 1;
                    break;
                }
            }
        }

        if (end <= cueLast)
        {
            return;
        }

        var before = _found.Count;
        AddReported(start, end, cueFirst, cueLast, lemma, -1, -1, subject: false, attribution, nested: true);
        if (_found.Count > before)
        {
            // No one is named as holding the view: less sure than an attribution with a speaker.
            _found[^1].Confidence = 0.4;
        }
    }

    /// <summary>
    /// Where the clause whose verb group ends at <paramref name="b"/> starts: after a clause boundary (a conjunction,
    /// a subordinator, a finite verb, punctuation) with a subject between; a relative pronoun opens it (<c>which is
    /// seen as</c>); an apposition or a relative clause between commas right before the verb belongs to the subject.
    /// -1 when there is no subject; -2 when nothing precedes the cue in the sentence. With <paramref name="throughVerbs"/>
    /// the clause's own verb is passed over (a poll cited after the clause: <c>Trump has a lead in the polls</c>).
    /// </summary>
    private int HedgedClauseStart(int b, int first, bool throughVerbs = false)
    {
        if (b < first || b == first && IsPunct(b, ','))
        {
            return -2;
        }

        var j = b;
        if (IsPunct(j, ',') || _tokens[j].Kind == TokenKind.Dash)
        {
            // "Hizbollah, which has lost ..., seems": skip back to the comma that opens the parenthesis.
            var open = j - 1;
            while (open > first && b - open < MaxAppositionTokens && !IsPunct(open, ',') && !(_tokens[open].Kind == TokenKind.Dash && _tokens[b].Kind == TokenKind.Dash))
            {
                open--;
            }

            if (open <= first || b - open >= MaxAppositionTokens)
            {
                return -1;
            }

            j = open - 1;
        }

        var head = false;
        for (; j >= first; j--)
        {
            if (IsTerminal(j) || IsPunct(j, ',') || IsPunct(j, ';') || IsPunct(j, ':') || IsPunct(j, '(') || IsQuoteMark(j) || _tokens[j].Kind == TokenKind.Dash
                || IsPunct(j, '\u2014') || IsPunct(j, '\u2013'))
            {
                break;
            }

            if (Pos(j) is "WDT" or "WP")
            {
                // The relative pronoun is the subject: "which is seen as ...", "who might be expected to ...".
                return j;
            }

            if (Pos(j) == "IN" && !Is(j, "of") && !Is(j, "in") && !Is(j, "for") && !Is(j, "from") && !Is(j, "at") && !Is(j, "on") && !Is(j, "with") && !Is(j, "to") && !Is(j, "by")
                || Is(j, "but") || Is(j, "so") || !throughVerbs && IsVerb(j) && Pos(j) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                break;
            }

            head |= IsHead(j);
        }

        var start = j + 1;
        while (start <= b && (Pos(start) == "CC" || IsAdverb(start)))
        {
            start++;
        }

        return head && start <= b ? start : -1;
    }

    /// <summary>Adjectives of stance or feeling that report their complement when predicated of someone (<c>is critical of</c>).</summary>
    private static readonly FrozenSet<string> StanceAdjectives = new[]
    {
        "critical", "skeptical", "sceptical", "wary", "supportive", "aware", "concerned", "nervous", "confident", "optimistic",
        "pessimistic", "hopeful", "proud", "afraid", "convinced", "unsure", "doubtful", "angry", "upset", "pleased",
        "disappointed", "frustrated", "furious", "mistrustful", "suspicious", "fond", "dismissive", "enthusiastic",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A stance adjective predicated of the subject, with what it is about: <c>Republicans are critical of the deal</c>,
    /// <c>she is confident that ...</c>, <c>who were nervous about ...</c>.
    /// </summary>
    private void TryStanceAdjective(int i, int first, int last)
    {
        var k = i + 1;
        var clause = Is(k, "that") && k + 1 <= last && !IsVerb(k + 1);
        if (!clause && !(Is(k, "of") || Is(k, "about") || Is(k, "over") || Is(k, "with")))
        {
            return;
        }

        var be = i - 1;
        while (be >= first && IsAdverb(be))
        {
            be--;
        }

        if (be - 1 < first || !(IsBe(be) || Is(be, "’re") || Is(be, "'re") || Is(be, "’m") || Is(be, "'m") || Is(be, "become") || Is(be, "became") || Is(be, "seem") || Is(be, "seems") || Is(be, "seemed") || Is(be, "remain") || Is(be, "remains") || Is(be, "remained")))
        {
            return;
        }

        var b = be - 1;
        while (b >= first && (IsAdverb(b) || IsAuxiliary(b) || Pos(b) == "MD" || IsNegation(b)))
        {
            b--;
        }

        int sf, sl;
        if (b >= first && Pos(b) is "WP" or "WDT" or "PRP")
        {
            sf = sl = b;
        }
        else if (b < first || !TryNounPhraseBackward(b, first, out sf, out sl) || !IsPlausibleSpeaker(sf, sl))
        {
            return;
        }

        var from = clause ? k : k + 1;
        var end = ContentEnd(from, last, nounPhrase: !clause);
        AddReported(from, end, i, clause ? i : k, _words[i].ToLowerInvariant(), sf, sl, subject: false, QuoteAttribution.Belief, nested: true);
    }

    /// <summary>
    /// A sentence that opens with <c>Asked</c>: the question put (<c>Asked whether he would run, ...</c>, <c>Asked
    /// about the tariff, ...</c>, <c>Asked by reporters to explain, ...</c>) is an attribution whose source is the one
    /// who asked (<c>by X</c>) or no one named.
    /// </summary>
    private void TryAskedClause(int i, int first, int last)
    {
        int sf = -1, sl = -1;
        var k = i + 1;
        if (k <= last && Is(k, "by") && TryNounPhraseForward(k + 1, Math.Min(last, k + MaxSpeakerTokens), out sf, out sl))
        {
            k = sl + 1;
        }

        while (k <= last && (_timex[k] || IsAdverb(k)))
        {
            k++;
        }

        if (k + 1 > last)
        {
            return;
        }

        bool nounPhrase;
        if (Is(k, "about") || Is(k, "for"))
        {
            k++;
            nounPhrase = true;
        }
        else if (Is(k, "whether") || Is(k, "if") || Pos(k) is "WP" or "WRB" or "WDT" || Is(k, "to") && Pos(k + 1) == "VB")
        {
            nounPhrase = false;
        }
        else
        {
            return;
        }

        var end = ContentEnd(k, last, nounPhrase);
        for (var j = k + 1; j <= end; j++)
        {
            if (IsPunct(j, ',') && !IsListContinuation(j + 1, last))
            {
                // "Asked whether ..., he said ...": the question ends before the answer's clause.
                end = j - 1;
                break;
            }
        }

        AddReported(k, end, i, i, "ask", sf, sl, subject: false, QuoteAttribution.Speech, minTokens: 1);
    }

    /// <summary>
    /// A poll or survey as the source of a finding: <c>In the latest poll, conducted in May, Clinton led ...</c>
    /// (the sentence after it) or <c>Trump has a decisive lead in the polls</c> (the clause before it).
    /// </summary>
    private void TryPollSource(int i, int first, int last)
    {
        if (!TryNounPhraseForward(i + 1, Math.Min(last, i + MaxSpeakerTokens), out var sf, out var sl))
        {
            return;
        }

        // The head is the poll ("a poll released Sunday" reads as one phrase up to its time word).
        while (sl > sf && !IsPollNoun(sl))
        {
            sl--;
        }

        if (!IsPollNoun(sl))
        {
            return;
        }

        // A participle phrase belongs to the source: "a poll released Sunday", "the poll, conducted in May,".
        var after = sl + 1;
        var opensSentence = i == first || Pos(i - 1) == "CC" && i - 1 == first;
        if (after <= last && (Pos(after) == "VBN" || IsPunct(after, ',') && after + 1 <= last && Pos(after + 1) == "VBN"))
        {
            var j = after;
            while (j + 1 <= last && j - after < MaxSpeakerTokens && !IsTerminal(j + 1) && !IsPunct(j + 1, ',') && !IsPunct(j + 1, ';'))
            {
                j++;
            }

            if (IsPunct(after, ','))
            {
                j = j + 1 <= last && IsPunct(j + 1, ',') ? j : sl;
            }

            sl = j;
        }

        if (opensSentence)
        {
            var from = sl + 1;
            while (from <= last && IsPunct(from, ','))
            {
                from++;
            }

            if (from <= last && HasVerb(from, last))
            {
                AddReported(from, ContentEnd(from, last, nounPhrase: false), i, i, "in", sf, sl, subject: false, QuoteAttribution.Evidence, nested: true);
            }

            return;
        }

        // After the clause, one poll named as such ("in a new Washington Post-ABC News poll"); "in the polls" is
        // mostly a standing, not a finding cited.
        var start = HedgedClauseStart(i - 1, first, throughVerbs: true);
        if (start >= 0 && Pos(sl) == "NN" && sl > sf && HasVerb(start, i - 1))
        {
            AddReported(start, i - 1, i, i, "in", sf, sl, subject: false, QuoteAttribution.Evidence, nested: true);
        }
    }

    private bool IsPollNoun(int i) =>
        Is(i, "poll") || Is(i, "polls") || Is(i, "polling") || Is(i, "survey") || Is(i, "surveys") || Is(i, "study") || Is(i, "studies");
}
