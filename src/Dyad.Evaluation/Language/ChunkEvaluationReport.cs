using System.Globalization;
using System.Text;

namespace Dyad.Evaluation.Language;

/// <summary>Chunk scores over a CoNLL file: phrase-level precision, recall and F1, overall and per type.</summary>
/// <param name="File">The scored file.</param>
/// <param name="PosSource">Where the part-of-speech tags fed to the chunker came from (e.g. "predicted" or "gold").</param>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Tokens">Words scored.</param>
/// <param name="LabelAccuracy">Share of words whose predicted label, in BIO form, equals the gold one in BIO form.</param>
/// <param name="Overall">Scores over all phrase types.</param>
/// <param name="ByType">Scores per phrase type.</param>
/// <param name="Elapsed">Wall time spent chunking (part-of-speech tagging and reading the file excluded).</param>
public sealed record ChunkEvaluationReport(
    string File,
    string PosSource,
    int Sentences,
    long Tokens,
    double LabelAccuracy,
    ChunkScore Overall,
    IReadOnlyList<ChunkScore> ByType,
    TimeSpan Elapsed)
{
    /// <summary>Words chunked per second of wall time on the calling thread.</summary>
    public double TokensPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Tokens / Elapsed.TotalSeconds;

    /// <summary>The report as a Markdown table.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"Chunk scores on `{Path.GetFileName(File)}` ({Sentences:N0} sentences, {Tokens:N0} tokens, {PosSource} part-of-speech tags):").AppendLine().AppendLine();
        text.AppendLine("| Type | Gold | Predicted | Correct | Precision | Recall | F1 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var score in ByType)
        {
            Row(score, bold: false);
        }

        Row(Overall, bold: true);
        text.AppendLine();
        text.Append(c, $"Label accuracy (BIO): {LabelAccuracy:F4}. Chunking speed: {TokensPerSecond:N0} tokens/s on one thread (tagging excluded).").AppendLine();
        return text.ToString();

        void Row(ChunkScore s, bool bold)
        {
            var f1 = bold ? $"**{s.F1:F4}**" : s.F1.ToString("F4", c);
            text.Append(c, $"| {s.Type} | {s.Gold:N0} | {s.Predicted:N0} | {s.Correct:N0} | {s.Precision:F4} | {s.Recall:F4} | {f1} |").AppendLine();
        }
    }
}
