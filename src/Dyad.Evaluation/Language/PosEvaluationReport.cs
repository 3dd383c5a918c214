using System.Globalization;
using System.Text;

namespace Dyad.Evaluation.Language;

/// <summary>Part-of-speech accuracy over a CoNLL file, overall and split by whether the word was seen in training.</summary>
/// <param name="File">The scored file.</param>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Tokens">Words scored.</param>
/// <param name="Correct">Words whose predicted tag equals the gold tag.</param>
/// <param name="KnownTokens">Words that occurred in the tagger's training data.</param>
/// <param name="KnownCorrect">Known words tagged correctly.</param>
/// <param name="Elapsed">Wall time spent tagging (reading the file excluded).</param>
/// <param name="Confusions">The most frequent errors as (gold, predicted, count), commonest first.</param>
public sealed record PosEvaluationReport(
    string File,
    int Sentences,
    long Tokens,
    long Correct,
    long KnownTokens,
    long KnownCorrect,
    TimeSpan Elapsed,
    IReadOnlyList<(string Gold, string Predicted, int Count)> Confusions)
{
    /// <summary>Share of all words tagged correctly.</summary>
    public double Accuracy => Tokens == 0 ? 0 : (double)Correct / Tokens;

    /// <summary>Share of known words tagged correctly.</summary>
    public double KnownAccuracy => KnownTokens == 0 ? 0 : (double)KnownCorrect / KnownTokens;

    /// <summary>Words not seen in training.</summary>
    public long UnknownTokens => Tokens - KnownTokens;

    /// <summary>Share of unknown words tagged correctly.</summary>
    public double UnknownAccuracy => UnknownTokens == 0 ? 0 : (double)(Correct - KnownCorrect) / UnknownTokens;

    /// <summary>Words tagged per second of wall time on the calling thread.</summary>
    public double TokensPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Tokens / Elapsed.TotalSeconds;

    /// <summary>The report as a Markdown table, then the commonest confusions.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"Part-of-speech accuracy on `{Path.GetFileName(File)}` ({Sentences:N0} sentences):").AppendLine().AppendLine();
        text.AppendLine("| Words | Tokens | Accuracy |");
        text.AppendLine("|---|---:|---:|");
        text.Append(c, $"| All | {Tokens:N0} | {Accuracy:F4} |").AppendLine();
        text.Append(c, $"| Known (seen in training) | {KnownTokens:N0} | {KnownAccuracy:F4} |").AppendLine();
        text.Append(c, $"| Unknown | {UnknownTokens:N0} | {UnknownAccuracy:F4} |").AppendLine().AppendLine();
        text.Append(c, $"Tagging speed: {TokensPerSecond:N0} tokens/s on one thread.").AppendLine();
        if (Confusions.Count > 0)
        {
            text.AppendLine().Append("Commonest errors (gold → predicted): ");
            for (var i = 0; i < Confusions.Count; i++)
            {
                var (gold, predicted, count) = Confusions[i];
                text.Append(c, $"{(i > 0 ? ", " : string.Empty)}{gold} → {predicted} ({count})");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
