namespace Dyad.Quotes;

internal sealed partial class QuoteAnalysis
{
    /// <summary>
    /// A noun that reports what its possessor said, thinks or intends, with the complement that says what:
    /// <c>his claim that ...</c>, <c>the DNC’s decision to ...</c>, <c>Pence’s call for ...</c>.
    /// </summary>
    private void TryNounCue(int n, int first, int last)
    {
        if (CueLexicon.FindNoun(_words[n]) is { } cue)
        {
            TryNounCue(n, cue, first, last);
        }
    }

    /// <summary>Noun <paramref name="n"/> as <paramref name="cue"/>: from the table, or a learned candidate.</summary>
    private void TryNounCue(int n, CueVerb cue, int first, int last)
    {
        if (n + 2 > last || !Pos(n).StartsWith("NN", StringComparison.Ordinal))
        {
            return;
        }

        // The possessor: "his", "her", "their" or a noun phrase with 's right before the noun (up to two modifiers may sit
        // between: "his earlier claim that", "Stumpf's repeated emphasis that").
        var p = n - 1;
        while (p >= first && n - p <= 2 && (Pos(p) is "JJ" or "JJR" or "JJS" or "RBR" || Pos(p) == "VBN" && !IsBe(p - 1)))
        {
            p--;
        }

        int sf, sl;
        if (p >= first && Pos(p) == "PRP$")
        {
            sf = sl = p;
        }
        else if (p - 1 >= first && (Is(p, "'s") || Is(p, "’s") || Is(p, "'") || Is(p, "’")) && TryNounPhraseBackward(p - 1, first, out sf, out _))
        {
            sl = p - 1;
        }
        else
        {
            return;
        }

        var k = n + 1;
        var complement = Is(k, "that") && Pos(k) is "IN" or "WDT" && !IsVerb(k + 1)
            || Is(k, "to") && (cue.Use & CueUse.Intention) != 0 && Pos(k + 1) == "VB"
            || Is(k, "for") && string.Equals(cue.Lemma, "call", StringComparison.Ordinal);
        if (!complement || (_role[k] & (Role.InContent | Role.Used | Role.Transcript)) != 0)
        {
            return;
        }

        int end;
        if (Is(k, "that"))
        {
            // The clause ends before a second finite verb with nothing to join it: the verb of the sentence whose
            // subject the noun phrase is ("The mayor's claim that the budget was balanced drew criticism").
            end = ContentEnd(k, last, nounPhrase: false);
            var finite = false;
            for (var j = k + 1; j <= end; j++)
            {
                if (Pos(j) is "CC" or "WDT" or "WP" or "IN" || IsPunct(j, ','))
                {
                    finite = false;
                }
                else if (IsVerb(j) && Pos(j) is "VBD" or "VBZ" or "VBP" or "MD")
                {
                    if (finite && !(IsBe(j - 1) || IsAuxiliary(j - 1) || Pos(j - 1) == "MD"))
                    {
                        end = j - 1;
                        break;
                    }

                    finite = true;
                }
            }
        }
        else
        {
            // An infinitive or a noun phrase ends before the verb of the sentence it is the subject of:
            // "Mr. Trump’s decision to seize on immigration as his signature issue has showed ...".
            end = ContentEnd(k + 1, last, nounPhrase: Is(k, "for"));
            for (var j = k + 2; j <= end; j++)
            {
                if (IsVerb(j) && Pos(j) is "VBD" or "VBZ" or "VBP" or "MD")
                {
                    end = j - 1;
                    break;
                }
            }

            if (Is(k, "for"))
            {
                k++;
            }
        }

        AddReported(k, end, n, n, cue.Lemma, sf, sl, subject: false, AttributionOf(cue.Use));
    }
}
