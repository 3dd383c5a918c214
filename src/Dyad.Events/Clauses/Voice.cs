namespace Dyad.Events.Clauses;

/// <summary>Grammatical voice of a verb group.</summary>
public enum Voice
{
    /// <summary>The subject acts: "Obama met Putin".</summary>
    Active,

    /// <summary>The subject undergoes: "the talks were hosted by Mexico" (a form of "be" or "get" with a past participle).</summary>
    Passive,
}
