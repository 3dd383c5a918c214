using System.Globalization;
using System.Text;

namespace Dyad.Evaluation.Language;

/// <summary>Sentence-boundary scores: a boundary is a sentence's end offset in the space-joined document text.</summary>
/// <param name="File">The CoNLL file scored.</param>
/// <param name="Documents">Documents read.</param>
/// <param name="Tokens">Gold tokens read.</param>
/// <param name="Gold">Gold sentence ends.</param>
/// <param name="Predicted">Predicted sentence ends.</param>
/// <param name="Correct">Predicted ends that equal a gold end.</param>
public sealed record SentenceReport(string File, int Documents, int Tokens, int Gold, int Predicted, int Correct)
{
    /// <summary>The same counts for the rules alone (<see cref="Dyad.Language.Sentences.SentenceSplitter"/>), when measured.</summary>
    public Dyad.Language.Sentences.BoundaryScore? Rules { get; init; }

    /// <summary>Correct over predicted (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    /// <summary>Correct over gold (1 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The scores as a Markdown table.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"Sentence boundaries on `{Path.GetFileName(File)}`: {Documents} documents, {Tokens} tokens.\n\n");
        sb.Append("| Splitter | Gold | Predicted | Correct | Precision | Recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        if (Rules is { } rules)
        {
            sb.Append(c, $"| rules only | {rules.Gold} | {rules.Predicted} | {rules.Correct} | {rules.Precision:0.0000} | {rules.Recall:0.0000} | {rules.F1:0.0000} |\n");
        }

        sb.Append(c, $"| rules + boundary model | {Gold} | {Predicted} | {Correct} | {Precision:0.0000} | {Recall:0.0000} | {F1:0.0000} |\n");
        return sb.ToString();
    }
}
