namespace Dyad.Linking;

/// <summary>Where an event mention says it happened.</summary>
/// <param name="Name">The place's name ("Los Cabos", "Mexico").</param>
/// <param name="Country">Its country (ISO3), or null when unknown.</param>
public sealed record LinkPlace(string Name, string? Country);
