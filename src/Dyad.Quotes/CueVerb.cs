namespace Dyad.Quotes;

/// <summary>A reporting verb form: its lemma and where it may report speech.</summary>
internal sealed record CueVerb(string Lemma, CueUse Use);
