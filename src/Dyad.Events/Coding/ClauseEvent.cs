using Dyad.Core;
using Dyad.Events.Clauses;
using Dyad.Events.Modality;

namespace Dyad.Events.Coding;

/// <summary>
/// An event read from one clause by a verb pattern: who (source phrase) did what (CAMEO code) to whom (target
/// phrase), with its modality. Actor codes, dates and places are resolved from these phrases by later stages.
/// </summary>
/// <param name="Sentence">Index of the sentence in the annotated text.</param>
/// <param name="Clause">Index of the clause in the list the coder read.</param>
/// <param name="Code">The CAMEO event code.</param>
/// <param name="Pattern">The pattern that matched.</param>
/// <param name="Source">The source phrase (the clause's agent), or null when the clause names none.</param>
/// <param name="Target">The target phrase, or null.</param>
/// <param name="Modality">Occurred, planned, negated, hypothetical or claimed, with the claimant.</param>
/// <param name="Evidence">The characters from the first to the last word the event was read from.</param>
public sealed record ClauseEvent(
    int Sentence,
    int Clause,
    string Code,
    EventPattern Pattern,
    ClausePhrase? Source,
    ClausePhrase? Target,
    ModalityReading Modality,
    TextSpan Evidence);
