using System.Globalization;

namespace Dyad.Linking;

/// <summary>
/// Claims and denials of the same kind of event inside one article that the linker keeps in separate events because
/// one of them names fewer actors: "A Kremlin summary of the call said the two leaders agreed to intensify military
/// coordination" (both leaders, claimed by the Kremlin) against "a senior administration official said ... nor is
/// there an agreement" (no source, denied by the official). Issue 5, item 3.
/// </summary>
/// <remarks>
/// A pair is contradicting when both mentions come from the same article and CAMEO family
/// (<see cref="CameoFamilies"/>), one is <c>negated</c> and the other asserts the event on someone's word (a claimant,
/// and modality claimed, planned or occurred), the two sides differ (the claimant's country, else its code's first
/// three letters, else its name), and the actors do not disagree: each side is missing in one of them or has the same
/// country (either way round for symmetric families). Pure and order-independent: the pairs come sorted by ids.
/// </remarks>
public static class ArticleContradictions
{
    /// <summary>The contradicting pairs among <paramref name="mentions"/>, sorted by claimed then negated mention id.</summary>
    public static IReadOnlyList<Contradiction> Find(IEnumerable<LinkMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var byArticle = new Dictionary<string, List<LinkMention>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Modality == LinkModality.Negated || (m.Claimant is not null && m.Modality is LinkModality.Claimed or LinkModality.Planned or LinkModality.Occurred))
            {
                if (!byArticle.TryGetValue(m.ArticleId, out var list))
                {
                    byArticle[m.ArticleId] = list = [];
                }

                list.Add(m);
            }
        }

        var found = new List<Contradiction>();
        foreach (var list in byArticle.Values)
        {
            foreach (var claimed in list)
            {
                if (claimed.Modality == LinkModality.Negated)
                {
                    continue;
                }

                foreach (var negated in list)
                {
                    if (negated.Modality != LinkModality.Negated
                        || !string.Equals(CameoFamilies.FamilyOf(claimed.Code), CameoFamilies.FamilyOf(negated.Code), StringComparison.Ordinal)
                        || !Compatible(claimed, negated)
                        || SideOf(claimed) is not { } claimSide
                        || SideOf(negated) is { } denySide && string.Equals(claimSide, denySide, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var denier = negated.Claimant is { } c ? $"{c.Name} ({SideOf(negated)})" : "the article";
                    found.Add(new Contradiction(
                        claimed.Id,
                        negated.Id,
                        string.Create(CultureInfo.InvariantCulture, $"claimed by {claimed.Claimant!.Name} ({claimSide}), negated by {denier}")));
                }
            }
        }

        found.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.ClaimedMentionId, b.ClaimedMentionId);
            return c != 0 ? c : string.CompareOrdinal(a.NegatedMentionId, b.NegatedMentionId);
        });
        return found;
    }

    private static string? SideOf(LinkMention m) =>
        m.Claimant is { } c ? c.Country ?? (c.Code is { Length: >= 3 } code ? code[..3] : c.Name) : null;

    private static bool Compatible(LinkMention a, LinkMention b) =>
        (Agree(a.Source, b.Source) && Agree(a.Target, b.Target)) || (Agree(a.Source, b.Target) && Agree(a.Target, b.Source));

    private static bool Agree(LinkActor? x, LinkActor? y) =>
        x is null || y is null || string.Equals(CountryOf(x), CountryOf(y), StringComparison.OrdinalIgnoreCase);

    private static string? CountryOf(LinkActor a) => a.Country ?? (a.Code is { Length: >= 3 } code ? code[..3] : a.Name);
}
