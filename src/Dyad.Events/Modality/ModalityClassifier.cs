using System.Collections.Frozen;
using Dyad.Core;
using Dyad.Events.Attributes;
using Dyad.Events.Clauses;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Modality;

/// <summary>
/// Reads the modality of a clause's event (occurred, planned, negated, hypothetical, claimed) from the clause's verb
/// group, the clauses it hangs on, and the time expressions inside it.
/// </summary>
/// <remarks>
/// The rules, in order; the first that applies decides:
/// <list type="number">
/// <item>Negated: a negation in the verb group ("did not reach", "never met"), a negative governing verb ("refused
/// to meet", "failed to agree"), an object opened by "no" ("reached no agreement"), or a clause reported by a denial
/// ("Moscow denied that its jets struck ...").</item>
/// <item>Hypothetical: a clause opened by "if", "unless" or "whether" (or hanging on one), a modal of possibility
/// ("could", "might", "may", "should", "must", "can"), "would" outside reported speech and without a later date, or a
/// governing verb of wish, offer or threat ("hopes to meet", "threatened to strike", "proposed to hold"). A speech act
/// made by saying it politely is no wish: "I would like to thank you" thanks (occurred).</item>
/// <item>Planned: the future ("will meet", "is going to meet", "is to meet"), "would" in reported speech (also after a
/// reporting clause earlier in the sentence whose "that" the chunks lost: "..., the White House said, adding that both
/// leaders would discuss ...") or with a later date (also one fronted before the subject: "Next week, Obama would
/// meet Putin"), a governing verb of arrangement ("agreed to hold", "plans to visit", "is expected to meet"), or a date
/// in the clause later than the publication date ("meets Putin on Monday", when Monday is still to come).</item>
/// <item>Claimed: the clause is the complement of a reporting verb ("said", "told", "announced", ...) or stands in a
/// sentence with "according to X"; the reporting clause's subject is the claimant.</item>
/// <item>Otherwise occurred.</item>
/// </list>
/// The claimant is kept whatever the modality, so a planned meeting announced by the Kremlin says so.
/// The same rules apply to a clause governed through "to" by a separate verb ("tasked the envoys to find ...").
/// </remarks>
public static class ModalityClassifier
{
    /// <summary>Verbs that report speech or belief ("say", "tell", "warn", "believe", ...), base forms.</summary>
    internal static readonly FrozenSet<string> Reporting = FrozenSet.ToFrozenSet(
    [
        "say", "tell", "report", "announce", "state", "claim", "add", "note", "stress", "insist", "confirm", "allege",
        "assert", "declare", "write", "explain", "emphasise", "emphasize", "indicate", "reveal", "acknowledge", "admit",
        "maintain", "argue", "contend", "suggest", "quote", "cite", "deny", "affirm", "reiterate", "underline",
        "underscore", "point", "recall", "remark", "comment", "warn", "estimate", "believe", "think", "fear",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlanGovernors = FrozenSet.ToFrozenSet(
    [
        "agree", "plan", "expect", "intend", "decide", "prepare", "schedule", "set", "arrange", "promise", "pledge",
        "vow", "go", "aim", "resolve", "undertake", "commit", "consent", "book", "instruct", "order", "task", "direct",
        "authorize", "authorise", "mandate", "assign", "charge",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> HypotheticalGovernors = FrozenSet.ToFrozenSet(
    [
        "hope", "want", "wish", "seek", "try", "attempt", "offer", "propose", "suggest", "consider", "threaten",
        "urge", "ask", "call", "invite", "demand", "need", "like", "prefer", "push", "press", "request", "encourage",
        "plead", "appeal", "would", "tell", "advise", "persuade", "allow", "permit", "let", "help",
    ], StringComparer.Ordinal);

    // Verbs whose saying is the act: "I would like to thank you" thanks.
    private static readonly FrozenSet<string> SpeechActs = FrozenSet.ToFrozenSet(
    [
        "thank", "welcome", "congratulate", "express", "invite", "assure", "stress", "emphasise", "emphasize", "note",
        "say", "acknowledge", "apologize", "apologise", "commend", "praise", "salute", "greet", "extend", "convey",
        "reiterate", "underline", "offer", "announce", "inform", "remind", "point",
    ], StringComparer.Ordinal);

    private static readonly string[] ForwardWords = ["next", "tomorrow", "coming", "upcoming", "later this", "later in", "following"];

    private static readonly FrozenSet<string> NegativeGovernors = FrozenSet.ToFrozenSet(
    [
        "refuse", "fail", "decline", "reject", "avoid", "cancel", "postpone", "abandon", "stop", "cease", "halt",
        "forgo", "scrap", "deny",
    ], StringComparer.Ordinal);

    /// <summary>The modality of clause <paramref name="index"/> of <paramref name="clauses"/> (as returned by <see cref="ClauseExtractor.Extract"/> for <paramref name="text"/>).</summary>
    public static ModalityReading Classify(AnnotatedText text, IReadOnlyList<Clause> clauses, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, clauses.Count);

        var (claimant, reportingVerb) = FindReporter(text, clauses, index);
        if (reportingVerb is null && clauses[index].Verb.Modal is "would" or "'d" or "’d" && EarlierReporter(clauses, index) is { } earlier)
        {
            // "..., the White House said on Friday, adding that both leaders would discuss ...": the future of the past.
            (claimant, reportingVerb) = (earlier.Agents.Length > 0 ? earlier.Agents[0] : null, earlier.Verb.Lemma);
        }

        var reported = reportingVerb is not null;
        if (reportingVerb == "deny")
        {
            return new ModalityReading(Modality.Negated, "deny", claimant, reportingVerb);
        }

        for (var c = index; c >= 0; c = Governing(clauses, c))
        {
            var reading = Own(text, clauses[c], reported, FirstInSentence(clauses, c));
            if (reading is { } r)
            {
                return new ModalityReading(r.Modality, r.Cue, claimant, reportingVerb);
            }

            // "tasked the envoys to find", "refused to meet" split over two chunks: the governing verb counts.
            if (IsInfinitive(text, clauses[c]) && clauses[c].Link == ClauseLink.Complement && clauses[c].Parent >= 0 &&
                GovernorModality(clauses[clauses[c].Parent].Verb.Lemma) is { } governed)
            {
                return new ModalityReading(governed, clauses[clauses[c].Parent].Verb.Lemma + " to", claimant, reportingVerb);
            }
        }

        return reported
            ? new ModalityReading(Modality.Claimed, reportingVerb!, claimant, reportingVerb)
            : ModalityReading.Narrated;
    }

    // The clause whose modality this one shares: the verb it is governed by through "to" or a preposition, the
    // clause whose subject it shares, or the conditional it depends on; -1 at a reporting verb or a main clause.
    private static int Governing(IReadOnlyList<Clause> clauses, int index)
    {
        var clause = clauses[index];
        if (clause.Parent < 0)
        {
            return -1;
        }

        var parent = clauses[clause.Parent];
        return clause.Link switch
        {
            ClauseLink.Complement when !Reporting.Contains(parent.Verb.Lemma) || clause.Verb.Tense == VerbTense.Nonfinite => clause.Parent,
            ClauseLink.Coordinate or ClauseLink.Participle => clause.Parent,
            _ => -1,
        };
    }

    // The nearest reporting clause before clause <index> in its sentence that no clause links it to.
    private static Clause? EarlierReporter(IReadOnlyList<Clause> clauses, int index)
    {
        var sentence = clauses[index].Sentence;
        for (var c = index - 1; c >= 0 && clauses[c].Sentence == sentence; c--)
        {
            if (Reporting.Contains(clauses[c].Verb.Lemma) && !clauses[c].Verb.Negated && clauses[c].Verb.Modal is null)
            {
                return clauses[c];
            }
        }

        return null;
    }

    // Whether clause <index> opens its sentence (no clause before it in the sentence), so that words before its
    // subject are its own fronted adverbials.
    private static bool FirstInSentence(IReadOnlyList<Clause> clauses, int index) =>
        clauses[index].Parent < 0 && (index == 0 || clauses[index - 1].Sentence != clauses[index].Sentence);

    private static (Modality Modality, string Cue)? Own(AnnotatedText text, Clause clause, bool reported, bool first)
    {
        var verb = clause.Verb;
        if (verb.Negated)
        {
            return (Modality.Negated, "not");
        }

        foreach (var governor in verb.Governors)
        {
            if (GovernorModality(governor) == Modality.Negated)
            {
                return (Modality.Negated, governor + " to");
            }
        }

        if (clause.Objects.Length > 0 && clause.Objects[0].Text.StartsWith("no ", StringComparison.OrdinalIgnoreCase))
        {
            return (Modality.Negated, "no");
        }

        if (clause.Link == ClauseLink.Subordinate && clause.Subordinator is "if" or "unless" or "whether")
        {
            return (Modality.Hypothetical, clause.Subordinator);
        }

        var later = LaterDate(text, clause, first);
        if (verb.Modal is { } modal)
        {
            if (modal is "would" or "'d" or "’d" && SpeechActs.Contains(verb.Lemma) && verb.Governors is [.., "like" or "love"])
            {
                return (Modality.Occurred, modal + " like to");
            }

            switch (modal)
            {
                case "will" or "shall" or "'ll" or "wo" or "ll":
                    return (Modality.Planned, modal);
                case "would" or "'d" when reported || later is not null:
                    return (Modality.Planned, modal);
                default:
                    return (Modality.Hypothetical, modal);
            }
        }

        if (verb.Tense == VerbTense.Future)
        {
            return (Modality.Planned, verb.Governors.Length > 0 ? verb.Governors[0] + " to" : "to");
        }

        foreach (var governor in verb.Governors)
        {
            if (GovernorModality(governor) is { } governed)
            {
                return (governed, governor + " to");
            }
        }

        if (later is not null)
        {
            return (Modality.Planned, later);
        }

        // A clause governed through "to" by a separate verb takes that verb's modality (the caller walks up).
        return null;
    }

    // What a verb governing an infinitive makes of it: "agree to" plans, "hope to" and "urge to" leave it open,
    // "refuse to" negates; null for other verbs.
    private static Modality? GovernorModality(string lemma) =>
        NegativeGovernors.Contains(lemma) ? Modality.Negated
        : PlanGovernors.Contains(lemma) ? Modality.Planned
        : HypotheticalGovernors.Contains(lemma) ? Modality.Hypothetical
        : null;

    private static bool IsInfinitive(AnnotatedText text, Clause clause) =>
        clause.Verb.Tense == VerbTense.Nonfinite && text.PartsOfSpeech[clause.Verb.FirstToken] == "TO";

    private static (ClausePhrase? Claimant, string? Verb) FindReporter(AnnotatedText text, IReadOnlyList<Clause> clauses, int index)
    {
        for (var c = index; c >= 0 && clauses[c].Parent >= 0;)
        {
            var clause = clauses[c];
            var parent = clauses[clause.Parent];
            // An infinitive ("stressed the importance of cooperation to achieve stability") is never reported speech.
            if (clause.Link == ClauseLink.Complement && !IsInfinitive(text, clause) && Reporting.Contains(parent.Verb.Lemma) && !parent.Verb.Negated)
            {
                var agents = parent.Agents;
                return (agents.Length > 0 ? agents[0] : null, parent.Verb.Lemma);
            }

            if (clause.Link is ClauseLink.Complement or ClauseLink.Coordinate or ClauseLink.Participle)
            {
                c = clause.Parent;
                continue;
            }

            break;
        }

        // "according to X" anywhere in the sentence, before or after the clause.
        var sentence = text.Sentences[clauses[index].Sentence];
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t + 2 < end; t++)
        {
            if (text.Words[t].Equals("according", StringComparison.OrdinalIgnoreCase) && text.Words[t + 1].Equals("to", StringComparison.OrdinalIgnoreCase) &&
                NounPhraseAt(text, t + 2) is { } source)
            {
                return (source, "according to");
            }
        }

        return (null, null);
    }

    private static ClausePhrase? NounPhraseAt(AnnotatedText text, int token)
    {
        foreach (var chunk in text.Chunks)
        {
            if (chunk.FirstToken == token && chunk.Type == "NP")
            {
                var head = chunk.FirstToken + chunk.TokenCount - 1;
                return new ClausePhrase(chunk.Span, chunk.FirstToken, chunk.TokenCount, head, text.Text.Substring(chunk.Span.Start, chunk.Span.Length));
            }

            if (chunk.FirstToken > token)
            {
                break;
            }
        }

        return null;
    }

    // The text of a time expression inside the clause that lies after the publication date, or that points forward
    // by its words when the date is unknown ("next week", "tomorrow", "in the coming days"); else null.
    private static string? LaterDate(AnnotatedText text, Clause clause, bool first)
    {
        if (text.Timexes.IsDefaultOrEmpty)
        {
            return null;
        }

        var start = first ? text.Sentences[clause.Sentence].Span.Start : clause.Extent.Start;
        var end = ExtendOverTrailingWords(text, clause.Sentence, clause.Extent.End);
        DateOnly? anchorDay = text.Anchor is { Precision: DatePrecision.Day } anchor ? new DateOnly(anchor.Year!.Value, anchor.Month!.Value, anchor.Day!.Value) : null;
        foreach (var timex in text.Timexes)
        {
            if (timex.Span.Start < start || timex.Span.End > end)
            {
                continue;
            }

            if (anchorDay is { } day ? TimexDates.Earliest(timex.Value) is { } earliest && earliest > day : PointsForward(timex.Text))
            {
                return timex.Text.ToLowerInvariant();
            }
        }

        return null;
    }

    // A clause's last phrase may be followed by a bare time expression the chunks left out ("would meet Putin in
    // Mexico next week"): take up to six more words of the sentence, stopping at a verb or a clause break.
    private static int ExtendOverTrailingWords(AnnotatedText text, int sentenceIndex, int end)
    {
        var sentence = text.Sentences[sentenceIndex];
        var last = sentence.FirstToken + sentence.TokenCount;
        var lo = TokenSearch.FirstAtOrAfter(text, end, sentence.FirstToken, last);
        for (var t = lo; t < last && t < lo + 6; t++)
        {
            var tag = text.PartsOfSpeech[t];
            if (tag.StartsWith("VB", StringComparison.Ordinal) || tag == "MD" || text.Words[t] is ";" or ":")
            {
                break;
            }

            end = text.Tokens[t].Span.End;
        }

        return end;
    }

    private static bool PointsForward(string timex)
    {
        foreach (var word in ForwardWords)
        {
            if (timex.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
