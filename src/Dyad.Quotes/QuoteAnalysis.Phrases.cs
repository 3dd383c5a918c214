using Dyad.Language.Tokens;

namespace Dyad.Quotes;

internal sealed partial class QuoteAnalysis
{
    /// <summary>
    /// Whether token <paramref name="i"/> can sit inside a speaker noun phrase: determiners, adjectives, nouns,
    /// pronouns, possessives, numbers, entity words, and <c>of</c>/<c>for</c>/<c>and</c> between nouns
    /// (<c>Chief of the General Staff</c>, <c>Obama and Putin</c>).
    /// </summary>
    private bool IsPhraseToken(int i)
    {
        var kind = _tokens[i].Kind;
        if (kind is TokenKind.Terminal or TokenKind.Quote or TokenKind.Url or TokenKind.Email or TokenKind.Symbol)
        {
            return false;
        }

        if ((_role[i] & (Role.Used | Role.InQuote | Role.Transcript)) != 0)
        {
            return false;
        }

        if (_entity[i] >= 0)
        {
            return true;
        }

        if (!_hasPos)
        {
            // Without tags, any word that is no reporting verb may be part of the phrase.
            return kind is TokenKind.Word or TokenKind.Abbreviation && CueLexicon.Find(_words[i]) is null;
        }

        if (kind == TokenKind.Clitic)
        {
            // The possessive 's (often tagged VBZ after a name: "Russia’s Chief of the General Staff").
            return (Is(i, "'s") || Is(i, "’s") || Is(i, "'") || Is(i, "’")) && i + 1 < _count && (IsNoun(i + 1) || Pos(i + 1).StartsWith("JJ", StringComparison.Ordinal));
        }

        var p = Pos(i);
        switch (p)
        {
            case "DT" or "PDT" or "PRP$" or "POS" or "CD" or "HYPH":
                return !Is(i, "that") && !Is(i, "this") || i + 1 < _count && IsNoun(i + 1);
            case "PRP":
                return true;
            case "IN":
                return (Is(i, "of") || Is(i, "for")) && i + 1 < _count && !IsVerb(i + 1);
            case "CC":
                return Is(i, "and") && i + 1 < _count && IsNoun(i + 1);
            case "VBN" or "VBG":
                return i + 1 < _count && IsNoun(i + 1) && CueLexicon.Find(_words[i]) is null;
        }

        if (p.StartsWith("NN", StringComparison.Ordinal) || p.StartsWith("JJ", StringComparison.Ordinal))
        {
            return true;
        }

        return kind == TokenKind.Abbreviation;
    }

    /// <summary>A speaker phrase starting at <paramref name="first"/>, not past <paramref name="end"/>, ending on a noun.</summary>
    private bool TryNounPhraseForward(int first, int end, out int phraseFirst, out int phraseLast)
    {
        phraseFirst = phraseLast = -1;
        if (first >= _count || first > end)
        {
            return false;
        }

        var j = first;
        while (j <= end && j - first < MaxSpeakerTokens && IsPhraseToken(j) && (j == first || Pos(j) != "PRP"))
        {
            // A pronoun is a phrase of its own: "told The Associated Press he ..." ends the listener before "he".
            j++;
            if (Pos(j - 1) == "PRP")
            {
                break;
            }
        }

        var last = j - 1;
        while (last >= first && !IsHead(last))
        {
            last--;
        }

        if (last < first || !StartsPhrase(first))
        {
            return false;
        }

        phraseFirst = first;
        phraseLast = last;
        return true;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a lowercase word of a time expression outside any named entity: the phrase
    /// before a name stops there ("The morning Mr. Obama unveiled" is Mr. Obama; "The Sunday Courier" and "the 2016
    /// campaign" stay whole).
    /// </summary>
    private bool IsTimeWord(int i) => _timex[i] && _entity[i] < 0 && char.IsLower(_words[i][0]);

    /// <summary>A speaker phrase ending at <paramref name="last"/>, not before <paramref name="floor"/>.</summary>
    private bool TryNounPhraseBackward(int last, int floor, out int phraseFirst, out int phraseLast)
    {
        phraseFirst = phraseLast = -1;
        if (last < 0 || last < floor)
        {
            return false;
        }

        // "19 percent of college students polled": a poll's participle closes the phrase after its head.
        var head = last - 1 >= floor && IsPollParticiple(last) && Pos(last - 1) is "NNS" or "NN" ? last - 1 : last;
        if (!IsHead(head) || !IsPhraseToken(head) || _timex[head] && _entity[head] < 0)
        {
            // A time expression says when, not who ("announced this month").
            return false;
        }

        var j = head;
        while (j - 1 >= floor && last - (j - 1) < MaxSpeakerTokens && (_role[j - 1] & Role.InContent) == 0 && !IsTimeWord(j - 1) && (IsPhraseToken(j - 1) || IsPlaceLink(j - 1, floor)))
        {
            j--;
        }

        // A relative clause's subject is the phrase before it: "Earnest, who said ...". Left to the caller.
        while (j < last && !StartsPhrase(j))
        {
            j++;
        }

        if (!StartsPhrase(j))
        {
            return false;
        }

        phraseFirst = j;
        phraseLast = last;
        return true;
    }

    /// <summary>The noun phrase that opens the sentence of <paramref name="i"/> and is followed by a verb (its subject).</summary>
    private bool TrySentenceSubject(int i, out int phraseFirst, out int phraseLast)
    {
        phraseFirst = phraseLast = -1;
        var start = SentenceStart(i);

        // An earlier attribution in the same sentence names the speaker ("..., the White House said, adding that ...").
        if (_bySentence.TryGetValue(_sentence[i], out var attributions))
        {
            for (var f = attributions.Count - 1; f >= 0; f--)
            {
                var other = attributions[f];
                if (other.CueFirst < i)
                {
                    phraseFirst = other.SpeakerFirst;
                    phraseLast = other.SpeakerLast;
                    return true;
                }
            }
        }

        var k = start;
        while (k < i && (Pos(k) == "CC" || IsPunct(k, ',')))
        {
            k++;
        }

        if (TryNounPhraseForward(k, i - 1, out phraseFirst, out phraseLast))
        {
            var m = phraseLast + 1;
            while (m < i && (IsAdverb(m) || IsPunct(m, ',')))
            {
                m++;
            }

            if (m < i && IsVerb(m))
            {
                return true;
            }
        }

        return TryMainClauseSubject(start, i, out phraseFirst, out phraseLast);
    }

    /// <summary>
    /// The subject of the nearest finite verb before <paramref name="i"/> in its sentence, when the sentence opens
    /// with something else ("However, he held his fire on Carson, calling him ...", "Speaking in Salem, Trump went
    /// after Bush, calling him ...").
    /// </summary>
    private bool TryMainClauseSubject(int start, int i, out int phraseFirst, out int phraseLast)
    {
        phraseFirst = phraseLast = -1;
        for (var v = i - 1; v > start; v--)
        {
            if ((_role[v] & (Role.InQuote | Role.Used | Role.InContent)) != 0 || !(IsVerb(v) && Pos(v) is "VBD" or "VBZ" or "VBP"))
            {
                continue;
            }

            var b = v - 1;
            while (b > start && (IsAdverb(b) || IsAuxiliary(b)))
            {
                b--;
            }

            // "Marine Le Pen, the party's leader, voiced support ..., saying ...": a subject with its apposition.
            return (IsPunct(b, ',') && TryAppositiveSubject(b, start, out phraseFirst, out phraseLast)
                || TryNounPhraseBackward(b, start, out phraseFirst, out phraseLast)) && IsPlausibleSpeaker(phraseFirst, phraseLast);
        }

        return false;
    }

    /// <summary>A preposition inside a speaker phrase read backwards: "officials in both countries", "aides at the White House".</summary>
    private bool IsPlaceLink(int i, int floor) =>
        (Is(i, "in") || Is(i, "at") || Is(i, "from")) && i - 1 >= floor && Pos(i - 1) is "NNS" or "NN" or "CD" && _entity[i - 1] < 0 && IsPhraseToken(i - 1);

    private bool IsPollParticiple(int i) =>
        Is(i, "polled") || Is(i, "surveyed") || Is(i, "interviewed") || Is(i, "questioned") || Is(i, "sampled");

    /// <summary>A quantifier that stands for people on its own: <c>few believe</c>, <c>most say</c>, <c>many fear</c>, <c>another says</c>.</summary>
    private bool IsQuantifierHead(int i) =>
        Is(i, "few") || Is(i, "most") || Is(i, "many") || Is(i, "some") || Is(i, "others") || Is(i, "several") || Is(i, "both")
        || Is(i, "all") || Is(i, "half") || Is(i, "none") || Is(i, "another") || Is(i, "each");

    private bool IsHead(int i)
    {
        if (_entity[i] >= 0 && _tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation || IsQuantifierHead(i))
        {
            return true;
        }

        var p = Pos(i);
        if (!_hasPos)
        {
            return _tokens[i].Kind == TokenKind.Word && CueLexicon.Find(_words[i]) is null;
        }

        return (p.StartsWith("NN", StringComparison.Ordinal) || p == "PRP" || p == "CD") && _tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number;
    }

    private bool StartsPhrase(int i) =>
        !(Is(i, "of") || Is(i, "for") || Is(i, "and") || _tokens[i].Kind == TokenKind.Clitic || Pos(i) == "POS");
}
