namespace Dyad.Evaluation.Html;

/// <summary>How one page scored: its counts and the snippets that went wrong, for diagnostics.</summary>
/// <param name="File">The page's file name.</param>
/// <param name="Url">The page's address.</param>
/// <param name="TruePositives">"With" snippets found.</param>
/// <param name="FalseNegatives">"With" snippets missing.</param>
/// <param name="FalsePositives">"Without" snippets found.</param>
/// <param name="TrueNegatives">"Without" snippets absent.</param>
/// <param name="Missed">The "with" snippets that were not found.</param>
/// <param name="Leaked">The "without" snippets that were found.</param>
/// <param name="ExtractedLength">Length of the extracted text.</param>
public sealed record HtmlDocumentScore(
    string File,
    string Url,
    int TruePositives,
    int FalseNegatives,
    int FalsePositives,
    int TrueNegatives,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Leaked,
    int ExtractedLength);
