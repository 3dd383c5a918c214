namespace Dyad.Storage;

/// <summary>An event's source, target or claimant as stored.</summary>
/// <param name="Name">The actor's name.</param>
/// <param name="Code">CAMEO actor code, or null.</param>
/// <param name="Country">ISO3 country, or null.</param>
/// <param name="Text">The words in the article that name it.</param>
public sealed record StoredActor(string Name, string? Code, string? Country, string Text);
