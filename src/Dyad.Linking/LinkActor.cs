namespace Dyad.Linking;

/// <summary>An event's source, target or claimant as the linker sees it.</summary>
/// <param name="Name">The actor's name ("Barack Obama", "White House").</param>
/// <param name="Code">The CAMEO actor code ("USAGOV", "RUS", "IGOWSTNAT"), or null.</param>
/// <param name="Country">The actor's country (ISO3), or null.</param>
/// <param name="Kind">Person, group or unknown.</param>
public sealed record LinkActor(string Name, string? Code, string? Country, ActorKind Kind = ActorKind.Unknown)
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
        "them", "their", "this", "that", "these", "those", "who", "whom", "which", "one", "someone", "somebody",
        "anyone", "everyone", "both", "all", "others", "some",
    };

    /// <summary>
    /// Whether the actor says nothing about who acted: an unresolved pronoun ("they", "he", "their") with neither code
    /// nor country. The linker treats it as a missing actor: two "they" are no evidence of one actor.
    /// </summary>
    public bool IsBare => Code is null && Country is null && Pronouns.Contains(Name.Trim());

    /// <summary>The actor, or null when it is missing or <see cref="IsBare"/>.</summary>
    public static LinkActor? Informative(LinkActor? actor) => actor is null || actor.IsBare ? null : actor;
}
