namespace Dyad.Linking.Sources;

/// <summary>One mention of an event as a source tells it: who published it, whose word it is, which side that puts it
/// on, and how it tells the event.</summary>
/// <param name="MentionId">The mention's id.</param>
/// <param name="ArticleId">The article it was read from.</param>
/// <param name="Outlet">The article's outlet as the article gives it (its source metadata or URL host), or null.</param>
/// <param name="KnownOutlet">That outlet in the outlet table, or null when the table does not know it.</param>
/// <param name="Side">The claimant's country when the mention has a claimant or quoted speaker with a known country, else
/// the outlet's country, else <see cref="SideBySide.Unknown"/>.</param>
/// <param name="Basis">What gave <paramref name="Side"/>.</param>
/// <param name="Modality">How the mention tells the event.</param>
/// <param name="Claimant">Whose word it is, or null.</param>
/// <param name="Evidence">The words it was read from.</param>
/// <param name="InEvent">False for a report of another event that a contradiction joins to this one (a denial the
/// linker kept apart because it names fewer actors).</param>
/// <param name="Contradicted">Whether a contradiction joins it to a report on another side.</param>
public sealed record SourceReport(
    string MentionId,
    string ArticleId,
    string? Outlet,
    Outlet? KnownOutlet,
    string Side,
    SideBasis Basis,
    LinkModality Modality,
    LinkActor? Claimant,
    string Evidence,
    bool InEvent,
    bool Contradicted)
{
    /// <summary>The outlet's country (ISO3) from the outlet table, or null.</summary>
    public string? OutletCountry => KnownOutlet?.Country;
}
