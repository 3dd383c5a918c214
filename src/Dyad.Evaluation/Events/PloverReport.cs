using System.Collections.Immutable;

namespace Dyad.Evaluation.Events;

/// <summary>The result of <see cref="PloverEvaluation.Run"/>.</summary>
/// <param name="Records">Gold records scored.</param>
/// <param name="WithEvents">Records where Dyad coded at least one event.</param>
/// <param name="TypeFound">Records where some coded event has the gold PLOVER type.</param>
/// <param name="Events">Events coded in all.</param>
/// <param name="EventsOfType">Coded events whose type is their record's gold type.</param>
/// <param name="SourceAgrees">Records (type found) whose event's source phrase shares a word with a gold source.</param>
/// <param name="TargetAgrees">Records (type found, gold target given) whose event's target phrase shares a word with a gold target.</param>
/// <param name="TargetsGold">Records (type found) with a gold target.</param>
/// <param name="PerType">Per PLOVER type: gold records and records found.</param>
/// <param name="Misses">Examples of records whose gold type was not found.</param>
public sealed record PloverReport(
    int Records,
    int WithEvents,
    int TypeFound,
    int Events,
    int EventsOfType,
    int SourceAgrees,
    int TargetAgrees,
    int TargetsGold,
    ImmutableSortedDictionary<string, (int Gold, int Found)> PerType,
    ImmutableArray<string> Misses)
{
    /// <summary>Records (type found) with a gold source code.</summary>
    public int SourceCountries { get; init; }

    /// <summary>Of those, records whose event's source has the gold country (or IGO, NGO ...).</summary>
    public int SourceCountryAgrees { get; init; }

    /// <summary>Records (type found) with a gold target code.</summary>
    public int TargetCountries { get; init; }

    /// <summary>Of those, records whose event's target has the gold country.</summary>
    public int TargetCountryAgrees { get; init; }
}
