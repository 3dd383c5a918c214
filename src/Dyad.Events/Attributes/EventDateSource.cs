namespace Dyad.Events.Attributes;

/// <summary>Where an event's date was read.</summary>
public enum EventDateSource
{
    /// <summary>A time expression inside the clause or noun phrase that carries the event ("met on Monday").</summary>
    Clause,

    /// <summary>A time expression elsewhere in the event's sentence.</summary>
    Sentence,

    /// <summary>No time expression: the article's publication date.</summary>
    Article,
}
