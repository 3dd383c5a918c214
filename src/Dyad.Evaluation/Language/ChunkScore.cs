namespace Dyad.Evaluation.Language;

/// <summary>Phrase-level counts for one chunk type (or all types): exact matches of start, end and type.</summary>
/// <param name="Type">The phrase type, or <c>"all"</c>.</param>
/// <param name="Gold">Phrases in the gold data.</param>
/// <param name="Predicted">Phrases predicted.</param>
/// <param name="Correct">Predicted phrases with the same start, end and type as a gold phrase.</param>
public sealed record ChunkScore(string Type, long Gold, long Predicted, long Correct)
{
    /// <summary>Correct / predicted (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold (0 when there is no gold phrase).</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
