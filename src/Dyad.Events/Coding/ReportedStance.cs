using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Events.Clauses;
using Dyad.Events.Modality;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Coding;

/// <summary>
/// Events that are the act of saying something about another actor, read from what is said rather than from the
/// reporting verb: a speaker who says an actor's doing obstructs, undermines or threatens something criticizes that
/// actor (111: "Gerasimov said the United States' insistence on missile defence is standing in the way of further
/// cuts"); a speaker who says an actor must or needs to step down demands a change of leadership (1041: "He needs to
/// step down from power," Rhodes told reporters).
/// </summary>
/// <remarks>
/// The speaker is the agent of the nearest reporting clause of the same sentence ("said", "told", "warned", ...: the modality classifier's list) that
/// is not itself negated; the target is the subject of the clause said. The modality is the reporting clause's
/// (the saying happened; what is said is the speaker's view).
/// </remarks>
internal static class ReportedStance
{
    // Verbs whose subject, in someone's words, is blamed for getting in the way of something.
    private static readonly FrozenSet<string> Obstructing = FrozenSet.ToFrozenSet(
    [
        "hamper", "hinder", "obstruct", "undermine", "jeopardize", "jeopardise", "endanger", "impede", "sabotage",
        "torpedo", "destabilize", "destabilise", "poison", "derail", "thwart", "wreck",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Leaving = FrozenSet.ToFrozenSet(["step", "resign", "quit", "go", "leave", "stand"], StringComparer.Ordinal);

    /// <summary>Adds the stances said in <paramref name="clauses"/> of <paramref name="text"/> to <paramref name="result"/>.</summary>
    public static void Read(AnnotatedText text, ImmutableArray<Clause> clauses, ImmutableArray<EventMention>.Builder result)
    {
        for (var i = 0; i < clauses.Length; i++)
        {
            var clause = clauses[i];
            if (clause.Subjects.IsEmpty || clause.SubjectIsInherited || clause.Verb.Voice != Voice.Active || clause.Verb.Negated)
            {
                continue;
            }

            var code = Obstructs(text, clause) ? "111" : DemandsDeparture(text, clause) ? "1041" : null;
            if (code is null || Reporter(clauses, i) is not { } reporter || clauses[reporter].Agents.IsEmpty)
            {
                continue;
            }

            var speaker = clauses[reporter].Agents[0];
            var target = Possessor(text, Holder(text, clauses[reporter], clause) ?? clause.Subjects[0]);
            if (speaker.Span.Overlaps(target.Span))
            {
                continue;
            }

            var modality = ModalityClassifier.Classify(text, clauses, reporter);
            var start = Math.Min(Math.Min(speaker.Span.Start, target.Span.Start), clauses[reporter].Verb.Span.Start);
            var end = Math.Max(Math.Max(speaker.Span.End, clause.Verb.Span.End), clauses[reporter].Verb.Span.End);
            result.Add(new EventMention(clause.Sentence, i, code, EventForm.Verb, "stance:" + clause.Verb.Lemma, speaker, target, modality, new TextSpan(start, end)));
        }
    }

    // The first noun phrase said after the reporting verb, when the clause said follows it: in "said the United
    // States' insistence on pursuing a missile defence system is standing in the way" the verb's nearest subject is
    // the system, but the one blamed is the holder of the insistence.
    private static ClausePhrase? Holder(AnnotatedText text, Clause reporter, Clause said)
    {
        var from = reporter.Verb.FirstToken + reporter.Verb.TokenCount;
        foreach (var heard in reporter.Verb.Lemma is "tell" or "inform" or "assure" or "remind" or "warn" or "brief" ? reporter.Objects : [])
        {
            // "told reporters the general must go": the ones told are not the ones spoken of.
            from = Math.Max(from, heard.FirstToken + heard.TokenCount);
        }

        if (from > said.Verb.FirstToken)
        {
            return null;
        }

        foreach (var chunk in text.Chunks)
        {
            if (chunk.FirstToken >= said.Verb.FirstToken)
            {
                break;
            }

            if (chunk.FirstToken >= from && chunk.Type == "NP")
            {
                var head = chunk.FirstToken + chunk.TokenCount - 1;
                return new ClausePhrase(chunk.Span, chunk.FirstToken, chunk.TokenCount, head, text.Text.Substring(chunk.Span.Start, chunk.Span.Length));
            }
        }

        return null;
    }

    // "the United States' insistence on missile defence in Europe" blames the United States: the words before a
    // possessive ending; else the phrase up to its first preposition.
    private static ClausePhrase Possessor(AnnotatedText text, ClausePhrase phrase)
    {
        var end = phrase.FirstToken + phrase.TokenCount;
        for (var t = phrase.FirstToken + 1; t < end; t++)
        {
            var tag = text.PartsOfSpeech[t];
            if (tag is "POS" or "IN")
            {
                var last = t - 1;
                var span = new TextSpan(phrase.Span.Start, text.Tokens[last].Span.End);
                return new ClausePhrase(span, phrase.FirstToken, t - phrase.FirstToken, last, text.Text.Substring(span.Start, span.Length));
            }
        }

        return phrase;
    }

    // "undermines", "is standing in the way of".
    private static bool Obstructs(AnnotatedText text, Clause clause)
    {
        if (Obstructing.Contains(clause.Verb.Lemma))
        {
            return clause.Verb.Modal is null;
        }

        if (clause.Verb.Lemma is "stand" or "get" && clause.Verb.Modal is null)
        {
            foreach (var p in clause.Prepositions)
            {
                if (p.Preposition == "in" && text.Words[p.Complement.HeadToken].Equals("way", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "must step down", "needs to step down from power", "should resign", "has to go".
    private static bool DemandsDeparture(AnnotatedText text, Clause clause)
    {
        var verb = clause.Verb;
        if (!Leaving.Contains(verb.Lemma))
        {
            return false;
        }

        var obliged = verb.Modal is "must" or "should" || verb.Governors is [.., "need" or "have" or "ought"];
        if (!obliged)
        {
            return false;
        }

        return verb.Lemma switch
        {
            "step" or "stand" => verb.Particle is "down" or "aside" || HasPreposition(text, clause, "down"),
            "leave" => clause.Objects.Any(o => text.Words[o.HeadToken].Equals("power", StringComparison.OrdinalIgnoreCase) || text.Words[o.HeadToken].Equals("office", StringComparison.OrdinalIgnoreCase)),
            _ => true,
        };
    }

    private static bool HasPreposition(AnnotatedText text, Clause clause, string word)
    {
        var after = clause.Verb.FirstToken + clause.Verb.TokenCount;
        return after < text.Words.Length && text.Words[after].Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    // The nearest reporting clause of the same sentence, other than the clause itself and the clauses it governs.
    private static int? Reporter(ImmutableArray<Clause> clauses, int index)
    {
        var sentence = clauses[index].Sentence;
        int? best = null;
        for (var c = 0; c < clauses.Length; c++)
        {
            if (c == index || clauses[c].Sentence != sentence || !ModalityClassifier.Reporting.Contains(clauses[c].Verb.Lemma) || clauses[c].Verb.Negated ||
                Governs(clauses, index, c))
            {
                continue;
            }

            if (best is null || Math.Abs(c - index) < Math.Abs(best.Value - index))
            {
                best = c;
            }
        }

        return best;
    }

    // Whether clause <c> hangs, directly or not, on clause <index>.
    private static bool Governs(ImmutableArray<Clause> clauses, int index, int c)
    {
        for (var p = clauses[c].Parent; p >= 0; p = clauses[p].Parent)
        {
            if (p == index)
            {
                return true;
            }
        }

        return false;
    }
}
