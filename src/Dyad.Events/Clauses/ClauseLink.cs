namespace Dyad.Events.Clauses;

/// <summary>How a clause hangs on the rest of its sentence.</summary>
public enum ClauseLink
{
    /// <summary>A main clause.</summary>
    Main,

    /// <summary>The object of a verb of saying, thinking or agreeing: "said [Moscow would not accept]", "said that ...".</summary>
    Complement,

    /// <summary>A relative clause: "Lavrov, [who spoke with Kerry], said ..."; its subject is the noun it hangs on.</summary>
    Relative,

    /// <summary>An adverbial clause opened by a subordinator: "if", "when", "after", "because", "unless", ...</summary>
    Subordinate,

    /// <summary>A participle clause without its own subject: "..., killing 12 soldiers".</summary>
    Participle,

    /// <summary>A second verb sharing the previous clause's subject: "met Putin and discussed Syria".</summary>
    Coordinate,
}
