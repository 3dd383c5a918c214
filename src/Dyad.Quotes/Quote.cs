using System.Collections.Immutable;
using Dyad.Core;

namespace Dyad.Quotes;

/// <summary>
/// One quote: what was said (the content), the word that reports it (the cue) and who said it (the speaker mention and
/// the name it refers to within the document). Spans are half-open UTF-16 ranges of the annotated text.
/// </summary>
/// <param name="Kind">Direct, indirect, transcript turn or mixed.</param>
/// <param name="Content">The reported words: for a direct quote from its opening to its closing quotation mark (both
/// included); for reported speech the reported clause without the sentence's final punctuation.</param>
/// <param name="ContentText">The content's characters.</param>
/// <param name="Parts">The quoted pieces in order: one piece equal to <see cref="Content"/>, or several when the
/// quote is interrupted by its own attribution (<c>“We will win,” he said. “We always do.”</c>); the content then runs
/// from the first piece's start to the last piece's end.</param>
/// <param name="Cue">The reporting words (<c>said</c>, <c>told</c>, <c>according to</c>, a transcript label's colon), or null when none was found.</param>
/// <param name="CueText">The cue's characters, or null.</param>
/// <param name="CueLemma">The cue's dictionary form (<c>say</c>, <c>tell</c>, <c>according to</c>, <c>:</c> for a transcript label), or null.</param>
/// <param name="Speaker">The speaker mention in the text (a name, a title phrase, a pronoun, a transcript label), or null when the quote is unattributed.</param>
/// <param name="SpeakerText">The speaker mention's characters, or null.</param>
/// <param name="ResolvedSpeaker">The name the speaker mention refers to within the document (<c>he</c> → <c>Ben Rhodes</c>);
/// an unnamed or collective speaker (<c>a senior administration official</c>) is kept as written; null when unattributed.</param>
/// <param name="ResolvedSpan">The span of the mention <see cref="ResolvedSpeaker"/> was taken from, or null.</param>
/// <param name="Confidence">How sure the extractor is of the attribution, in (0, 1]: highest for a named speaker next to
/// the cue, lower for a resolved pronoun, lowest for a speaker carried over from a neighbouring quote.</param>
/// <param name="Attribution">What is attributed: words said (speech, every direct quote and transcript turn), or a
/// belief, an intention or a finding reported by a verb such as <c>believes</c>, <c>wants to</c>, <c>shows</c>.</param>
public sealed record Quote(
    QuoteKind Kind,
    TextSpan Content,
    string ContentText,
    ImmutableArray<TextSpan> Parts,
    TextSpan? Cue,
    string? CueText,
    string? CueLemma,
    TextSpan? Speaker,
    string? SpeakerText,
    string? ResolvedSpeaker,
    TextSpan? ResolvedSpan,
    double Confidence,
    QuoteAttribution Attribution = QuoteAttribution.Speech);
