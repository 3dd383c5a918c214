using Dyad.Events.Clauses;

namespace Dyad.Events.Modality;

/// <summary>The modality of one clause's event, the words that decided it, and who asserts the event when it is reported speech.</summary>
/// <param name="Modality">The modality.</param>
/// <param name="Cue">What decided it, lower case: "not", "will", "agree to", "if", "said", a future date, or "" for plain narration.</param>
/// <param name="Claimant">The speaker of the reporting clause ("A Kremlin summary of the call" in "... said the two leaders agreed"), or null when the text narrates the event itself.</param>
/// <param name="ReportingVerb">The reporting verb's lemma ("say", "tell", "announce", "according to"), or null.</param>
public sealed record ModalityReading(Modality Modality, string Cue, ClausePhrase? Claimant, string? ReportingVerb)
{
    /// <summary>Plain narration: occurred, no cue, no claimant.</summary>
    public static ModalityReading Narrated { get; } = new(Modality.Occurred, string.Empty, null, null);
}
