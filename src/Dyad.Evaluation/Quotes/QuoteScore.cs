namespace Dyad.Evaluation.Quotes;

/// <summary>One row of a quote evaluation: gold and predicted counts and how many matched.</summary>
/// <param name="Name">What is scored (<c>content, overlap ≥ 50 %</c>, <c>cue, exact</c>, ...).</param>
/// <param name="Gold">Gold items.</param>
/// <param name="Predicted">Predicted items.</param>
/// <param name="Correct">Matched pairs (one to one).</param>
public sealed record QuoteScore(string Name, int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold (0 when there is no gold item).</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
