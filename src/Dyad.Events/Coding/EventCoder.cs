using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Events.Clauses;
using Dyad.Events.Modality;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Coding;

/// <summary>
/// Codes events from the clauses of an annotated text with an <see cref="EventPatternSet"/> (for each clause whose
/// verb matches a pattern, one event per source (agent) with the pattern's target and the clause's modality) and from
/// its noun phrases with a <see cref="NominalPatternSet"/> (see <see cref="NominalReader"/>), in text order.
/// </summary>
/// <remarks>
/// Sources are the clause's agents (the subjects of an active clause, the "by" phrase of a passive one); "X and Y"
/// gives an event for each, except when the pattern takes its target from the pair ("X and Y met": X → Y). A
/// consultation (codes 040-046) held "by telephone" or "by phone" is coded 041. A clause that names neither side
/// ("the plan was discussed") gives no event. When no pattern knows the main verb but one knows the verb that governs
/// it ("agreed to set up a centre", "threatened to cut off electricity"), the governing verb is coded.
/// </remarks>
public sealed class EventCoder(EventPatternSet patterns, NominalPatternSet? nominals = null)
{
    /// <summary>A coder with Dyad's own verb and noun patterns.</summary>
    public static EventCoder Default { get; } = new(EventPatternSet.Default, NominalPatternSet.Default);

    /// <summary>The verb patterns in use.</summary>
    public EventPatternSet Patterns { get; } = patterns ?? throw new ArgumentNullException(nameof(patterns));

    /// <summary>The noun patterns in use, or null to read events from verbs only.</summary>
    public NominalPatternSet? Nominals { get; } = nominals;

    /// <summary>Reads clauses from <paramref name="text"/> and codes them.</summary>
    public ImmutableArray<EventMention> Code(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Code(text, ClauseExtractor.Extract(text));
    }

    /// <summary>Codes the given <paramref name="clauses"/> of <paramref name="text"/>.</summary>
    public ImmutableArray<EventMention> Code(AnnotatedText text, ImmutableArray<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = ImmutableArray.CreateBuilder<EventMention>();
        for (var i = 0; i < clauses.Length; i++)
        {
            var clause = clauses[i];
            if (IsCompoundNounHead(text, clause))
            {
                // "the initial phone calls that ...": "calls" tagged as a verb is the head of the noun "phone calls".
                continue;
            }

            var coded = clauses;
            if (Patterns.Match(clause, text.Words) is not { } pattern)
            {
                // "agreed to set up a research centre", "threatened to cut off electricity": no pattern for the
                // governed verb, so the governing verb is the event (the agreement, the threat), read as a clause of its own.
                if (Governed(clause) is not { } governing || Patterns.Match(governing, text.Words) is not { } fallback)
                {
                    continue;
                }

                pattern = fallback;
                clause = governing;
                coded = clauses.SetItem(i, governing);
            }

            var modality = ModalityClassifier.Classify(text, coded, i);
            var agents = clause.Agents;
            var (target, fromPair) = Target(clause, pattern, agents);
            var code = IsByTelephone(clause, text.Words) && pattern.Code.StartsWith("04", StringComparison.Ordinal) ? "041" : pattern.Code;
            var sources = fromPair ? 1 : Math.Max(agents.Length, 1);
            if (agents.IsEmpty && (target is null || clause.Link == ClauseLink.Complement && clause.Verb.Tense == VerbTense.Nonfinite && !clause.SubjectIsInherited))
            {
                // Neither side named, or an infinitive whose doer no one names ("an invitation to come to Russia").
                // Neither side named ("the plan was discussed"): nothing to code.
                continue;
            }

            for (var s = 0; s < sources; s++)
            {
                var source = agents.Length > s ? agents[s] : null;
                result.Add(new EventMention(clause.Sentence, i, code, EventForm.Verb, pattern.Location, source, target, modality, Evidence(clause, source, target)));
            }
        }

        ReportedStance.Read(text, clauses, result);
        if (Nominals is not null)
        {
            new NominalReader(text, clauses, Nominals).Read(result.ToImmutable(), result);
            result.Sort(static (a, b) => a.Evidence.Start != b.Evidence.Start ? a.Evidence.Start.CompareTo(b.Evidence.Start) : a.Evidence.End.CompareTo(b.Evidence.End));
        }

        return result.ToImmutable();
    }

    // Verbs that govern an infinitive as tense, aspect or stance, never as an event of their own.
    private static readonly string[] AuxiliaryGovernors =
        ["go", "have", "be", "use", "seem", "appear", "tend", "ought", "get", "continue", "begin", "start", "n't", "not", "able", "need", "want", "like", "love"];

    // Whether the clause's one-word verb ("calls", "talks", "strikes") follows a noun it makes a compound noun of
    // the noun patterns with ("phone calls", "peace talks", "air strikes"): a tagging slip, not a verb.
    private bool IsCompoundNounHead(AnnotatedText text, Clause clause)
    {
        var verb = clause.Verb;
        if (Nominals is null || verb.TokenCount != 1 || verb.FirstToken == 0 || text.PartsOfSpeech[verb.FirstToken] is not ("VBZ" or "VBP") ||
            !text.PartsOfSpeech[verb.FirstToken - 1].StartsWith("NN", StringComparison.Ordinal))
        {
            return false;
        }

        var head = NounForms.Singular(text.Words[verb.FirstToken]);
        var before = NounForms.Singular(text.Words[verb.FirstToken - 1]);
        if (Nominals.Match(head, new HashSet<string>(StringComparer.Ordinal) { before, head }) is not { } pattern)
        {
            return false;
        }

        foreach (var alternative in pattern.Nouns)
        {
            if (alternative.Length == 2 && alternative[0] == before && alternative[1] == head)
            {
                return true;
            }
        }

        return false;
    }

    // The clause with its innermost governing verb as the verb ("agreed to set up" → "agree"), or null.
    private static Clause? Governed(Clause clause)
    {
        if (clause.Verb.Governors.IsEmpty)
        {
            return null;
        }

        var governors = clause.Verb.Governors;
        if (Array.IndexOf(AuxiliaryGovernors, governors[^1]) >= 0)
        {
            // "were not going to have a relationship": "go to" marks the future, it is no journey.
            return null;
        }

        return clause with { Verb = clause.Verb with { Lemma = governors[^1], Governors = governors.RemoveAt(governors.Length - 1), Particle = null } };
    }

    private static (ClausePhrase? Target, bool FromPair) Target(Clause clause, EventPattern pattern, ImmutableArray<ClausePhrase> agents)
    {
        foreach (var from in pattern.Targets)
        {
            switch (from)
            {
                case "obj":
                    if (clause.Patients.Length > 0)
                    {
                        return (clause.Patients[0], false);
                    }

                    break;
                case "pair":
                    if (agents.Length >= 2)
                    {
                        return (agents[1], true);
                    }

                    break;
                default:
                    foreach (var p in clause.Prepositions)
                    {
                        if (p.Preposition == from && !(clause.Verb.Voice == Voice.Passive && from == "by"))
                        {
                            return (p.Complement, false);
                        }
                    }

                    break;
            }
        }

        return (null, false);
    }

    private static bool IsByTelephone(Clause clause, IReadOnlyList<string> words)
    {
        foreach (var p in clause.Prepositions)
        {
            if (p.Preposition is "by" or "over" && words[p.Complement.HeadToken] is var head &&
                (head.Equals("telephone", StringComparison.OrdinalIgnoreCase) || head.Equals("phone", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan Evidence(Clause clause, ClausePhrase? source, ClausePhrase? target)
    {
        var start = clause.Verb.Span.Start;
        var end = clause.Verb.Span.End;
        foreach (var o in clause.Objects)
        {
            // "agreed to hold a bilateral meeting": the object belongs to the event, so its noun is not read again.
            end = Math.Max(end, o.Span.End);
        }

        if (source is not null)
        {
            start = Math.Min(start, source.Span.Start);
            end = Math.Max(end, source.Span.End);
        }

        if (target is not null)
        {
            start = Math.Min(start, target.Span.Start);
            end = Math.Max(end, target.Span.End);
        }

        return new TextSpan(start, end);
    }
}
