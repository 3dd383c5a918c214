namespace Dyad.Language.Lexicon;

/// <summary>One gazetteer entry: a phrase as tokens joined by single spaces, its classes and an optional code.</summary>
/// <param name="Phrase">The entry's words (tokens as <see cref="Tokens.Tokenizer"/> splits them) joined by single
/// spaces, case as written: <c>Northern Ireland</c>, <c>St. Petersburg</c>.</param>
/// <param name="Classes">Every class the phrase belongs to.</param>
/// <param name="Code">An identifier for the entry, when known: the ISO 3166-1 alpha-3 code of a country, of the
/// country of a demonym, capital or city; <see langword="null"/> otherwise.</param>
public readonly record struct GazetteerEntry(string Phrase, GazetteerClass Classes, string? Code = null);
