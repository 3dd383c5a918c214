using System.Collections.Immutable;

namespace Dyad.Linking.Sources;

/// <summary>What one side said about an event.</summary>
/// <param name="Side">A country (ISO3) or <see cref="SideBySide.Unknown"/>.</param>
/// <param name="Modality">The side's own account: occurred when any of its reports tells it as having happened, else
/// claimed, planned, hypothetical, then negated (the event's rule, <see cref="LinkedEvent.Modality"/>).</param>
/// <param name="Modalities">Every modality its reports use, in that order.</param>
/// <param name="Reports">How many reports it has.</param>
/// <param name="Outlets">The outlets it was reported by (the table's names where known), in report order.</param>
/// <param name="Claimants">Whose word it is, in report order.</param>
/// <param name="Contradicted">Whether a contradiction joins one of its reports to another side's.</param>
public sealed record SideSummary(
    string Side,
    LinkModality Modality,
    ImmutableArray<LinkModality> Modalities,
    int Reports,
    ImmutableArray<string> Outlets,
    ImmutableArray<string> Claimants,
    bool Contradicted);
