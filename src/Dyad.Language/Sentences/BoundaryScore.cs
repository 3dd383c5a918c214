namespace Dyad.Language.Sentences;

/// <summary>Sentence boundary counts over a set of documents, with precision, recall and F1.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Gold">Gold sentence ends.</param>
/// <param name="Predicted">Predicted sentence ends.</param>
/// <param name="Correct">Predicted ends that are gold ends.</param>
public sealed record BoundaryScore(int Documents, long Gold, long Predicted, long Correct)
{
    /// <summary>Correct / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
