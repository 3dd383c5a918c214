namespace Dyad.Events.Clauses;

/// <summary>A preposition and its object after a verb: "in Mexico", "on the sidelines of the G20 summit", "by telephone".</summary>
/// <param name="Preposition">The preposition, lower case ("in", "with", "on", "by", ...).</param>
/// <param name="PrepositionToken">Index of the preposition's (first) token.</param>
/// <param name="Complement">The noun phrase it governs.</param>
public sealed record PrepositionalPhrase(string Preposition, int PrepositionToken, ClausePhrase Complement);
