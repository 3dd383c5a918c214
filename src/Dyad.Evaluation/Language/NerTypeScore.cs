namespace Dyad.Evaluation.Language;

/// <summary>Entity counts and scores for one type (or all types).</summary>
/// <param name="Type">The type, or <c>overall</c>.</param>
/// <param name="Gold">Gold entities.</param>
/// <param name="Predicted">Predicted entities.</param>
/// <param name="Correct">Predicted entities matching a gold one exactly (boundaries and type).</param>
public sealed record NerTypeScore(string Type, long Gold, long Predicted, long Correct)
{
    /// <summary>Correct / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
