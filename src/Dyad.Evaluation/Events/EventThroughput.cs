using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Core;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;

namespace Dyad.Evaluation.Events;

/// <summary>
/// Throughput of the whole path from text to coded events (language layer, clauses, patterns, coreference, actor
/// codes, attributes) on one thread, over the 300 AFP and Xinhua articles of <c>te3-silver-wire-sample</c>.
/// </summary>
public static class EventThroughput
{
    /// <summary>The articles' texts and publication dates (the <c>text</c> and <c>dct</c> fields of <c>articles.jsonl</c>).</summary>
    public static IReadOnlyList<(string Text, PartialDate? Published)> ReadWireSample(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Wire sample not found: {path}", path);
        }

        var list = new List<(string, PartialDate?)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } t)
            {
                PartialDate? published = doc.RootElement.TryGetProperty("dct", out var dct) && PartialDate.TryParse(dct.GetString(), out var d) ? d : null;
                list.Add((t, published));
            }
        }

        return list;
    }

    /// <summary>Annotates and codes every article <paramref name="rounds"/> times after one warm-up round; reports the last round.</summary>
    public static string Measure(IReadOnlyList<(string Text, PartialDate? Published)> articles, int rounds = 2)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var extractor = EventExtractor.Default;
        long tokens = 0, sentences = 0, events = 0;
        TimeSpan wall = TimeSpan.Zero, cpu = TimeSpan.Zero, languageWall = TimeSpan.Zero;
        for (var round = 0; round <= Math.Max(1, rounds); round++)
        {
            tokens = sentences = events = 0;
            var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var language = TimeSpan.Zero;
            foreach (var (text, published) in articles)
            {
                var start = clock.Elapsed;
                var annotated = LanguagePipeline.Default.Annotate(text, published);
                language += clock.Elapsed - start;
                events += extractor.Extract(annotated).Length;
                tokens += annotated.Tokens.Length;
                sentences += annotated.Sentences.Length;
            }

            wall = clock.Elapsed;
            languageWall = language;
            process.Refresh();
            cpu = process.TotalProcessorTime - cpuStart;
        }

        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("| Articles | Sentences | Tokens | Event mentions | Seconds (wall) | of which language layer | Processor seconds | Sentences/s | Articles/s |\n");
        sb.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        sb.Append(c, $"| {articles.Count} | {sentences} | {tokens} | {events} | {wall.TotalSeconds:F2} | {languageWall.TotalSeconds:F2} | {cpu.TotalSeconds:F2} | {sentences / wall.TotalSeconds:F0} | {articles.Count / wall.TotalSeconds:F0} |\n");
        return sb.ToString();
    }
}
