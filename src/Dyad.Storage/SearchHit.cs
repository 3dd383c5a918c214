namespace Dyad.Storage;

/// <summary>One full-text search result.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Article title, when known.</param>
/// <param name="Path">Where the article came from.</param>
/// <param name="Published">Publication date (ISO partial form), when known.</param>
/// <param name="Snippet">Matching text with each hit between ⟦ and ⟧ (U+27E6, U+27E7: brackets news text does not use).</param>
/// <param name="Score">BM25 relevance (higher is better).</param>
public sealed record SearchHit(string Id, string? Title, string Path, string? Published, string Snippet, double Score);
