using Dyad.Core;
using Dyad.Events.Clauses;
using Dyad.Events.Modality;

namespace Dyad.Events.Coding;

/// <summary>
/// An event read from one place in a text: who (source phrase) did what (CAMEO code) to whom (target phrase), with
/// its modality, from a clause ("Obama met Putin") or a noun phrase ("the meeting between Obama and Putin"). Actor
/// codes, dates and places are resolved from these phrases by later stages.
/// </summary>
/// <param name="Sentence">Index of the sentence in the annotated text.</param>
/// <param name="Clause">Index of the clause the event was read from or stands in, in the list the coder read; -1 when none.</param>
/// <param name="Code">The CAMEO event code.</param>
/// <param name="Form">Whether a verb or a noun carried the event.</param>
/// <param name="Pattern">Where the pattern that matched was read ("patterns.tsv:40").</param>
/// <param name="Source">The source phrase, or null when the text names none.</param>
/// <param name="Target">The target phrase, or null.</param>
/// <param name="Modality">Occurred, planned, negated, hypothetical or claimed, with the claimant.</param>
/// <param name="Evidence">The characters from the first to the last word the event was read from.</param>
public sealed record EventMention(
    int Sentence,
    int Clause,
    string Code,
    EventForm Form,
    string Pattern,
    ClausePhrase? Source,
    ClausePhrase? Target,
    ModalityReading Modality,
    TextSpan Evidence);
