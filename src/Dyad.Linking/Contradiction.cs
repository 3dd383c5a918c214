namespace Dyad.Linking;

/// <summary>Two mentions of one event that tell it differently from two sides: one side's claim that it happened
/// against another side's word that it did not.</summary>
/// <param name="ClaimedMentionId">The mention that claims it (modality claimed).</param>
/// <param name="NegatedMentionId">The mention that denies it (modality negated).</param>
/// <param name="Reason">Who said what: "claimed by Kremlin (RUS), negated by senior official (USA)".</param>
public sealed record Contradiction(string ClaimedMentionId, string NegatedMentionId, string Reason);
