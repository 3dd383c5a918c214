namespace Dyad.Storage;

/// <summary>
/// One quote as the store keeps it: flat fields, so the store needs nothing from the quote extractor. Spans are
/// half-open UTF-16 offsets into the article's clean text.
/// </summary>
/// <param name="Id">The quote's id: the article's id, <c>#q</c> and its ordinal ("3f2a...#q2").</param>
/// <param name="ArticleId">The article it was read from.</param>
/// <param name="Ordinal">Its place among the article's quotes, from 1.</param>
/// <param name="Kind">direct, indirect, transcript or mixed.</param>
/// <param name="Text">What was said (the content's characters).</param>
/// <param name="Start">Start of the content.</param>
/// <param name="End">End of the content (exclusive).</param>
/// <param name="CueText">The reporting words as written (<c>said</c>, <c>according to</c>), or null.</param>
/// <param name="CueLemma">The cue's dictionary form (<c>say</c>), or null.</param>
/// <param name="CueStart">Start of the cue, or null.</param>
/// <param name="CueEnd">End of the cue, or null.</param>
/// <param name="SpeakerText">The speaker mention as written (a name, a title phrase, a pronoun), or null.</param>
/// <param name="SpeakerStart">Start of the speaker mention, or null.</param>
/// <param name="SpeakerEnd">End of the speaker mention, or null.</param>
/// <param name="SpeakerName">The name the mention refers to in the document, or null when the quote is unattributed.</param>
/// <param name="SpeakerCode">The speaker's CAMEO actor code, or null when it could not be coded.</param>
/// <param name="SpeakerCountry">The speaker's country (ISO3), or null.</param>
/// <param name="Confidence">How sure the extractor is of the attribution, in (0, 1].</param>
/// <param name="Attribution">What is attributed: "speech", "belief", "intention" or "evidence" (a finding).</param>
public sealed record StoredQuote(
    string Id,
    string ArticleId,
    int Ordinal,
    string Kind,
    string Text,
    int Start,
    int End,
    string? CueText,
    string? CueLemma,
    int? CueStart,
    int? CueEnd,
    string? SpeakerText,
    int? SpeakerStart,
    int? SpeakerEnd,
    string? SpeakerName,
    string? SpeakerCode,
    string? SpeakerCountry,
    double Confidence,
    string Attribution = "speech");
