using System.Globalization;
using System.Text;

namespace Dyad.Evaluation.Quotes;

/// <summary>Quote extraction scored against PolNeAR attributions.</summary>
/// <param name="Split">The PolNeAR split scored (train or dev).</param>
/// <param name="Articles">Articles scored.</param>
/// <param name="Tokens">Tokens in those articles.</param>
/// <param name="Scores">Span-level scores: content (exact, overlap, any), cue, source, whole attribution.</param>
/// <param name="SourceOnMatched">Speaker accuracy over content-matched attributions whose gold has a source (Correct of Gold).</param>
/// <param name="GoldKinds">Recall by gold kind (content overlap ≥ 50 %): Gold = gold items of the kind, Correct = matched.</param>
/// <param name="PredictedKinds">Precision by predicted kind, then by what is attributed (speech, belief, intention, evidence): Predicted = predictions of the kind, Correct = matched.</param>
/// <param name="Quotes">Quotes extracted.</param>
/// <param name="Elapsed">Time spent in the extractor alone (the language layer excluded).</param>
/// <param name="Failures">Articles left out because the language layer failed on them: name and error.</param>
public sealed record QuoteEvaluationReport(
    string Split,
    int Articles,
    long Tokens,
    IReadOnlyList<QuoteScore> Scores,
    IReadOnlyList<QuoteScore> SourceOnMatched,
    IReadOnlyList<QuoteScore> GoldKinds,
    IReadOnlyList<QuoteScore> PredictedKinds,
    int Quotes,
    TimeSpan Elapsed,
    IReadOnlyList<string> Failures)
{
    /// <summary>The score named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such score.</exception>
    public QuoteScore Score(string name) =>
        Scores.FirstOrDefault(s => s.Name == name) ?? throw new KeyNotFoundException($"No quote score named '{name}'.");

    /// <summary>The report as Markdown tables.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"Quotes on PolNeAR {Split} ({Articles:N0} articles, {Tokens:N0} tokens, {Quotes:N0} quotes extracted):").AppendLine().AppendLine();
        text.AppendLine("| Measure | Gold | Predicted | Correct | Precision | Recall | F1 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var s in Scores)
        {
            text.Append(c, $"| {s.Name} | {s.Gold:N0} | {s.Predicted:N0} | {s.Correct:N0} | {s.Precision:F4} | {s.Recall:F4} | {s.F1:F4} |").AppendLine();
        }

        text.AppendLine();
        text.AppendLine("Speaker on content-matched attributions (overlap ≥ 50 %, gold source present):").AppendLine();
        text.AppendLine("| Speaker span | Attributions | Correct | Accuracy |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var s in SourceOnMatched)
        {
            text.Append(c, $"| {s.Name} | {s.Gold:N0} | {s.Correct:N0} | {s.Recall:F4} |").AppendLine();
        }

        text.AppendLine();
        text.AppendLine("Recall by gold kind (content overlap ≥ 50 %):").AppendLine();
        text.AppendLine("| Gold kind | Gold | Found | Recall |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var s in GoldKinds)
        {
            text.Append(c, $"| {s.Name} | {s.Gold:N0} | {s.Correct:N0} | {s.Recall:F4} |").AppendLine();
        }

        text.AppendLine();
        text.AppendLine("Precision by predicted kind and attribution (content overlap ≥ 50 %):").AppendLine();
        text.AppendLine("| Predicted kind | Predicted | Matched | Precision |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var s in PredictedKinds)
        {
            text.Append(c, $"| {s.Name} | {s.Predicted:N0} | {s.Correct:N0} | {s.Precision:F4} |").AppendLine();
        }

        text.AppendLine();
        if (Failures.Count > 0)
        {
            text.Append(c, $"Left out ({Failures.Count:N0}, the language layer failed on them):").AppendLine();
            foreach (var failure in Failures)
            {
                text.Append("- ").AppendLine(failure);
            }

            text.AppendLine();
        }

        var perSecond = Elapsed.TotalSeconds <= 0 ? 0 : Articles / Elapsed.TotalSeconds;
        text.Append(c, $"Extractor time: {Elapsed.TotalMilliseconds:N0} ms ({perSecond:N0} articles/s; language layer excluded).").AppendLine();
        return text.ToString();
    }
}
