using System.Globalization;
using System.Text;

namespace Dyad.Evaluation.Language;

/// <summary>Entity scores over a CoNLL file with timing and the commonest errors.</summary>
/// <param name="File">The scored file.</param>
/// <param name="Documents">Documents tagged.</param>
/// <param name="Scores">The conlleval-style scores and error analysis.</param>
/// <param name="Subtypes">How many predicted mentions received each subtype (GPE, NORP).</param>
/// <param name="PosElapsed">Wall time spent on part-of-speech tagging.</param>
/// <param name="NerElapsed">Wall time of a warm pass of entity tagging (both stages, document features, decoding).</param>
public sealed record NerEvaluationReport(
    string File,
    int Documents,
    NerScores Scores,
    IReadOnlyDictionary<string, int> Subtypes,
    TimeSpan PosElapsed,
    TimeSpan NerElapsed)
{
    /// <summary>Words per second of entity tagging alone on the calling thread.</summary>
    public double TokensPerSecond => NerElapsed.TotalSeconds <= 0 ? 0 : Scores.Tokens / NerElapsed.TotalSeconds;

    /// <summary>The report as Markdown: overall and per-type table, errors by kind with examples, type confusions.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var s = Scores;
        var text = new StringBuilder();
        text.Append(c, $"Named entities on `{Path.GetFileName(File)}` ({Documents:N0} documents, {s.Sentences:N0} sentences, {s.Tokens:N0} tokens), conlleval exact match:").AppendLine().AppendLine();
        text.AppendLine("| Type | Gold | Predicted | Correct | Precision | Recall | F1 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in s.Types)
        {
            Row(row);
        }

        Row(s.Overall, bold: true);
        text.AppendLine();
        if (Subtypes.Count > 0)
        {
            text.Append("Subtypes assigned: ");
            var first = true;
            foreach (var (subtype, count) in Subtypes.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(c, $"{(first ? string.Empty : ", ")}{subtype} {count:N0}");
                first = false;
            }

            text.AppendLine(".").AppendLine();
        }

        text.Append(c, $"Speed (warm, one thread, wall time): entity tagging {TokensPerSecond:N0} tokens/s ({1e6 / Math.Max(TokensPerSecond, 1):F2} µs/token), {NerElapsed.TotalSeconds:F2} s; part of speech (first pass) {PosElapsed.TotalSeconds:F2} s.").AppendLine();
        if (s.Errors.Count > 0)
        {
            text.AppendLine().AppendLine("Errors by kind (commonest examples):").AppendLine();
            foreach (var (kind, count) in s.Errors)
            {
                text.Append(c, $"- {Describe(kind)}: {count:N0}");
                if (s.Examples.TryGetValue(kind, out var examples) && examples.Count > 0)
                {
                    text.Append(" — ").Append(string.Join(", ", examples.Select(e => e.Count > 1 ? string.Create(c, $"{e.Text} ×{e.Count}") : e.Text)));
                }

                text.AppendLine();
            }
        }

        if (s.Confusions.Count > 0)
        {
            text.AppendLine().Append("Type confusions with the right boundaries (gold → predicted): ");
            text.AppendLine(string.Join(", ", s.Confusions.Take(8).Select(x => string.Create(c, $"{x.Gold} → {x.Predicted} ({x.Count})"))));
        }

        return text.ToString();

        void Row(NerTypeScore row, bool bold = false)
        {
            var f1 = bold ? string.Create(c, $"**{row.F1:F4}**") : string.Create(c, $"{row.F1:F4}");
            text.Append(c, $"| {row.Type} | {row.Gold:N0} | {row.Predicted:N0} | {row.Correct:N0} | {row.Precision:F4} | {row.Recall:F4} | {f1} |").AppendLine();
        }
    }

    private static string Describe(NerErrorKind kind) => kind switch
    {
        NerErrorKind.Missed => "missed (no overlapping prediction)",
        NerErrorKind.Spurious => "spurious (no overlapping gold entity)",
        NerErrorKind.WrongType => "right boundaries, wrong type",
        NerErrorKind.Boundary => "right type, wrong boundaries",
        NerErrorKind.BoundaryAndType => "wrong boundaries and type",
        _ => kind.ToString(),
    };
}
