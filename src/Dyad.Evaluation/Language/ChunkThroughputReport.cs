using System.Globalization;

namespace Dyad.Evaluation.Language;

/// <summary>Speed of the part-of-speech tagger and of the chunker, each measured alone on one thread.</summary>
/// <param name="Documents">Texts read.</param>
/// <param name="Sentences">Sentences in them.</param>
/// <param name="Tokens">Tokens handled over all timed rounds (by each stage).</param>
/// <param name="PosWall">Wall time of part-of-speech tagging.</param>
/// <param name="PosProcessor">Processor time of the process during tagging.</param>
/// <param name="PosAllocated">Bytes allocated on the measuring thread during tagging.</param>
/// <param name="ChunkWall">Wall time of chunking.</param>
/// <param name="ChunkProcessor">Processor time of the process during chunking.</param>
/// <param name="ChunkAllocated">Bytes allocated on the measuring thread during chunking.</param>
public sealed record ChunkThroughputReport(
    int Documents,
    int Sentences,
    long Tokens,
    TimeSpan PosWall,
    TimeSpan PosProcessor,
    long PosAllocated,
    TimeSpan ChunkWall,
    TimeSpan ChunkProcessor,
    long ChunkAllocated)
{
    /// <summary>A Markdown table: per stage, nanoseconds per token (wall and processor), tokens per second and bytes per token.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        return string.Create(c, $"""
            Tagging and chunking speed, one thread, {Documents:N0} texts, {Sentences:N0} sentences, {Tokens:N0} tokens per stage (all timed rounds):

            | Stage | ns/token (wall) | ns/token (processor) | Tokens/s (wall) | Tokens/s (processor) | Bytes/token |
            |---|---:|---:|---:|---:|---:|
            {Row("Part of speech", PosWall, PosProcessor, PosAllocated)}
            {Row("Chunks", ChunkWall, ChunkProcessor, ChunkAllocated)}
            {Row("Both", PosWall + ChunkWall, PosProcessor + ChunkProcessor, PosAllocated + ChunkAllocated)}

            """);

        string Row(string name, TimeSpan wall, TimeSpan cpu, long bytes)
        {
            var n = Math.Max(Tokens, 1);
            return string.Create(c,
                $"| {name} | {wall.TotalNanoseconds / n:F0} | {cpu.TotalNanoseconds / n:F0} | {n / Math.Max(wall.TotalSeconds, 1e-9):N0} | {n / Math.Max(cpu.TotalSeconds, 1e-9):N0} | {(double)bytes / n:F2} |");
        }
    }
}
