namespace Dyad.Linking;

/// <summary>What an actor is, when the caller knows it: two different people are never the same participant, while a
/// person and their government may be.</summary>
public enum ActorKind
{
    /// <summary>Not known: names are compared as they are.</summary>
    Unknown,

    /// <summary>A named person ("Vladimir Putin").</summary>
    Person,

    /// <summary>A country, government, organisation or group ("Russia", "the White House", "NATO", "rebels").</summary>
    Group,
}
