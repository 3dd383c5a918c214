using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Events.Attributes;
using Dyad.Events.Coding;

namespace Dyad.Events.Extraction;

/// <summary>
/// One coded event mention with everything resolved: CAMEO code and its codebook facts, PLOVER type, actors coded on
/// the event's date, modality and claimant, date, place and issues, and the evidence in the text.
/// </summary>
/// <param name="Code">CAMEO event code.</param>
/// <param name="Root">Its root (two digits).</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Goldstein">The code's Goldstein score.</param>
/// <param name="Plover">The PLOVER type (see <see cref="PloverTypes"/>), or null.</param>
/// <param name="Source">Who acts, or null.</param>
/// <param name="Target">Who is acted on, or null.</param>
/// <param name="Modality">occurred, planned, negated, hypothetical or claimed.</param>
/// <param name="Cue">The words that decided the modality.</param>
/// <param name="Claimant">Who asserts the event when it is reported speech, or null.</param>
/// <param name="Date">The event's date, or null.</param>
/// <param name="Place">Where it happened, or null.</param>
/// <param name="PlaceCountry">The place's country (ISO3) when the knowledge base knows it, or null.</param>
/// <param name="Issues">What it concerns.</param>
/// <param name="Sentence">Index of its sentence.</param>
/// <param name="Evidence">The characters it was read from.</param>
/// <param name="Form">Verb or noun.</param>
/// <param name="Pattern">The pattern that matched ("patterns.tsv:40").</param>
public sealed record EventRecord(
    string Code,
    string Root,
    int QuadClass,
    double Goldstein,
    string? Plover,
    EventActor? Source,
    EventActor? Target,
    string Modality,
    string Cue,
    EventActor? Claimant,
    EventDate? Date,
    EventPlace? Place,
    string? PlaceCountry,
    ImmutableArray<EventIssue> Issues,
    int Sentence,
    TextSpan Evidence,
    EventForm Form,
    string Pattern);
