using System.Globalization;
using System.Text;

namespace Dyad.Evaluation.Html;

/// <summary>The score of an extractor on the trafilatura evaluation set: segment counts, derived measures and
/// per-page results.</summary>
/// <param name="Documents">Pages scored.</param>
/// <param name="MissingFiles">Annotated pages whose HTML file was absent (not scored).</param>
/// <param name="TruePositives">"With" snippets found.</param>
/// <param name="FalseNegatives">"With" snippets missing.</param>
/// <param name="FalsePositives">"Without" snippets found.</param>
/// <param name="TrueNegatives">"Without" snippets absent.</param>
/// <param name="Elapsed">Wall time of the run, decoding and scoring included.</param>
/// <param name="Pages">Per-page results, in annotation order.</param>
/// <param name="Metadata">Agreement of the title, author and date read from each page with the annotation.</param>
public sealed record HtmlEvaluationReport(
    int Documents,
    int MissingFiles,
    int TruePositives,
    int FalseNegatives,
    int FalsePositives,
    int TrueNegatives,
    TimeSpan Elapsed,
    IReadOnlyList<HtmlDocumentScore> Pages,
    IReadOnlyList<MetadataFieldScore> Metadata)
{
    /// <summary>TP / (TP + FP), or 0 when nothing was found.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN).</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN).</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>(TP + TN) / all segments.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + TrueNegatives + FalsePositives + FalseNegatives);

    /// <summary>A Markdown summary: the measures, then the pages with the most errors and their snippets.</summary>
    public string ToMarkdown(int worstPages = 15)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"HTML extraction on the trafilatura evaluation set: {Documents} pages, {TruePositives + FalseNegatives} text and {FalsePositives + TrueNegatives} boilerplate segments");
        if (MissingFiles > 0)
        {
            sb.AppendLine(c, $"({MissingFiles} annotated pages had no HTML file and were not scored)");
        }

        sb.AppendLine();
        sb.AppendLine("| Precision | Recall | Accuracy | F1 | TP | FN | FP | TN | Time |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        sb.AppendLine(c, $"| {Precision:F3} | {Recall:F3} | {Accuracy:F3} | {F1:F3} | {TruePositives} | {FalseNegatives} | {FalsePositives} | {TrueNegatives} | {Elapsed.TotalSeconds:F2} s |");
        if (Metadata.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("| Metadata | Annotated | Found | Correct | Precision | Recall |");
            sb.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var field in Metadata)
            {
                sb.AppendLine(c, $"| {field.Field} | {field.Annotated} | {field.Found} | {field.Correct} | {field.Precision:F3} | {field.Recall:F3} |");
            }
        }

        var worst = Pages.Where(p => p.FalseNegatives + p.FalsePositives > 0)
            .OrderByDescending(p => p.FalseNegatives + p.FalsePositives)
            .ThenBy(p => p.File, StringComparer.Ordinal)
            .Take(worstPages)
            .ToList();
        if (worst.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(c, $"Pages with the most errors ({worst.Count} shown):");
            sb.AppendLine();
            foreach (var page in worst)
            {
                sb.AppendLine(c, $"- `{page.File}` ({page.ExtractedLength} chars): {page.FalseNegatives} missed, {page.FalsePositives} leaked");
                foreach (var missed in page.Missed)
                {
                    sb.AppendLine(c, $"  - missed: \"{Shorten(missed)}\"");
                }

                foreach (var leaked in page.Leaked)
                {
                    sb.AppendLine(c, $"  - leaked: \"{Shorten(leaked)}\"");
                }
            }
        }

        return sb.ToString();
    }

    private static string Shorten(string snippet) => snippet.Length <= 80 ? snippet : string.Concat(snippet.AsSpan(0, 77), "...");

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
