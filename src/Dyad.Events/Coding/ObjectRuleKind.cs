namespace Dyad.Events.Coding;

/// <summary>What an <see cref="EventPattern"/> asks of the clause's direct object.</summary>
public enum ObjectRuleKind
{
    /// <summary><c>*</c>: anything or nothing.</summary>
    Any,

    /// <summary><c>+</c>: some object.</summary>
    Required,

    /// <summary><c>-</c>: no object.</summary>
    None,

    /// <summary>One of the listed word alternatives must occur in the object.</summary>
    Words,
}
