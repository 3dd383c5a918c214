using Dyad.Language.Tokens;

namespace Dyad.Quotes;

internal sealed partial class QuoteAnalysis
{
    private const int MinContentTokens = 3;

    /// <summary>The longest apposition between a speaker and the cue (<c>X, director of the ... at ..., said</c>).</summary>
    private const int MaxAppositionTokens = 30;

    /// <summary>
    /// Reported speech, sentence by sentence, outside quotes already attributed: a subject, a cue verb and the
    /// reported clause (<c>Rhodes said the reset was ...</c>, <c>X told reporters that ...</c>, <c>X stressed the
    /// importance of ...</c>); a clause followed by its attribution (<c>..., Ushakov said on Friday.</c>,
    /// <c>..., said X.</c>); a parenthetical attribution (<c>The administration, he said, has ...</c>); a participle
    /// continuing an attribution (<c>..., adding that ...</c>); and <c>according to X</c>. A short quoted fragment
    /// inside the reported clause makes the quote mixed.
    /// </summary>
    private void FindReportedSpeech()
    {
        foreach (var sentence in _sentences)
        {
            var first = sentence.FirstToken;
            var last = Math.Min(_count, first + sentence.TokenCount) - 1;
            // Attributions that close a clause first ("..., Ushakov said."), right to left, so the speaker of the
            // whole clause wins over a cue inside it ("Putin states that ..., Ushakov said").
            for (var i = last; i >= first; i--)
            {
                if ((_role[i] & (Role.InQuote | Role.Used | Role.Transcript | Role.InContent)) == 0 && CueAt(i, CueUse.Indirect | CueUse.Attitude) is { } trailing)
                {
                    TryReported(i, i, trailing, first, last, trailingOnly: true);
                }
            }

            for (var i = first; i <= last; i++)
            {
                if ((_role[i] & (Role.InQuote | Role.Used | Role.Transcript | Role.InContent)) != 0)
                {
                    continue;
                }

                if (Is(i, "according") && i + 1 <= last && Is(i + 1, "to"))
                {
                    TryAccordingTo(i, first, last);
                    continue;
                }

                if (Is(i, "as") && i + 3 <= last && (TryAsReportedBy(i, first, last) || TryAsPutIt(i, first, last)))
                {
                    continue;
                }

                if (_hasPos && Pos(i).StartsWith("NN", StringComparison.Ordinal) && !IsVerbAfterSubjectPronoun(i))
                {
                    TryNounCue(i, first, last);
                    continue;
                }

                if (i < last && PhrasalCue(i) is { } phrasal)
                {
                    TryReported(i, i + 1, phrasal, first, last, trailingOnly: false);
                }
                else if (CueAt(i, CueUse.Indirect | CueUse.Question | CueUse.Naming | CueUse.Attitude | CueUse.Infinitive) is { } cue)
                {
                    TryReported(i, i, cue, first, last, trailingOnly: false);
                }
            }
        }
    }

    private void TryAccordingTo(int at, int first, int last)
    {
        if (!TryNounPhraseForward(at + 2, last, out var sf, out var sl) && !TrySourceRun(at + 2, last, out sf, out sl))
        {
            return;
        }

        int from, to;
        var lead = first;
        while (lead < at && (Pos(lead) == "CC" || IsPunct(lead, ',')))
        {
            lead++;
        }

        if (lead == at)
        {
            from = sl + 1;
            while (from <= last && IsPunct(from, ','))
            {
                from++;
            }

            to = last;
        }
        else if (sl + 2 <= last && IsPunct(sl + 1, ',') && !IsTerminal(sl + 2))
        {
            // "Since November, according to the group, forces have killed ...": the sentence around it.
            from = first;
            to = last;
        }
        else
        {
            from = first;
            to = at - 1;
        }

        // "X says his lead is safe, which polls confirm, according to Y": what an earlier attribution in the sentence
        // reported is its own; Y is the source of the rest. When nothing is left ("Most voters say the economy is weak,
        // according to a new poll"), Y is the source of the whole clause, the attribution inside it nested.
        var rest = from;
        for (var j = to; j >= from; j--)
        {
            if ((_role[j] & Role.InContent) != 0)
            {
                rest = j + 1;
                break;
            }
        }

        var nested = rest > from && WordCount(rest, to) < MinContentTokens;
        AddReported(nested ? from : rest, to, at, at + 1, "according to", sf, sl, subject: false, nested: nested);
    }

    /// <summary>
    /// A passive attribution with <c>as</c>: <c>As reported by X, CLAUSE</c> reports the clause after it,
    /// <c>CLAUSE, as first reported by X.</c> the clause before it.
    /// </summary>
    private bool TryAsReportedBy(int at, int first, int last)
    {
        var v = at + 1;
        while (v < last && (IsAdverb(v) || Is(v, "first")))
        {
            v++;
        }

        if (v + 1 > last || Pos(v) != "VBN" || CueAt(v, CueUse.Indirect) is null || !Is(v + 1, "by")
            || !TryNounPhraseForward(v + 2, last, out var sf, out var sl) || !IsPlausibleSpeaker(sf, sl))
        {
            return false;
        }

        var lead = first;
        while (lead < at && (Pos(lead) == "CC" || IsPunct(lead, ',')))
        {
            lead++;
        }

        var lemma = CueLexicon.Find(_words[v])!.Lemma;
        if (lead == at && sl + 2 <= last && IsPunct(sl + 1, ','))
        {
            AddReported(sl + 2, ContentEnd(sl + 2, last, nounPhrase: false), v, v + 1, lemma, sf, sl, subject: false);
            return true;
        }

        if (at - 2 >= first && IsPunct(at - 1, ',') && (sl + 1 > last || IsTerminal(sl + 1) || IsPunct(sl + 1, ',')))
        {
            AddReported(ClauseStart(first, at - 2), at - 2, v, v + 1, lemma, sf, sl, subject: false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>As X put it, CLAUSE</c> (the clause after it at a sentence start) and <c>CLAUSE, as X put it.</c> (the clause
    /// before it): X said the clause, in the writer's paraphrase or quoted.
    /// </summary>
    private bool TryAsPutIt(int at, int first, int last)
    {
        if (!TryNounPhraseForward(at + 1, last, out var sf, out var sl) || sl + 2 > last)
        {
            return false;
        }

        var m = sl + 1;
        if (IsPunct(m, ',') && TryAppositionEnd(m, last) is var close and > 0)
        {
            // "as Steven Rosenthal, a tax lawyer, recently put it".
            sl = close - 1;
            m = close + 1;
        }

        while (m < last && IsAdverb(m))
        {
            m++;
        }

        if (m + 1 > last || !Is(m, "put") || !Is(m + 1, "it"))
        {
            return false;
        }

        var after = m + 2;
        while (after <= last && !IsPunct(after, ',') && !IsTerminal(after) && after - m <= 8)
        {
            // "as she put it in her memoir".
            after++;
        }

        var lead = first;
        while (lead < at && (Pos(lead) == "CC" || IsPunct(lead, ',')))
        {
            lead++;
        }

        if (lead == at && after + 1 <= last && IsPunct(after, ','))
        {
            AddReported(after + 1, ContentEnd(after + 1, last, nounPhrase: false), m, m + 1, "put it", sf, sl, subject: false);
            return true;
        }

        if (at - 2 >= first && IsPunct(at - 1, ',') && (after > last || IsTerminal(after) || IsPunct(after, ',')))
        {
            AddReported(ClauseStart(first, at - 2), at - 2, m, m + 1, "put it", sf, sl, subject: false);
            return true;
        }

        return false;
    }

    /// <summary>The comma that closes a verbless apposition opened by the comma at <paramref name="comma"/>, or -1.</summary>
    private int TryAppositionEnd(int comma, int last)
    {
        for (var j = comma + 1; j <= last && j - comma <= MaxAppositionTokens; j++)
        {
            if (IsPunct(j, ','))
            {
                return j > comma + 1 && !HasVerb(comma + 1, j - 1) ? j : -1;
            }

            if (IsTerminal(j) && !IsAbbreviationPoint(j) || IsQuoteMark(j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The words after <c>according to</c> up to a comma or the sentence end, when they hold no finite verb: a source
    /// the noun-phrase reader does not take whole (<c>exit polls</c> tagged as a verb, <c>the most recent data
    /// available from the FBI</c>, a web address).
    /// </summary>
    private bool TrySourceRun(int from, int last, out int sf, out int sl)
    {
        sf = sl = -1;
        var j = from;
        while (j <= last && j - from < MaxSpeakerTokens + 4 && !IsPunct(j, ',') && !IsPunct(j, ';') && !IsTerminal(j) && !IsQuoteMark(j) && _tokens[j].Kind != TokenKind.Dash)
        {
            if (IsVerb(j) && Pos(j) is "VBD" or "VBZ" or "VBP" or "MD" || (_role[j] & (Role.Used | Role.InQuote | Role.Transcript)) != 0)
            {
                return false;
            }

            j++;
        }

        if (j == from || j - from >= MaxSpeakerTokens + 4)
        {
            return false;
        }

        (sf, sl) = (from, j - 1);
        return true;
    }

    /// <summary>A verb and the particle that makes it report an attitude (<c>called for</c>, <c>pointed to</c>), or null.</summary>
    private CueVerb? PhrasalCue(int i) =>
        _tokens[i].Kind == TokenKind.Word && Pos(i).StartsWith("VB", StringComparison.Ordinal) ? CueLexicon.FindPhrasal(_words[i], _words[i + 1]) : null;

    private static QuoteAttribution AttributionOf(CueUse use) =>
        (use & CueUse.Belief) != 0 ? QuoteAttribution.Belief
        : (use & CueUse.Intention) != 0 ? QuoteAttribution.Intention
        : (use & CueUse.Evidence) != 0 ? QuoteAttribution.Evidence
        : QuoteAttribution.Speech;

    private void TryReported(int c, int cueLast, CueVerb cue, int first, int last, bool trailingOnly)
    {
        var p = Pos(c);
        if (p.Length > 0 && !p.StartsWith("VB", StringComparison.Ordinal))
        {
            if (!IsVerbAfterSubjectPronoun(c))
            {
                return;
            }

            p = _words[c].EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? "VBG" : "VBP";
        }

        var attitude = (cue.Use & CueUse.Attitude) != 0;
        var attribution = AttributionOf(cue.Use);
        var before = c - 1;
        while (before >= first && (IsAdverb(before) || attitude && IsNegation(before)))
        {
            before--;
        }

        // A verb of appearance raises the cue's subject: "Stumpf appeared to blame low-level workers", "seemed to
        // think"; the cue runs from it.
        var cueFirst = c;
        if (before - 1 >= first && Is(before, "to") && IsSeemVerb(before - 1) && !trailingOnly)
        {
            cueFirst = before - 1;
            before = cueFirst - 1;
            while (before >= first && IsAdverb(before))
            {
                before--;
            }
        }

        // A progressive is finite: "Trump is urging Congress to act", "they are calling for"; the cue runs from its
        // auxiliary.
        if (p == "VBG" && before >= first && IsBe(before) && !Is(before, "being") && !trailingOnly)
        {
            cueFirst = before;
            p = "VBP";
            before--;
            while (before >= first && (IsAdverb(before) || IsAuxiliary(before) || Is(before, "been")))
            {
                before--;
            }
        }

        // Passive, infinitive or modal readings report nothing said: "is said to", "declined to say", "would say".
        // A belief or an aim may be modal ("would support", "may want to").
        if (before >= first && (IsBe(before) || Is(before, "to") || Pos(before) == "MD" && !attitude))
        {
            return;
        }

        // A past participle without "have" modifies a noun ("the laws proposed during ..."), and a complement that
        // opens with a preposition or a particle is no attitude's object ("declined from 58 percent", "showed up").
        if (attitude && p == "VBN" && !(before >= first && IsAuxiliary(before)))
        {
            return;
        }

        // "..., said Doug Lute." — the clause before is the content (not after "told": "..., told CBS News" names the listener).
        if (!attitude && !IsListenerOnlyCue(cue) && c - 1 > first && IsPunct(c - 1, ',') && TryNounPhraseForward(c + 1, last, out var isf, out var isl)
            && (isl + 1 > last || IsTerminal(isl + 1) || IsPunct(isl + 1, ',')) && IsPlausibleSpeaker(isf, isl))
        {
            AddReported(ClauseStart(first, c - 2), c - 2, c, c, cue.Lemma, isf, isl, subject: false);
            return;
        }

        if (trailingOnly && p == "VBG")
        {
            return;
        }

        int sf, sl;
        var subject = false;
        var relative = -1;
        int referentFirst = -1, referentLast = -1;
        if (p == "VBG")
        {
            // After a comma, a dash, or a subordinator that opens a participle clause ("..., while also saying",
            // "... – saying", "after saying"): the participle's subject is the sentence's.
            var lead = before >= first && Pos(before) == "IN" && IsParticipleLead(before) ? before - 1 : before;
            if (lead == c - 1 && lead >= first && IsHead(lead) && Pos(lead) != "PRP" && TryNounPhraseBackward(lead, first, out sf, out sl) && IsPlausibleSpeaker(sf, sl)
                && (attitude && (sf == first || !IsPunct(sf - 1, ',')) || sf - 1 >= first && Is(sf - 1, "with")))
            {
                // A reduced relative: "pastors supporting Mr. Cruz", "voters backing the plan"; or the subject of an
                // absolute clause: "with Martin O'Malley calling Trump a fascist".
            }
            else if (lead < first || !(IsPunct(lead, ',') || IsDashLike(lead)
                || lead < before && IsVerbOrNoun(lead) || IsQuoteMark(lead) && lead - 1 >= first && IsPunct(lead - 1, ',')) || !TrySentenceSubject(c, out sf, out sl))
            {
                return;
            }
            else
            {
                subject = true;
            }
        }
        else
        {
            var b = cueFirst - 1;
            for (var skipped = 0; b >= first && skipped < 6 && (IsAdverb(b) || Is(b, "further") || IsAuxiliary(b) || attitude && (IsNegation(b) || Pos(b) == "MD")
                || _timex[b] && b - 1 >= first && (_timex[b - 1] || Pos(b - 1) == "IN" || IsNoun(b - 1)) || Pos(b) == "IN" && b + 1 < c && _timex[b + 1]); skipped++)
            {
                // Adverbs, auxiliaries and a time phrase between the subject and the cue: "Sanders on Tuesday said".
                b--;
            }

            if (b - 2 > first && IsPunct(b, ',') && IsAdverb(b - 1) && IsPunct(b - 2, ','))
            {
                // An adverb between commas: "Others, however, say ...".
                b -= 3;
            }

            if (b >= first && Pos(b) is "WP" or "WDT" && b - 1 >= first)
            {
                // "Josh Earnest, who said ...": the relative pronoun is the speaker mention, its antecedent the referent.
                relative = b;
                b = IsPunct(b - 1, ',') ? b - 2 : b - 1;
            }

            if (b - 2 > first && IsPunct(b, ')') && TryLabelledName(b, first, out var labelledFirst, out var labelledLast))
            {
                // A party and state label between the name and the cue: "Rep. Stephen Lynch (D-Mass.) said". The
                // mention keeps its label; the name before it is what the mention resolves from.
                (sf, sl) = (labelledFirst, b);
                (referentFirst, referentLast) = (labelledFirst, labelledLast);
            }
            else if (b > first && TryDashAppositionSubject(b, first, out var dashedFirst, out var openDash))
            {
                // "Sam Ruiz -- author of a book on the mayor -- said": the mention keeps its apposition.
                (sf, sl) = (dashedFirst, b - 1);
                (referentFirst, referentLast) = (dashedFirst, openDash - 1);
            }
            else if (b >= first && IsPunct(b, ',') && TryAppositiveSubject(b, first, out sf, out sl))
            {
                // "Chris Cox, who runs the NRA's lobbying arm, says ...", "One hopeful, Carly Fiorina, says ...".
                // The mention keeps its apposition; the name before the first comma is what it resolves from
                // ("Lena Berg, 34, a nurse from Uppsala" is Lena Berg, not Uppsala).
                // ("Rep. Tom Reed (D-Ore.), chair of ..." is Tom Reed); a name before the comma is left to AddReported.
                for (var j = sf + 1; j < sl; j++)
                {
                    if (IsPunct(j, ','))
                    {
                        if (IsPunct(j - 1, ')') && TryLabelledName(j - 1, sf, out var namedFirst, out var namedLast))
                        {
                            (referentFirst, referentLast) = (namedFirst, namedLast);
                        }

                        break;
                    }
                }
            }
            else if (b > first && Pos(b) == "CC" && (TryClauseSubject(b, first, out sf, out sl) || TrySentenceSubject(c, out sf, out sl)))
            {
                // "Sullivan put off deciding ... but said the group could come back": the clause's subject speaks; when
                // the first verb's clause was itself reported ("He said X and said Y", "Rubio thanked Miami and said
                // ..."), the sentence's earlier attribution or subject does.
                subject = true;
            }
            else if (b >= first && SpeakerOfLaterCue(b, c, out sf, out sl))
            {
                // "Carson said he saw no need ..., telling Stephanopoulos that “...”": the quote after took the
                // speaker first; the earlier cue shares it.
            }
            else if (b < first || !TryNounPhraseBackward(b, first, out sf, out sl))
            {
                if (relative < 0 || !Is(relative, "who") || attitude)
                {
                    return;
                }

                // "those who said they ...", "the number who said ...": the relative pronoun speaks for an antecedent
                // that is no noun phrase of its own.
                sf = sl = relative;
                relative = -1;
            }
            else if (relative < 0 && sf - 2 >= first && (Is(sf - 1, "in") || Is(sf - 1, "during") || Is(sf - 1, "on")) && !IsPlausibleSpeaker(sf, sl)
                && TryNounPhraseBackward(sf - 2, first, out var pf, out var pl) && pl == sf - 2 && IsPlausibleSpeaker(pf, pl))
            {
                // "Stumpf in a televised interview appeared to blame ...", "Lopez in a statement said": the phrase
                // after the preposition says where it was said; the name before it speaks.
                (sf, sl) = (pf, pl);
            }
        }

        // "who" and "which" are the speaker mention; after "that" the antecedent is ("rules that promise ...").
        if (relative >= 0 && !Is(relative, "that") && sl == relative - 1 - (IsPunct(relative - 1, ',') ? 1 : 0))
        {
            (referentFirst, referentLast) = (sf, sl);
            sf = sl = relative;
        }

        // After the cue: a listener ("told reporters"), time words and short prepositional phrases ("in a statement").
        var k = cueLast + 1;
        if ((cue.Use & CueUse.Listener) != 0 && k <= last && !Is(k, "that") && ThatAfterListener(k, last) is var that and > 0)
        {
            // "told The Post and Courier newspaper of Charleston on Saturday that ...", "told a town hall in Salem, New
            // Hampshire on Monday that ...": a long listener with places and times, up to "that".
            k = that;
        }
        else if ((cue.Use & CueUse.Listener) != 0 && k <= last && !Is(k, "that") && IsPhraseToken(k)
            && TryNounPhraseForward(k, Math.Min(last, k + 5), out _, out var listenerLast))
        {
            k = listenerLast + 1;
        }

        if (cue.Lemma == "say" && IsAnswerWord(k, last) is var answerLast && answerLast >= k)
        {
            // "75 percent said yes", "he said so", "she said the same": a one-word answer is what was said.
            if (trailingOnly)
            {
                return;
            }

            AddReported(k, answerLast, cueFirst, cueLast, cue.Lemma, sf, sl, subject, attribution, referentFirst, referentLast, minTokens: 1);
            return;
        }

        if (k + 3 <= last && IsPunct(k, ',') && Is(k + 1, "as"))
        {
            // "Several experts cautioned, as did the campaign itself, that ...": a comparison between commas before "that".
            for (var j = k + 2; j < last && j - k <= MaxSpeakerTokens; j++)
            {
                if (IsPunct(j, ','))
                {
                    k = Is(j + 1, "that") ? j + 1 : k;
                    break;
                }
            }
        }

        k = SkipAdjuncts(k, last);
        if (attitude && k <= last && (Pos(k) is "RP" or "IN" && !Is(k, "that") && !Is(k, "whether") && !Is(k, "if") || IsMotionParticle(k) || IsReflexive(k)))
        {
            // "The laws proposed during the crisis", "declined from 58 percent", "showed up", "found themselves":
            // a particle, a reflexive or a preposition left after the skipped adjuncts is no complement.
            return;
        }

        if ((cue.Use & CueUse.Infinitive) != 0 && !trailingOnly && InfinitiveStart(k, last) is var infinitive && infinitive >= 0)
        {
            // "urged the senator to apologize", "vowed to fight on", "told reporters not to expect a deal".
            AddReported(infinitive, ContentEnd(infinitive, last, nounPhrase: false), cueFirst, cueLast, cue.Lemma, sf, sl, subject, QuoteAttribution.Speech, referentFirst, referentLast);
            return;
        }

        if (k > last || IsTerminal(k) || IsPunct(k, ';') || (IsPunct(k, ',') && (k + 1 > last || IsTerminal(k + 1) || IsParticipleCue(k + 1) || Pos(k + 1) == "CC"))
            || !attitude && PrepositionalTail(k, last))
        {
            // "..., Ushakov said on Friday." — the clause before the attribution; also "..., as the Post reported."
            var lead = !subject && sf - 1 > first && Is(sf - 1, "as") ? sf - 2 : sf - 1;
            if (!subject && lead > first && (IsPunct(lead, ',') || _tokens[lead].Kind == TokenKind.Dash))
            {
                if (lead < sf - 1)
                {
                    AddReported(ClauseStart(first, lead - 1), lead - 1, cueFirst, cueLast, cue.Lemma, sf, sl, subject: false, attribution);
                    return;
                }

                AddReported(ClauseStart(first, sf - 2), sf - 2, cueFirst, cueLast, cue.Lemma, sf, sl, subject: false, attribution);
            }

            return;
        }

        if (trailingOnly)
        {
            return;
        }

        if (!subject && sf - 1 > first && IsPunct(sf - 1, ',') && IsPunct(k, ','))
        {
            // "The Obama administration, he said, has been able to ..." — the sentence around the attribution.
            AddReported(first, last, cueFirst, cueLast, cue.Lemma, sf, sl, subject: false, attribution);
            return;
        }

        if (!subject && IsPunct(k, ',') && sf - 1 >= first && Is(sf - 1, "as") && !attitude)
        {
            // "As The Washington Post reported, CLAUSE." — the clause after; "CLAUSE, as the Times reported on
            // Tuesday, and ..." — the clause before.
            var opens = sf - 1;
            while (opens > first && (Pos(opens - 1) == "CC" || IsPunct(opens - 1, ',')) && opens - 1 - first < 2)
            {
                opens--;
            }

            if (opens == first && k + 1 <= last)
            {
                AddReported(k + 1, ContentEnd(k + 1, last, nounPhrase: false), cueFirst, cueLast, cue.Lemma, sf, sl, subject: false, attribution);
            }
            else if (sf - 2 > first && IsPunct(sf - 2, ','))
            {
                AddReported(ClauseStart(first, sf - 3), sf - 3, cueFirst, cueLast, cue.Lemma, sf, sl, subject: false, attribution);
            }

            return;
        }

        if ((cue.Use & CueUse.Naming) != 0 && !subject && sf - 1 >= first && (Is(sf - 1, "what") || Is(sf - 1, "which") || Is(sf - 1, "that")) && IsQuoteMark(k)
            && GroupAt(k) is { Quote: null, Closed: true } named)
        {
            // "to form what they called “financial supermarkets”", "a figure which the mayor called “a disgrace”": the
            // quoted name is what they said.
            AddReported(named.Open, named.Last, cueFirst, cueLast, cue.Lemma, sf, sl, subject: false, attribution, minTokens: 1);
            return;
        }

        if (IsPunct(k, ':') && !attitude && (cue.Use & (CueUse.Direct | CueUse.Indirect)) != 0 && k + 1 < _count
            && (k + 1 <= last || _paragraph[k + 1] == _paragraph[k] + 1) && IsWordLike(k + 1) && char.IsUpper(_words[k + 1][0])
            && ColonContentEnd(k + 1) is var colonEnd and >= 0)
        {
            // "The governor added: It is typical of them. ...": unquoted words after a colon, to the paragraph's end, or
            // the paragraph after a colon that ends one (a block quotation).
            AddReported(k + 1, colonEnd, cueFirst, cueLast, cue.Lemma, sf, sl, subject, attribution, referentFirst, referentLast);
            return;
        }

        if (IsPunct(k, ':') || IsPunct(k, ',') || IsPunct(k, ';') || IsQuoteMark(k) && (_role[k] & Role.InQuote) != 0)
        {
            return;
        }

        // The clause after the cue never starts with a conjunction ("she said and quickly hung up").
        if (Pos(k) == "CC")
        {
            return;
        }

        // A verb that only asks reports a question: "asked whether ...", "wondered why ...".
        if ((cue.Use & CueUse.Question) != 0 && (cue.Use & CueUse.Indirect) == 0 && !(Is(k, "if") || Is(k, "whether") || Pos(k) is "WP" or "WRB" or "WDT"))
        {
            return;
        }

        // "about" before a number is an estimate that opens the clause ("said about 20 people have applied"), not a topic.
        if (Is(k, "to") && (cue.Use & CueUse.Intention) == 0 || Is(k, "about") && !(k + 1 <= last && Pos(k + 1) == "CD") || Is(k, "of") || Is(k, "for") || Is(k, "with") || Is(k, "by") || Is(k, "as") || Is(k, "so"))
        {
            return;
        }

        var end = ContentEnd(k, last, nounPhrase: attitude && IsNounPhraseComplement(k, last));
        if (end - k + 1 < (attitude ? 1 : MinContentTokens))
        {
            return;
        }

        if (attitude)
        {
            // A belief, an aim or a finding: its complement of any shape is the content; a verb of perception only
            // as a judgement ("sees Cruz as a uniter", not "saw the crowd").
            if ((cue.Use & CueUse.Naming) != 0 && !IsNamedAs(k, end))
            {
                return;
            }

            // A finding is a clause ("the poll found that ...", "found 28 percent backed him"); "Facebook found the
            // posting", "proved decisive" find and prove things, not claims.
            if (cue.Lemma is "find" or "prove" && !Is(k, "that") && !HasVerb(k, end))
            {
                return;
            }
        }
        else if ((cue.Use & CueUse.Naming) != 0)
        {
            // A naming verb reports quoted words ("called the plan “a disaster”") or a judgement: an object and what it
            // was called ("called the charges unsubstantiated", "called Oz a quack", "described the talks as useful").
            if (!HasQuoteMark(k, Math.Min(end, k + MaxSpeakerTokens)))
            {
                if (!IsNamedAs(k, end))
                {
                    return;
                }

                end = ContentEnd(k, last, nounPhrase: true) is var e && e > end ? end : Math.Max(e, k);
            }
        }
        else if ((cue.Use & CueUse.NounContent) == 0 && !HasVerb(k, end) && !((cue.Lemma == "say" || (cue.Use & CueUse.Indirect) != 0 && IsNoun(k + 1 <= end ? k + 1 : k)) && WordCount(k, end) >= 5 && !Is(k, "it")))
        {
            return;
        }

        if (relative >= 0 && sf == relative && relative - 1 >= first && IsPunct(relative - 1, ','))
        {
            // "Mr. Okafor, who estimated that half his staff were volunteers, said ...": a clause reported inside a
            // relative clause between commas ends where the main clause's verb resumes.
            end = RelativeClauseEnd(k, end);
        }

        AddReported(k, end, cueFirst, cueLast, cue.Lemma, sf, sl, subject, attribution, referentFirst, referentLast);
    }

    /// <summary>The last token before a comma and the finite verb after it (adverbs between) in <paramref name="k"/>..<paramref name="end"/>, or <paramref name="end"/>.</summary>
    private int RelativeClauseEnd(int k, int end)
    {
        for (var j = k + 1; j < end; j++)
        {
            if (!IsPunct(j, ','))
            {
                continue;
            }

            var v = j + 1;
            while (v < end && IsAdverb(v))
            {
                v++;
            }

            if (IsVerb(v) && Pos(v) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return j - 1;
            }
        }

        return end;
    }

    /// <summary>Whether token <paramref name="i"/> is the cue of an attribution whose speaker is a relative pronoun (<c>who estimated</c>).</summary>
    private bool IsRelativeCue(int i)
    {
        if (!_bySentence.TryGetValue(_sentence[i], out var attributions))
        {
            return false;
        }

        foreach (var f in attributions)
        {
            if (f.CueFirst <= i && i <= f.CueLast && f.SpeakerFirst == f.SpeakerLast && Pos(f.SpeakerFirst) is "WP" or "WDT")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a reported clause that starts at <paramref name="k"/> ends: the sentence end, or before what the speaker
    /// did not report: a participle or a contrast after a comma (<c>..., adding that</c>, <c>, but ...</c>), a second
    /// attribution, a semicolon, a non-restrictive <c>, which</c>, a verb coordinated with the cue's own (<c>praised
    /// the plan and has since left</c>), or a new clause after a comma (<c>..., Mr. Obama is also determined</c>).
    /// A noun-phrase complement (<c>supported Democrats during his time</c>) also ends before a comma or a time adjunct.
    /// </summary>
    private int ContentEnd(int k, int last, bool nounPhrase)
    {
        var finite = false;
        var opensSubordinate = IsSubordinator(Is(k, "that") && k + 1 <= last ? k + 1 : k);
        for (var j = k; j < last; j++)
        {
            if (IsPunct(j, ',') && (IsParticipleCue(j + 1) || IsContrast(j + 1) || SecondAttribution(j + 1, last)))
            {
                return j - 1;
            }

            if (j > k && (_tokens[j].Kind == TokenKind.Dash || Is(j, "and") || IsPunct(j, '\u2014')) && SecondAttribution(j + 1, last))
            {
                // "... would be more intense — and he noted that ...", "... and Democrats accused the GOP of ...".
                return j - 1;
            }

            if (IsPunct(j, ',') && j + 2 <= last && IsQuoteMark(j + 1) && (IsParticipleCue(j + 2) || IsContrast(j + 2)))
            {
                // The comma inside a closing mark: `and “there’s nothing wrong with that,” asserting ...`.
                return j + 1;
            }

            if ((Is(j, "and") || Is(j, "but")) && j > k && CueAt(j + 1, CueUse.Direct | CueUse.Indirect | CueUse.Naming) is { } second && (second.Use & CueUse.Attitude) == 0 && Pos(j + 1) is "VBD" or "VBZ" or "VBP")
            {
                // "he did say X and called Y": a second reporting verb of the same subject.
                return j - 1;
            }

            if (IsPunct(j, ';') && j > k)
            {
                return j - 1;
            }

            if (IsPunct(j, ',') && j > k && j + 2 <= last && Is(j + 1, "according") && Is(j + 2, "to"))
            {
                // "..., according to the Associated Press": a source of the writer's own.
                return j - 1;
            }

            if (finite && IsPunct(j, ',') && j + 3 <= last && Is(j + 1, "and") && (Is(j + 2, "he") || Is(j + 2, "she") || Is(j + 2, "they"))
                && Pos(j + 3) == "VBD" && !IsAuxiliary(j + 3))
            {
                // "Rubio said the real extremist is Clinton, and he railed against ...": a past-tense clause of a
                // pronoun subject after ", and" narrates what the speaker did next.
                return j - 1;
            }

            if (IsPunct(j, ',') && j > k && IsAfterthought(j + 1, last))
            {
                // "..., compared with 64 percent who ...", "..., and accusing him of ...", "..., a swipe at his rival":
                // a comparison, a coordinated participle or a closing apposition is the writer's, not the speaker's.
                return j - 1;
            }

            if (IsPunct(j, ',') && j > k && finite && (Is(j + 1, "which") || Is(j + 1, "who") || IsParticipleAfter(j + 1, last)))
            {
                // "acknowledged the reality of climate change, which makes him ...", "..., sending him to ...".
                return j - 1;
            }

            if (nounPhrase && j > k && (IsPunct(j, ',') && !IsListContinuation(j + 1, last) || _tokens[j].Kind == TokenKind.Dash || Is(j, "during") || Pos(j) == "IN" && j + 1 <= last && _timex[j + 1]
                || Pos(j) == "CC" && CoordinatedVerb(j + 1, last)
                || IsVerb(j) && Pos(j) is "VBD" or "VBZ" or "VBP" && ObjectEndsBefore(k, j)))
            {
                return j - 1;
            }

            if (IsPunct(j, ',') && j > k && finite && !opensSubordinate && NewClause(j + 1, last))
            {
                // "While his advisers have suggested X, Mr. Obama is also determined ...": the main clause is not reported.
                return j - 1;
            }

            if (IsVerb(j) && Pos(j) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                finite = true;
            }
        }

        return last;
    }

    /// <summary>
    /// The <c>that</c> after a listener of up to <see cref="MaxSpeakerTokens"/> words with no verb, quotation mark or
    /// sentence end before it (names, places, times, commas); -1 when there is none.
    /// </summary>
    private int ThatAfterListener(int k, int last)
    {
        if (!IsPhraseToken(k))
        {
            return -1;
        }

        for (var j = k + 1; j <= last && j - k <= MaxSpeakerTokens + 2; j++)
        {
            if (Is(j, "that"))
            {
                return j;
            }

            if (IsVerb(j) || IsQuoteMark(j) || IsTerminal(j) || IsPunct(j, ':') || IsPunct(j, ';'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The speaker ending at <paramref name="b"/> that an attribution with a cue after <paramref name="c"/> in the same sentence already took.</summary>
    private bool SpeakerOfLaterCue(int b, int c, out int sf, out int sl)
    {
        sf = sl = -1;
        if ((_role[b] & Role.Used) == 0 || !_bySentence.TryGetValue(_sentence[c], out var attributions))
        {
            return false;
        }

        foreach (var other in attributions)
        {
            if (other.SpeakerLast == b && other.CueFirst > c)
            {
                (sf, sl) = (other.SpeakerFirst, other.SpeakerLast);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether only prepositional phrases with no verb and no quotation mark follow <paramref name="k"/> up to the
    /// sentence end: where or how it was said, not what (<c>..., she said in a video message to the convention.</c>).
    /// </summary>
    private bool PrepositionalTail(int k, int last)
    {
        var opensWithParticiple = k + 1 <= last && (Is(k, "after") || Is(k, "before") || Is(k, "while")) && Pos(k + 1) == "VBG";
        if (k > last || Pos(k) != "IN" || Is(k, "that") || Is(k, "if") || Is(k, "whether") || IsSubordinator(k) && !opensWithParticiple || last - k > 2 * MaxSpeakerTokens)
        {
            return false;
        }

        for (var j = k + 1; j <= last; j++)
        {
            if (j > k + 1 && IsSubordinator(j) || IsPunct(j, ',') && j + 1 <= last && IsSubordinator(j + 1))
            {
                // "... he said aboard his plane as he crossed Nevada": when it was said, not what.
                return true;
            }

            if (IsVerb(j) && Pos(j) is not ("VBN" or "VBG") || IsQuoteMark(j) || IsPunct(j, ',') || IsPunct(j, ':') || Pos(j) is "WDT" or "WP" or "WRB")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What follows a comma at the end of a reported clause that the writer adds: <c>compared with</c>, <c>and</c> with a
    /// participle, or an indefinite apposition with no verb up to the sentence end.
    /// </summary>
    private bool IsAfterthought(int i, int last)
    {
        if (i + 1 > last)
        {
            return false;
        }

        if (Is(i, "compared") && (Is(i + 1, "with") || Is(i + 1, "to")) || Is(i, "and") && Pos(i + 1) == "VBG" && !IsPrepositionalParticiple(i + 1))
        {
            return true;
        }

        if (!(Is(i, "a") || Is(i, "an")))
        {
            return false;
        }

        for (var j = i + 1; j <= last; j++)
        {
            if (IsVerb(j) && Pos(j) is "VBD" or "VBZ" or "VBP" or "MD" || IsQuoteMark(j) || Is(j, "that") || Pos(j) is "WDT" or "WP")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the words after a comma go on with a list of noun phrases that ends in <c>and</c> or <c>or</c>
    /// (<c>my judgment, my honesty and my record</c>; <c>voters in Texas, Virginia and Georgia</c>).
    /// </summary>
    private bool IsListContinuation(int i, int last)
    {
        for (var items = 0; items < 6 && i <= last; items++)
        {
            var start = i;
            while (i <= last && i - start < 8 && IsPhraseToken(i) && !Is(i, "and"))
            {
                i++;
            }

            if (i == start || i > last)
            {
                return false;
            }

            if (Is(i, "and") || Is(i, "or"))
            {
                return true;
            }

            if (!IsPunct(i, ','))
            {
                return false;
            }

            i++;
        }

        return false;
    }

    /// <summary>
    /// Whether a noun-phrase object that starts at <paramref name="k"/> ends before the finite verb at
    /// <paramref name="verb"/>: the verb follows a common noun (<c>backing the plan gathered</c>) or a name that is
    /// the whole object (<c>who support Mrs. Clinton turned out</c>), so it is the sentence's own verb. A name after
    /// a noun keeps its verb (<c>the policies Obama pursued</c>).
    /// </summary>
    private bool ObjectEndsBefore(int k, int verb)
    {
        var previous = Pos(verb - 1);
        return previous is "NN" or "NNS" || _entity[verb - 1] >= 0 && _entity[verb - 1] == _entity[k];
    }

    /// <summary>A complement that is a noun phrase: no <c>that</c>, infinitive, question word or finite verb before its first comma.</summary>
    private bool IsNounPhraseComplement(int k, int last)
    {
        if (Is(k, "that") || Is(k, "to") || Is(k, "whether") || Is(k, "if") || Pos(k) is "WP" or "WRB" or "WDT")
        {
            return false;
        }

        for (var j = k; j <= last && !IsPunct(j, ',') && !(Pos(j) == "CC" && CoordinatedVerb(j + 1, last)); j++)
        {
            if (IsVerb(j) && Pos(j) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A verb (after adverbs or an auxiliary) that continues the subject's own clause: "... and has since left", "but also had to".</summary>
    private bool CoordinatedVerb(int i, int last)
    {
        while (i <= last && IsAdverb(i))
        {
            i++;
        }

        return i <= last && IsVerb(i) && Pos(i) is "VBD" or "VBZ" or "VBP" or "MD";
    }

    /// <summary>A participle clause after a comma (<c>, sending him</c>, <c>, implicitly putting</c>).</summary>
    private bool IsParticipleAfter(int i, int last)
    {
        while (i <= last && IsAdverb(i))
        {
            i++;
        }

        // Not a participle that works as a preposition ("including", "following") or a state of mind that gives a
        // reason inside what was reported ("..., understanding that they saw some differences").
        return i <= last && Pos(i) == "VBG" && _entity[i] < 0 && !IsPrepositionalParticiple(i)
            && !(CueLexicon.Find(_words[i]) is { } cue && (cue.Use & CueUse.Belief) != 0 && (cue.Use & CueUse.MentalState) != 0);
    }

    /// <summary>
    /// Where the infinitive a directive or a commitment reports starts: at <c>to</c> (<c>vowed to fight</c>, after a
    /// skipped listener: <c>told reporters to wait</c>), or at the addressee before it (<c>urged the senator to
    /// apologize</c>); -1 when no infinitive follows.
    /// </summary>
    private int InfinitiveStart(int k, int last)
    {
        if (IsInfinitive(k, last))
        {
            return k;
        }

        if (k > last || !IsPhraseToken(k) || !TryNounPhraseForward(k, Math.Min(last, k + 8), out _, out var objectLast))
        {
            return -1;
        }

        return IsInfinitive(objectLast + 1, last) ? k : -1;
    }

    private bool IsInfinitive(int k, int last)
    {
        if (k <= last && IsNegation(k))
        {
            k++;
        }

        return k + 1 <= last && Is(k, "to") && Pos(k + 1) == "VB";
    }

    /// <summary>A verb of appearance: <c>seem</c>, <c>appear</c> in any form.</summary>
    private bool IsSeemVerb(int i) =>
        Pos(i).StartsWith("VB", StringComparison.Ordinal) && (Is(i, "seem") || Is(i, "seems") || Is(i, "seemed") || Is(i, "appear") || Is(i, "appears") || Is(i, "appeared"));

    /// <summary>
    /// The last token of an answer that ends its clause after <c>say</c> (<c>yes</c>, <c>no</c>, <c>so</c>, <c>nothing</c>,
    /// <c>the same</c>), or -1.
    /// </summary>
    private int IsAnswerWord(int k, int last)
    {
        if (k > last)
        {
            return -1;
        }

        var end = k;
        if (Is(k, "the") && k + 1 <= last && Is(k + 1, "same"))
        {
            end = k + 1;
        }
        else if (!(Is(k, "yes") || Is(k, "no") || Is(k, "so") || Is(k, "nothing") || Is(k, "otherwise")))
        {
            return -1;
        }

        return end + 1 > last || IsTerminal(end + 1) || IsPunct(end + 1, ',') || IsPunct(end + 1, ';') ? end : -1;
    }

    /// <summary>A subordinator that may open a participle clause whose subject is the sentence's: "while saying", "after saying".</summary>
    private bool IsParticipleLead(int i) => Is(i, "while") || Is(i, "after") || Is(i, "before") || Is(i, "when") || Is(i, "by") || Is(i, "without");

    private bool IsVerbOrNoun(int i) => IsNoun(i) || IsVerb(i) || Pos(i) is "RB" or "RP" or "JJ";

    private bool IsPrepositionalParticiple(int i) =>
        Is(i, "including") || Is(i, "following") || Is(i, "according") || Is(i, "regarding") || Is(i, "concerning")
        || Is(i, "excluding") || Is(i, "considering") || Is(i, "involving") || Is(i, "beginning") || Is(i, "starting") || Is(i, "ending");

    /// <summary>A clause of its own: a noun phrase followed by a finite verb.</summary>
    private bool NewClause(int i, int last)
    {
        if (!TryNounPhraseForward(i, last, out _, out var sl))
        {
            return false;
        }

        var m = sl + 1;
        while (m <= last && (IsAdverb(m) || IsAuxiliary(m)))
        {
            m++;
        }

        return m <= last && IsVerb(m) && Pos(m) is "VBD" or "VBZ" or "VBP" or "MD";
    }

    private bool IsSubordinator(int i) =>
        Is(i, "if") || Is(i, "when") || Is(i, "while") || Is(i, "as") || Is(i, "because") || Is(i, "although") || Is(i, "though")
        || Is(i, "after") || Is(i, "before") || Is(i, "since") || Is(i, "unless") || Is(i, "once") || Is(i, "until");

    private bool IsMotionParticle(int i) =>
        Is(i, "from") || Is(i, "up") || Is(i, "out") || Is(i, "off") || Is(i, "down") || Is(i, "into") || Is(i, "than") || Is(i, "by");

    private bool IsReflexive(int i) => _words[i].EndsWith("self", StringComparison.OrdinalIgnoreCase) || _words[i].EndsWith("selves", StringComparison.OrdinalIgnoreCase);

    /// <summary>An object followed by what it was called: a noun phrase, then an adjective, a second noun phrase or <c>as</c>.</summary>
    private bool IsNamedAs(int k, int end)
    {
        // The object's head noun, then a second determiner, an adjective or "as" ("the report a disgrace").
        for (var j = k; j < end && j - k < MaxSpeakerTokens; j++)
        {
            if (!IsPhraseToken(j))
            {
                return false;
            }

            var next = j + 1;
            if (IsNoun(j) && (Is(next, "as") || Pos(next) is "JJ" or "JJR" or "JJS" || Pos(next) == "DT" && !Is(next, "that")
                || Pos(next) == "RB" && next + 1 <= end && Pos(next + 1).StartsWith("JJ", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNegation(int i) => Is(i, "not") || Is(i, "n't") || Is(i, "n’t") || Is(i, "never");

    private int SkipAdjuncts(int k, int last)
    {
        for (var round = 0; round < 4 && k <= last; round++)
        {
            var start = k;
            while (k <= last && (_timex[k] || IsAdverb(k) && !Is(k, "not")))
            {
                k++;
            }

            if (k <= last && k > start && _tokens[k].Kind == TokenKind.Clitic)
            {
                // "Friday's phone conversation": the time word owns a noun phrase; keep it.
                k = start;
                break;
            }

            var listenerTo = k <= last && Is(k, "to") && Pos(k) == "TO";
            if (k <= last && (Pos(k) == "IN" || listenerTo) && !Is(k, "that") && !Is(k, "if") && !Is(k, "whether") && !Is(k, "because"))
            {
                // A short prepositional phrase is skipped only when something clause-like follows it.
                var j = k + 1;
                while (j <= last && j - k <= 6 && IsPhraseToken(j))
                {
                    j++;
                }

                if (k + 1 <= last && _timex[k + 1])
                {
                    // "on Friday", "in April": the time phrase alone.
                    k++;
                    while (k <= last && _timex[k])
                    {
                        k++;
                    }
                }
                else if (j > k + 1 && (j <= last && Is(j, "that") || !listenerTo && (j > last || IsPunct(j, ',') || IsPunct(j, ':') || IsTerminal(j) || _timex[j])))
                {
                    k = j;
                }
            }

            if (k == start)
            {
                break;
            }
        }

        return k;
    }

    /// <summary>Where a clause that opens a sentence starts, after a dateline (<c>MOSCOW, May 24 (Agency) -</c>).</summary>
    private int ClauseStart(int first, int last)
    {
        for (var i = first + 1; i <= last && i - first <= 12; i++)
        {
            if ((_tokens[i].Kind == TokenKind.Dash || IsPunct(i, '\u2015') || IsPunct(i, '\u2014') || IsPunct(i, '\u2013')) && (IsPunct(i - 1, ')') || IsAllCaps(first)))
            {
                return i + 1;
            }

            if (IsVerb(i))
            {
                break;
            }
        }

        return first;
    }

    private bool IsAllCaps(int i)
    {
        var letters = 0;
        foreach (var ch in _words[i])
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>"and more than 4 in 10 said ...": a clause after a comma with its own subject and reporting verb.</summary>
    private bool SecondAttribution(int i, int last)
    {
        if (i <= last && Is(i, "and"))
        {
            i++;
        }

        for (var j = i + 1; j <= last && j - i <= MaxSpeakerTokens; j++)
        {
            if (IsVerb(j))
            {
                // "... and Ms. Lopez is promising to ...", "... and the mayor has said ...": the cue after its auxiliary.
                var v = j;
                if ((IsBe(j) || IsAuxiliary(j)) && Pos(j) is "VBZ" or "VBP" or "VBD")
                {
                    v = j + 1;
                    while (v < last && IsAdverb(v))
                    {
                        v++;
                    }

                    if (!(Pos(v) is "VBG" && IsBe(j) || Pos(v) is "VBN" && IsAuxiliary(j)))
                    {
                        v = j;
                    }
                }

                return Pos(j) is "VBD" or "VBZ" or "VBP" && CueAt(v, CueUse.Indirect) is not null
                    && TryNounPhraseBackward(j - 1, i, out var sf, out _) && sf == i;
            }
        }

        return false;
    }

    /// <summary>The subject of the clause that a coordinated reporting verb joins: the first noun phrase followed by a verb after the last comma.</summary>
    private bool TryClauseSubject(int conjunction, int first, out int sf, out int sl)
    {
        sf = sl = -1;
        var start = first;
        for (var j = conjunction - 1; j > first; j--)
        {
            if (IsPunct(j, ',') || IsPunct(j, ';') || IsQuoteMark(j) || (_role[j] & Role.InContent) != 0)
            {
                start = j + 1;
                break;
            }
        }

        while (start < conjunction && (Pos(start) is "CC" or "IN" or "WRB" || IsAdverb(start)))
        {
            start++;
        }

        if (!TryNounPhraseForward(start, conjunction - 1, out sf, out sl))
        {
            return false;
        }

        var m = sl + 1;
        while (m < conjunction && (IsAdverb(m) || IsAuxiliary(m) || Pos(m) == "MD"))
        {
            m++;
        }

        return m < conjunction && IsVerb(m) && Pos(m) is "VBD" or "VBZ" or "VBP" or "VBN";
    }

    /// <summary>A word that opens a contrasting clause the speaker did not report: "..., but Cook did not say when".</summary>
    private bool IsContrast(int i) =>
        i < _count && (Is(i, "but") || Is(i, "however") || Is(i, "while") || Is(i, "although") || Is(i, "though") || Is(i, "whereas") || Is(i, "yet"));

    /// <summary>
    /// A subject set off by commas before its cue: "NP, who ..., says" (the speaker is the noun phrase) or
    /// "NP, NP, says" (an apposition: both together).
    /// </summary>
    private bool TryAppositiveSubject(int comma, int first, out int sf, out int sl)
    {
        sf = sl = -1;
        var reported = false;
        for (var j = comma - 1; j > first && comma - j <= MaxAppositionTokens; j--)
        {
            if (IsTerminal(j) && !IsAbbreviationPoint(j) || IsQuoteMark(j) || (_role[j] & Role.Used) != 0 && Pos(j) is not ("WP" or "WDT" or "WP$") && !IsRelativeCue(j))
            {
                return false;
            }

            // A relative clause may hold an attribution of its own ("Sanders, who on Tuesday endorsed Clinton, said").
            reported |= (_role[j] & Role.InContent) != 0;
            if (!IsPunct(j, ','))
            {
                continue;
            }

            if ((Pos(j + 1) is "WP" or "WDT" or "WP$" || Pos(j + 1) is "VBG" or "VBN" || Pos(j + 1) == "IN" && !HasVerb(j + 1, comma - 1)) && TryNameBefore(j - 1, first, out sf, out sl)
                && (Pos(j + 1) is "WP" or "WDT" or "WP$" || IsPlausibleSpeaker(sf, sl)))
            {
                // A relative or a participle clause, or a prepositional phrase, between the subject and the cue:
                // "Cruz, leading in Iowa, questioned", "The judge, in her dissent, said", "X, including Y, said".
                return true;
            }

            if (!TryNameBefore(j - 1, first, out sf, out sl))
            {
                return false;
            }

            if (reported)
            {
                // Only a relative clause holds an attribution of its own: "Sam Ruiz, a lawyer who said he would run, said".
                if (TryNounPhraseForward(j + 1, comma - 1, out _, out var last) && OpensRelativeClause(last + 1, comma - 1) && (IsPlausibleSpeaker(sf, sl) || IsPlausibleSpeaker(j + 1, last)))
                {
                    sl = comma - 1;
                    return true;
                }

                return false;
            }

            // A chain of appositions: "Marley Anderson, 21, a junior from Las Vegas, said"; the name before an age.
            if (Pos(sf) == "CD" && sf == sl && sf - 1 > first && IsPunct(sf - 1, ',') && !HasVerb(j + 1, comma - 1)
                && TryNounPhraseBackward(sf - 2, first, out var nf, out var nl) && IsPlausibleSpeaker(nf, nl))
            {
                sf = nf;
                sl = comma - 1;
                return true;
            }

            // An apposition: the commas enclose a noun phrase only, or a noun phrase with prepositional phrases and
            // no verb ("Richard Revesz, director of the Institute for Policy Integrity at New York University’s law school, said"),
            // or a noun phrase and its relative clause ("Lena Berg, a nurse who treated the wounded, said").
            if (TryNounPhraseForward(j + 1, comma - 1, out _, out var appositionLast) && (appositionLast == comma - 1
                || IsPlausibleSpeaker(sf, sl) && !HasVerb(appositionLast + 1, comma - 1) && !HasPronoun(appositionLast + 1, comma - 1)
                || OpensRelativeClause(appositionLast + 1, comma - 1) && (IsPlausibleSpeaker(sf, sl) || IsPlausibleSpeaker(j + 1, appositionLast))))
            {
                sl = comma - 1;
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>A speaker phrase that ends at <paramref name="last"/>, or a name with its party label in brackets (<c>Rep. Tom Reed (D-Ore.)</c>).</summary>
    private bool TryNameBefore(int last, int first, out int sf, out int sl)
    {
        if (TryNounPhraseBackward(last, first, out sf, out sl))
        {
            return true;
        }

        if (IsPunct(last, ')') && TryLabelledName(last, first, out sf, out _))
        {
            sl = last;
            return true;
        }

        return false;
    }

    /// <summary>A full stop that closes an abbreviation inside a sentence, right before a comma (<c>R-Ky.,</c>).</summary>
    private bool IsAbbreviationPoint(int i) => IsPunct(i, '.') && i + 1 < _count && IsPunct(i + 1, ',');

    /// <summary>The paragraph's last token when the words from <paramref name="from"/> to it are few and hold no quotation mark or attribution, else -1.</summary>
    private int ColonContentEnd(int from)
    {
        var end = ParagraphEnd(from);
        if (end - from > 80)
        {
            return -1;
        }

        for (var j = from; j <= end; j++)
        {
            if (IsQuoteMark(j) || (_role[j] & (Role.Used | Role.InContent | Role.Transcript)) != 0)
            {
                return -1;
            }
        }

        return end;
    }

    /// <summary>A verb whose noun phrase right after it is always its listener, never an inverted speaker (<c>told CBS News</c>).</summary>
    private static bool IsListenerOnlyCue(CueVerb cue) => cue.Lemma is "tell" or "inform" or "assure" or "remind";

    /// <summary>Whether a relative clause opens at <paramref name="i"/> and has a verb before <paramref name="last"/>: <c>who attended the dinner</c>, <c>that oversees the program</c>.</summary>
    private bool OpensRelativeClause(int i, int last) =>
        i < last && (Pos(i) is "WP" or "WDT" || Is(i, "that")) && !Is(i, "what") && HasVerb(i + 1, last);

    /// <summary>
    /// A name and the party label in brackets after it (<c>Rep. Anna Holt (D-Ore.)</c>), the label closing at
    /// <paramref name="close"/>: the name's first and last tokens.
    /// </summary>
    private bool TryLabelledName(int close, int floor, out int nameFirst, out int nameLast)
    {
        nameFirst = nameLast = -1;
        if (close - 2 <= floor || !IsPunct(close, ')'))
        {
            return false;
        }

        for (var j = close - 1; j > floor && close - j <= 8; j--)
        {
            if (IsPunct(j, '('))
            {
                nameLast = j - 1;
                return TryNounPhraseBackward(nameLast, floor, out nameFirst, out _) && IsPlausibleSpeaker(nameFirst, nameLast);
            }

            if (IsTerminal(j) && j < close - 1 || IsPunct(j, ')'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A speaker before a dash-enclosed apposition that ends at the dash <paramref name="dash"/> (<c>Sam Ruiz -- author of
    /// a book on the mayor -- said</c>): the name's first token, and the first dash.
    /// </summary>
    private bool TryDashAppositionSubject(int dash, int first, out int nameFirst, out int openDash)
    {
        nameFirst = openDash = -1;
        if (!IsDashLike(dash))
        {
            return false;
        }

        for (var j = dash - 2; j > first && dash - j <= MaxAppositionTokens; j--)
        {
            if (IsTerminal(j) || IsQuoteMark(j) || (_role[j] & (Role.Used | Role.InContent)) != 0)
            {
                return false;
            }

            if (IsDashLike(j))
            {
                openDash = j;
                return !HasVerb(j + 1, dash - 1) && TryNounPhraseBackward(j - 1, first, out nameFirst, out var nameLast) && nameLast == j - 1 && IsPlausibleSpeaker(nameFirst, nameLast);
            }
        }

        return false;
    }

    private bool IsDashLike(int i) => _tokens[i].Kind == TokenKind.Dash || IsPunct(i, '\u2013') || IsPunct(i, '\u2014');

    private bool IsParticipleCue(int i) => i < _count && Pos(i) == "VBG" && CueAt(i, CueUse.Indirect) is not null;

    private bool IsBe(int i) => Is(i, "is") || Is(i, "was") || Is(i, "were") || Is(i, "are") || Is(i, "be") || Is(i, "been") || Is(i, "being")
        || (Is(i, "’s") || Is(i, "'s")) && Pos(i) == "VBZ" && i + 1 < _count && Pos(i + 1) is "VBN" or "VBG";

    /// <summary>
    /// A cue the tagger read as a noun (or an adjective) that its neighbours show to be a verb (<paramref name="b"/> is
    /// the token before it, adverbs skipped): its -s form after a name, a singular noun or <c>he</c>/<c>she</c>/<c>it</c>
    /// (<c>The Budget Office estimates that ...</c>, <c>Mr. Pike notes that ...</c>), or its plain form after a plural
    /// noun (<c>experts note that ...</c>), before a clause that opens with <c>that</c> or a pronoun, a colon or a
    /// quotation mark; its -ing form after a form of <c>be</c> (<c>Ms. Lopez is warning that ...</c>); or its past tense
    /// after a noun and before a comma or a colon and a quotation mark (<c>the mother of three replied, “...”</c>).
    /// </summary>
    private bool IsCueVerbReadAsNoun(int i, int b)
    {
        if (b < 0 || !_hasPos || _tokens[i].Kind != TokenKind.Word || _entity[i] >= 0 || !(Pos(i).StartsWith("NN", StringComparison.Ordinal) || Pos(i) == "JJ")
            || CueLexicon.Find(_words[i]) is null)
        {
            return false;
        }

        var word = _words[i];
        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return Is(b, "is") || Is(b, "are") || Is(b, "was") || Is(b, "were") || Is(b, "am") || (Is(b, "’s") || Is(b, "'s")) && Pos(b) == "VBZ";
        }

        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            // "the 34-year-old mother of three replied, “...”": a past tense before a quote or a clause.
            var m = i + 1;
            return (IsNoun(b) || Pos(b) == "CD") && m + 1 < _count && _sentence[m] == _sentence[i]
                && (IsPunct(m, ',') || IsPunct(m, ':')) && IsQuoteMark(m + 1);
        }

        var subject = word.EndsWith('s')
            ? Pos(b) is "NNP" or "NN" || Is(b, "he") || Is(b, "she") || Is(b, "it")
            : Pos(b) is "NNS" or "NNPS" && _entity[b] < 0 || IsQuantifierHead(b);
        var n = i + 1;
        return subject && n < _count && _sentence[n] == _sentence[i]
            && (Is(n, "that") && n + 1 < _count && !IsVerb(n + 1) || Pos(n) is "PRP" or "PRP$" && !Is(n, "it") || IsQuoteMark(n) || IsPunct(n, ':') || Pos(n) == "NNP" && NameThenVerb(n)
                || IsPunct(n, ',') && n + 1 < _count && IsQuoteMark(n + 1));
    }

    /// <summary>Whether a name that starts at <paramref name="n"/> is followed by a finite verb within a few tokens: the subject of a clause (<c>claims Gülen runs ...</c>).</summary>
    private bool NameThenVerb(int n)
    {
        for (var j = n + 1; j < _count && j - n <= 4 && _sentence[j] == _sentence[n]; j++)
        {
            if (Pos(j) != "NNP")
            {
                return IsVerb(j) && Pos(j) is "VBD" or "VBZ" or "VBP" or "MD";
            }
        }

        return false;
    }

    private bool HasPronoun(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (Pos(i) == "PRP" || Pos(i) is "WP" or "WDT")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a finite verb (or a modal, or an infinitive) lies in the range: the mark of a reported clause.</summary>
    private bool HasVerb(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (IsVerb(i) && (Pos(i) is "VBD" or "VBZ" or "VBP" or "MD" || Pos(i) == "VB" && i > first && Is(i - 1, "to")))
            {
                return true;
            }

            // A past tense the tagger read as a participle: "the campaign violated/VBN federal law".
            if (Pos(i) == "VBN" && i > first && _entity[i] < 0 && IsNoun(i - 1) && Pos(i - 1) != "PRP" && i + 1 <= last && (Pos(i + 1) is "DT" or "JJ" or "PRP" or "PRP$" or "CD" || IsNoun(i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasQuoteMark(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (IsQuoteMark(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the phrase can be someone who speaks: a name (of a person, an organisation or a country, whose government speaks), a pronoun, a person's role or a group of people.</summary>
    private bool IsPlausibleSpeaker(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (_entity[i] >= 0 && _entities[_entity[i]].Type is "PER" or "ORG" or "LOC" || Pos(i) == "PRP"
                || PersonRoles.Contains(_words[i]) || SpeakingGroups.Contains(_words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds reported speech whose content is tokens <paramref name="from"/>..<paramref name="to"/> (trimmed); a
    /// <paramref name="nested"/> attribution may lie inside an earlier one's content.
    /// </summary>
    private void AddReported(int from, int to, int cueFirst, int cueLast, string lemma, int sf, int sl, bool subject, QuoteAttribution attribution = QuoteAttribution.Speech, int referentFirst = -1, int referentLast = -1, bool nested = false, int minTokens = 0)
    {
        minTokens = minTokens > 0 ? minTokens : attribution == QuoteAttribution.Speech ? MinContentTokens : 1;
        // Trim edge punctuation; keep a final period only when a quotation mark closes after it.
        while (from <= to && (IsPunct(from, ',') || IsPunct(from, ':') || _tokens[from].Kind == TokenKind.Dash))
        {
            from++;
        }

        while (to >= from && (IsPunct(to, ',') || IsPunct(to, ':') || IsPunct(to, ';') || _tokens[to].Kind == TokenKind.Dash || IsTerminal(to)))
        {
            to--;
        }

        if (to - from + 1 < minTokens || WordCount(from, to) < Math.Min(2, minTokens))
        {
            return;
        }

        // A long attributed quote is its own quote: stop the reported clause before it.
        var kind = QuoteKind.Indirect;
        for (var i = from; i <= to; i++)
        {
            if ((_role[i] & Role.Transcript) != 0 || (_role[i] & Role.InContent) != 0 && !nested)
            {
                return;
            }

            if ((_role[i] & Role.InQuote) != 0 && GroupAt(i) is { Quote: not null })
            {
                if (i <= from + 1)
                {
                    return;
                }

                to = i - 1;
                while (to >= from && (IsPunct(to, ',') || IsPunct(to, ':') || IsTerminal(to)))
                {
                    to--;
                }

                break;
            }

            if (IsQuoteMark(i))
            {
                kind = QuoteKind.Mixed;
            }
        }

        if (to - from + 1 < minTokens || _learnedCue && SpeakerInContent(sf, sl))
        {
            return;
        }

        if (_probe is { } probe)
        {
            // A learned candidate being tried: remember what would be added, change nothing.
            (probe.Hit, probe.From, probe.To, probe.SpeakerFirst, probe.SpeakerLast, probe.Subject, probe.Lemma, probe.Attribution) = (true, from, to, sf, sl, subject, lemma, attribution);
            return;
        }

        // A quote that opens inside the clause and closes after it belongs to it whole.
        if (kind == QuoteKind.Mixed && GroupAt(to) is null && to + 1 < _count && IsQuoteMark(to + 1))
        {
            to++;
        }
        else if (to + 2 < _count && IsTerminal(to + 1) && IsQuoteMark(to + 2) && GroupAt(to + 2) is { Quote: null } closing && closing.Last == to + 2 && closing.Open >= from)
        {
            to += 2;
        }

        for (var g = FirstGroupFrom(from); g < _groups.Count && _groups[g].Open <= to; g++)
        {
            var group = _groups[g];
            if (group.Quote is null)
            {
                group.Consumed = true;
                kind = QuoteKind.Mixed;
                to = Math.Max(to, group.Last);
            }
        }

        if (referentFirst < 0 && sf >= 0)
        {
            // A mention with an apposition resolves from the name before it ("Lena Berg, the party's leader").
            for (var j = sf + 1; j < sl; j++)
            {
                if (IsPunct(j, ','))
                {
                    if (_entity[j - 1] >= 0 && _entities[_entity[j - 1]].Type is "PER" or "ORG" or "LOC")
                    {
                        (referentFirst, referentLast) = (sf, j - 1);
                    }

                    break;
                }
            }
        }

        var found = new Found
        {
            Kind = kind,
            ContentStart = _tokens[from].Span.Start,
            ContentEnd = _tokens[to].Span.End,
            CueFirst = cueFirst,
            CueLast = cueLast,
            CueLemma = lemma,
            SpeakerFirst = sf,
            SpeakerLast = sl,
            SpeakerIsSubject = subject,
            ReferentFirst = referentFirst,
            ReferentLast = referentLast,
            Confidence = attribution == QuoteAttribution.Speech ? 0.7 : 0.6,
            Attribution = attribution,
        };
        AddFound(found);
        if (!subject)
        {
            MarkUsed(found);
        }

        for (var i = from; i <= to; i++)
        {
            _role[i] |= Role.InContent;
        }
    }

    /// <summary>The index of the first group opening at or after token <paramref name="i"/> (binary search).</summary>
    private int FirstGroupFrom(int i)
    {
        int lo = 0, hi = _groups.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_groups[mid].Open < i)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private QuoteGroup? GroupAt(int i)
    {
        // Groups are few and sorted; a binary search keeps this logarithmic.
        int lo = 0, hi = _groups.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var g = _groups[mid];
            if (i < g.Open)
            {
                hi = mid - 1;
            }
            else if (i > g.Last)
            {
                lo = mid + 1;
            }
            else
            {
                return g;
            }
        }

        return null;
    }
}
