using System.Collections.Immutable;
using Dyad.Core;

namespace Dyad.Events.Clauses;

/// <summary>
/// One clause of a sentence read from its chunks: who (subjects) did what (the verb group) to whom (objects), with
/// which prepositional phrases, and how it hangs on the rest of the sentence.
/// </summary>
/// <param name="Sentence">Index of the sentence in the annotated text.</param>
/// <param name="Verb">The verb group.</param>
/// <param name="Subjects">The grammatical subjects, several for "X and Y"; for a relative, participle or coordinate clause, the noun phrase it takes its subject from; empty when none is found.</param>
/// <param name="SubjectIsInherited">Whether <paramref name="Subjects"/> come from another clause rather than standing before this verb.</param>
/// <param name="Objects">Direct objects after the verb, several for "X and Y".</param>
/// <param name="Prepositions">Prepositional phrases after the verb (and after its objects), in text order.</param>
/// <param name="Link">How the clause hangs on its sentence.</param>
/// <param name="Subordinator">The word that opens a subordinate or complement clause ("if", "when", "that"), lower case, or null.</param>
/// <param name="Parent">For a complement, relative, subordinate, participle or coordinate clause, the index (in the same result) of the clause it hangs on; else -1.</param>
public sealed record Clause(
    int Sentence,
    VerbGroup Verb,
    ImmutableArray<ClausePhrase> Subjects,
    bool SubjectIsInherited,
    ImmutableArray<ClausePhrase> Objects,
    ImmutableArray<PrepositionalPhrase> Prepositions,
    ClauseLink Link,
    string? Subordinator,
    int Parent)
{
    /// <summary>
    /// The logical agent: the subjects of an active clause, or the object of "by" in a passive one (empty when a
    /// passive names no agent).
    /// </summary>
    public ImmutableArray<ClausePhrase> Agents => Verb.Voice == Voice.Active ? Subjects : ByPhrase();

    /// <summary>
    /// The characters the clause spans: from its first subject (unless the subject is inherited from another clause)
    /// or its verb, to the end of its verb, last object or last prepositional phrase.
    /// </summary>
    public TextSpan Extent
    {
        get
        {
            var start = Verb.Span.Start;
            var end = Verb.Span.End;
            if (!SubjectIsInherited)
            {
                foreach (var s in Subjects)
                {
                    start = Math.Min(start, s.Span.Start);
                }
            }

            foreach (var o in Objects)
            {
                end = Math.Max(end, o.Span.End);
            }

            foreach (var p in Prepositions)
            {
                end = Math.Max(end, p.Complement.Span.End);
            }

            return new TextSpan(start, end);
        }
    }

    /// <summary>The logical patient: the objects of an active clause, or the subjects of a passive one.</summary>
    public ImmutableArray<ClausePhrase> Patients => Verb.Voice == Voice.Active ? Objects : Subjects;

    private ImmutableArray<ClausePhrase> ByPhrase()
    {
        foreach (var p in Prepositions)
        {
            if (p.Preposition == "by")
            {
                return [p.Complement];
            }
        }

        return [];
    }
}
