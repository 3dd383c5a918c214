namespace Dyad.Events.Coding;

/// <summary>What carried an event in the text.</summary>
public enum EventForm
{
    /// <summary>A clause's verb: "Obama met Putin".</summary>
    Verb,

    /// <summary>A noun phrase: "the meeting between Obama and Putin", "a phone conversation", "Russian air strikes on Aleppo".</summary>
    Noun,
}
