using System.Globalization;
using System.Text;

namespace Dyad.Evaluation.Language;

/// <summary>Speed of the whole language layer, stage by stage, with the bytes allocated per token.</summary>
/// <param name="Documents">Documents processed in the timed rounds.</param>
/// <param name="Tokens">Tokens processed in the timed rounds.</param>
/// <param name="Stages">Each stage's name and the wall time it took in the timed rounds.</param>
/// <param name="AllocatedBytes">Bytes allocated on the measuring thread during the timed rounds.</param>
public sealed record LayerThroughputReport(int Documents, long Tokens, IReadOnlyList<(string Name, TimeSpan Elapsed)> Stages, long AllocatedBytes)
{
    /// <summary>Processor time of the whole process during the timed rounds (this thread, plus any garbage collection
    /// on others), or zero when not measured. On a shared machine wall time includes waiting for a core; processor
    /// time does not.</summary>
    public TimeSpan Processor { get; init; }

    /// <summary>Tokens per second of processor time, or zero when not measured.</summary>
    public double TokensPerProcessorSecond => Processor <= TimeSpan.Zero ? 0 : Tokens / Processor.TotalSeconds;

    /// <summary>Total wall time of all stages.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Stages.Sum(s => s.Elapsed.Ticks));

    /// <summary>Tokens per second through every stage.</summary>
    public double TokensPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Tokens / Elapsed.TotalSeconds;

    /// <summary>Bytes allocated per token.</summary>
    public double BytesPerToken => Tokens == 0 ? 0 : (double)AllocatedBytes / Tokens;

    /// <summary>Tokens per second through every stage whose name is not in <paramref name="excluded"/>.</summary>
    public double TokensPerSecondWithout(params string[] excluded)
    {
        var ticks = Stages.Where(s => !excluded.Contains(s.Name, StringComparer.Ordinal)).Sum(s => s.Elapsed.Ticks);
        return ticks <= 0 ? 0 : Tokens / TimeSpan.FromTicks(ticks).TotalSeconds;
    }

    /// <summary>A Markdown table: one row per stage (its share and its own rate), then the total.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("| Stage | Seconds | Share | Tokens/s (stage alone) |\n|---|---:|---:|---:|\n");
        var total = Elapsed.TotalSeconds;
        foreach (var (name, elapsed) in Stages)
        {
            var seconds = elapsed.TotalSeconds;
            sb.Append(c, $"| {name} | {seconds:F3} | {(total > 0 ? seconds / total : 0):P1} | {(seconds > 0 ? Tokens / seconds : 0):N0} |\n");
        }

        sb.Append(c, $"| **all stages** | {total:F3} | 100% | **{TokensPerSecond:N0}** |\n\n");
        sb.Append(c, $"{Documents:N0} documents, {Tokens:N0} tokens; {BytesPerToken:F1} bytes allocated per token (all stages, including the layers' arrays).\n");
        if (Processor > TimeSpan.Zero)
        {
            sb.Append(c, $"Processor time {Processor.TotalSeconds:F3} s: **{TokensPerProcessorSecond:N0} tokens per processor-second** (wall time above includes waiting for a core when the machine is shared).\n");
        }
        return sb.ToString();
    }
}
