namespace Dyad.Storage;

/// <summary>
/// One coded event mention as the store keeps it: flat fields, so the store needs nothing from the event coder.
/// </summary>
/// <param name="Id">The mention's id: the article's id, <c>#e</c> and its ordinal ("3f2a...#e4").</param>
/// <param name="ArticleId">The article it was read from.</param>
/// <param name="Ordinal">Its place among the article's mentions, from 1.</param>
/// <param name="Sentence">Index of its sentence in the article's text.</param>
/// <param name="Start">Start of the evidence in the article's clean text (UTF-16).</param>
/// <param name="End">End of the evidence (exclusive).</param>
/// <param name="Text">The evidence's text.</param>
/// <param name="Code">CAMEO event code.</param>
/// <param name="Root">CAMEO root.</param>
/// <param name="QuadClass">QuadClass, 1-4 (0 when the code is not in the codebook).</param>
/// <param name="Goldstein">Goldstein score.</param>
/// <param name="Plover">PLOVER type or null.</param>
/// <param name="Source">The source actor or null.</param>
/// <param name="Target">The target actor or null.</param>
/// <param name="Modality">occurred, planned, negated, hypothetical or claimed.</param>
/// <param name="Cue">The words that decided the modality.</param>
/// <param name="Claimant">Who asserts the event, or null.</param>
/// <param name="Date">YYYY-MM-DD, YYYY-MM or YYYY, or null.</param>
/// <param name="DateValue">The TIMEX3 value the date came from, or null.</param>
/// <param name="DateSource">clause, sentence or article, or null.</param>
/// <param name="LocationName">The place's name or null.</param>
/// <param name="LocationCountry">The place's country (ISO3) or null.</param>
/// <param name="Issues">Issue labels.</param>
/// <param name="Form">verb or noun.</param>
/// <param name="Pattern">The pattern that matched.</param>
public sealed record StoredEventMention(
    string Id,
    string ArticleId,
    int Ordinal,
    int Sentence,
    int Start,
    int End,
    string Text,
    string Code,
    string Root,
    int QuadClass,
    double Goldstein,
    string? Plover,
    StoredActor? Source,
    StoredActor? Target,
    string Modality,
    string Cue,
    StoredActor? Claimant,
    string? Date,
    string? DateValue,
    string? DateSource,
    string? LocationName,
    string? LocationCountry,
    IReadOnlyList<string> Issues,
    string Form,
    string Pattern);
