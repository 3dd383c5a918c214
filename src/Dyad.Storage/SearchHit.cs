namespace Dyad.Storage;

/// <summary>One full-text search result.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Article title, when known.</param>
/// <param name="Path">Where the article came from.</param>
/// <param name="Published">Publication date (ISO partial form), when known.</param>
/// <param name="Snippet">Matching text with the hits between <c>[</c> and <c>]</c>.</param>
/// <param name="Score">BM25 relevance (higher is better).</param>
public sealed record SearchHit(string Id, string? Title, string Path, string? Published, string Snippet, double Score);
