namespace Dyad.Linking;

/// <summary>An event's source, target or claimant as the linker sees it.</summary>
/// <param name="Name">The actor's name ("Barack Obama", "White House").</param>
/// <param name="Code">The CAMEO actor code ("USAGOV", "RUS", "IGOWSTNAT"), or null.</param>
/// <param name="Country">The actor's country (ISO3), or null.</param>
/// <param name="Kind">Person, group or unknown.</param>
public sealed record LinkActor(string Name, string? Code, string? Country, ActorKind Kind = ActorKind.Unknown);
