namespace Dyad.Events.Clauses;

/// <summary>What the verb group's form says about time, before any reading of context.</summary>
public enum VerbTense
{
    /// <summary>No finite verb: an infinitive or a participle on its own ("to meet", "killing 12 soldiers").</summary>
    Nonfinite,

    /// <summary>Past: "met", "had met", "was hosted", "did not reach".</summary>
    Past,

    /// <summary>Present: "meets", "is meeting", "has met".</summary>
    Present,

    /// <summary>Future: "will meet", "shall meet", "is going to meet", "is to meet".</summary>
    Future,

    /// <summary>Conditional or future in the past: "would meet", "could meet", "might meet", "should meet".</summary>
    Conditional,
}
