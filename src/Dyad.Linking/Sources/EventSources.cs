using System.Collections.Immutable;
using System.Text;

namespace Dyad.Linking.Sources;

/// <summary>An event's sources side by side: each report with its outlet and side, the sides with what each said, and
/// whether the sides disagree.</summary>
/// <param name="Reports">The event's mentions in report order, then the other events' reports its contradictions name.</param>
/// <param name="Sides">One per side, the side with most reports first (ties by name), <see cref="SideBySide.Unknown"/> last.</param>
/// <param name="Disagreements">The contradictions (<see cref="LinkedEvent.Contradictions"/> and those found across the
/// events of one article, <see cref="ArticleContradictions"/>) whose claim and denial lie on two different sides.</param>
public sealed record EventSources(
    ImmutableArray<SourceReport> Reports,
    ImmutableArray<SideSummary> Sides,
    ImmutableArray<Contradiction> Disagreements)
{
    /// <summary>Whether one side claims or reports what another denies: a contradiction joins two sides.</summary>
    public bool SidesDisagree => !Disagreements.IsEmpty;

    /// <summary>The sides in one line: "RUS:planned;USA:negated"; a side with mixed reports lists each modality
    /// ("USA:occurred+planned").</summary>
    public string Summary
    {
        get
        {
            var text = new StringBuilder();
            foreach (var side in Sides)
            {
                text.Append(text.Length == 0 ? string.Empty : ";").Append(side.Side).Append(':');
                for (var i = 0; i < side.Modalities.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : "+").Append(SideBySide.Name(side.Modalities[i]));
                }
            }

            return text.ToString();
        }
    }

    /// <summary>The distinct countries of the reports' outlets (ISO3, sorted); outlets the table does not know are left out.</summary>
    public ImmutableArray<string> OutletCountries =>
        [.. Reports.Select(r => r.OutletCountry).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
