using System.Collections.Immutable;

namespace Dyad.Evaluation.Events;

/// <summary>One gold record of the PLOVER "gold standard records" file (PLOVER_GSR_CAMEO.txt): a sentence, its event type and the texts of its actors.</summary>
/// <param name="Id">The record's id ("PLOVER-GSR01-AGREE-0005").</param>
/// <param name="Text">The sentence.</param>
/// <param name="Event">The PLOVER event type ("AGREE", "CONSULT", ...).</param>
/// <param name="Sources">The source actors' texts as written in the sentence.</param>
/// <param name="Targets">The target actors' texts.</param>
/// <param name="SourceCodes">The source actors' codes (a country's three letters, or IGO, ...).</param>
/// <param name="TargetCodes">The target actors' codes.</param>
public sealed record PloverRecord(
    string Id,
    string Text,
    string Event,
    ImmutableArray<string> Sources,
    ImmutableArray<string> Targets,
    ImmutableArray<string> SourceCodes,
    ImmutableArray<string> TargetCodes);
