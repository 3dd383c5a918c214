namespace Dyad.Evaluation.Language;

/// <summary>The result of a <see cref="NerScorer"/>: overall and per-type scores and the errors by kind.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Tokens">Words scored.</param>
/// <param name="Overall">Micro-averaged over every entity.</param>
/// <param name="Types">Per type, ordered by name.</param>
/// <param name="Errors">Error counts by kind, commonest first.</param>
/// <param name="Confusions">Same-boundary type confusions as (gold, predicted, count), commonest first.</param>
/// <param name="Examples">For each error kind, its commonest entity texts with counts.</param>
public sealed record NerScores(
    long Sentences,
    long Tokens,
    NerTypeScore Overall,
    IReadOnlyList<NerTypeScore> Types,
    IReadOnlyList<(NerErrorKind Kind, long Count)> Errors,
    IReadOnlyList<(string Gold, string Predicted, long Count)> Confusions,
    IReadOnlyDictionary<NerErrorKind, IReadOnlyList<(string Text, long Count)>> Examples);
