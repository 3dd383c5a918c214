namespace Dyad.Language.Entities;

/// <summary>A named entity found in a document: a run of words in one sentence with its type.</summary>
/// <param name="Sentence">Index of the sentence in the document.</param>
/// <param name="Start">Index of the first word in the sentence.</param>
/// <param name="End">Index one past the last word (exclusive), so <c>End - Start</c> words.</param>
/// <param name="Type">The CoNLL-2003 type: <c>PER</c>, <c>ORG</c>, <c>LOC</c> or <c>MISC</c>.</param>
/// <param name="Subtype">
/// A finer type when the lexicon supports one: <c>GPE</c> for a <c>LOC</c> that is a country, city or region, and
/// <c>NORP</c> for a <c>MISC</c> that is a nationality or demonym; otherwise null.
/// </param>
public sealed record EntityMention(int Sentence, int Start, int End, string Type, string? Subtype);
