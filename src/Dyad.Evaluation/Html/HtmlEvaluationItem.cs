namespace Dyad.Evaluation.Html;

/// <summary>One annotated page of the trafilatura evaluation set.</summary>
/// <param name="Url">The page's address (the annotation key).</param>
/// <param name="File">The HTML file name given by the annotation.</param>
/// <param name="With">Snippets the extracted text must contain.</param>
/// <param name="Without">Boilerplate snippets it must not contain.</param>
public sealed record HtmlEvaluationItem(string Url, string File, IReadOnlyList<string> With, IReadOnlyList<string> Without)
{
    /// <summary>The annotated headline, when given.</summary>
    public string? Title { get; init; }

    /// <summary>The annotated author, when given.</summary>
    public string? Author { get; init; }

    /// <summary>The annotated publication date (YYYY-MM-DD), when given.</summary>
    public string? Date { get; init; }
}
