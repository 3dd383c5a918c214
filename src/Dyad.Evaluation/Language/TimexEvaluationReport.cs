using System.Globalization;
using System.Text;

namespace Dyad.Evaluation.Language;

/// <summary>TempEval-3 style time-expression scores: span (strict, relaxed), type and value, per type, and common errors.</summary>
/// <param name="Name">What was scored (the folder).</param>
/// <param name="Documents">Documents scored.</param>
/// <param name="Tokens">Tokens in their text.</param>
/// <param name="Elapsed">Time spent in the tagger alone.</param>
/// <param name="Gold">Gold TIMEX3 annotations.</param>
/// <param name="Predicted">Predicted expressions.</param>
/// <param name="Strict">Predictions with exactly the gold span.</param>
/// <param name="Relaxed">Predictions overlapping a gold span (one to one; includes strict matches).</param>
/// <param name="TypeCorrect">Relaxed matches with the gold type.</param>
/// <param name="ValueCorrect">Relaxed matches with the gold value.</param>
/// <param name="Types">Counts per gold type.</param>
/// <param name="ValueErrors">The commonest value errors on relaxed matches: (gold text, gold value, predicted value), count.</param>
/// <param name="Missed">The commonest gold expressions nothing overlapped ("text → value").</param>
/// <param name="Spurious">The commonest predictions that overlapped no gold expression ("text → value").</param>
public sealed record TimexEvaluationReport(
    string Name,
    int Documents,
    long Tokens,
    TimeSpan Elapsed,
    int Gold,
    int Predicted,
    int Strict,
    int Relaxed,
    int TypeCorrect,
    int ValueCorrect,
    IReadOnlyList<TimexTypeScore> Types,
    IReadOnlyList<((string Text, string Gold, string Predicted) Key, int Count)> ValueErrors,
    IReadOnlyList<(string Key, int Count)> Missed,
    IReadOnlyList<(string Key, int Count)> Spurious)
{
    /// <summary>Strict span precision.</summary>
    public double StrictPrecision => Ratio(Strict, Predicted);

    /// <summary>Strict span recall.</summary>
    public double StrictRecall => Ratio(Strict, Gold);

    /// <summary>Strict span F1.</summary>
    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    /// <summary>Relaxed (overlap) span precision.</summary>
    public double RelaxedPrecision => Ratio(Relaxed, Predicted);

    /// <summary>Relaxed (overlap) span recall.</summary>
    public double RelaxedRecall => Ratio(Relaxed, Gold);

    /// <summary>Relaxed span F1.</summary>
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Share of relaxed matches with the gold type.</summary>
    public double TypeAccuracy => Ratio(TypeCorrect, Relaxed);

    /// <summary>Value precision: relaxed matches with the gold value over predictions.</summary>
    public double ValuePrecision => Ratio(ValueCorrect, Predicted);

    /// <summary>Value recall: relaxed matches with the gold value over gold annotations.</summary>
    public double ValueRecall => Ratio(ValueCorrect, Gold);

    /// <summary>Value F1, the TempEval-3 headline figure for normalisation.</summary>
    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    /// <summary>Type F1 on relaxed matches, as TempEval-3 reports it.</summary>
    public double TypeF1 => F1(Ratio(TypeCorrect, Predicted), Ratio(TypeCorrect, Gold));

    /// <summary>Tokens per second through the tagger alone (tokenizing and splitting excluded).</summary>
    public double TokensPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Tokens / Elapsed.TotalSeconds;

    /// <summary>The report as Markdown: headline table, per-type table, then the commonest errors.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.Append(c, $"Time expressions on `{Name}` ({Documents:N0} documents, {Gold:N0} gold TIMEX3, {Predicted:N0} predicted; DCT as anchor):")
            .AppendLine().AppendLine();
        s.AppendLine("| Measure | P | R | F1 |");
        s.AppendLine("|---|---:|---:|---:|");
        s.Append(c, $"| Span, strict | {StrictPrecision:F4} | {StrictRecall:F4} | {StrictF1:F4} |").AppendLine();
        s.Append(c, $"| Span, relaxed (overlap) | {RelaxedPrecision:F4} | {RelaxedRecall:F4} | {RelaxedF1:F4} |").AppendLine();
        s.Append(c, $"| Type (on relaxed matches) | {Ratio(TypeCorrect, Predicted):F4} | {Ratio(TypeCorrect, Gold):F4} | {TypeF1:F4} |").AppendLine();
        s.Append(c, $"| **Value (on relaxed matches)** | {ValuePrecision:F4} | {ValueRecall:F4} | **{ValueF1:F4}** |").AppendLine().AppendLine();
        s.Append(c, $"Type accuracy on relaxed matches: {TypeAccuracy:F4}. Tagger speed: {TokensPerSecond:N0} tokens/s on one thread ({Tokens:N0} tokens).")
            .AppendLine().AppendLine();
        s.AppendLine("| Gold type | Gold | Predicted | Matched (relaxed) | Type correct | Value correct | Value recall |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var t in Types)
        {
            s.Append(c, $"| {t.Type} | {t.Gold} | {t.Predicted} | {t.Matched} | {t.TypeCorrect} | {t.ValueCorrect} | {Ratio(t.ValueCorrect, t.Gold):F4} |").AppendLine();
        }

        s.AppendLine().AppendLine("Commonest value errors on relaxed matches:").AppendLine();
        s.AppendLine("| Gold text | Gold value | Predicted value | Count |");
        s.AppendLine("|---|---|---|---:|");
        foreach (var ((text, gold, predicted), count) in ValueErrors)
        {
            s.Append(c, $"| {Escape(text)} | `{gold}` | `{predicted}` | {count} |").AppendLine();
        }

        AppendList(s, "Commonest missed gold expressions", Missed);
        AppendList(s, "Commonest spurious predictions", Spurious);
        return s.ToString();
    }

    private static void AppendList(StringBuilder s, string title, IReadOnlyList<(string Key, int Count)> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        s.AppendLine().Append(title).Append(": ");
        for (var i = 0; i < items.Count; i++)
        {
            s.Append(i > 0 ? "; " : string.Empty).Append(Escape(items[i].Key)).Append(" (").Append(items[i].Count.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        s.AppendLine();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static double Ratio(long a, long b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
