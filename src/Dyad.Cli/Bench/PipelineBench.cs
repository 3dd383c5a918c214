using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Cleaning;
using Dyad.Cli.Running;
using Dyad.Core;
using Dyad.Ingest;

namespace Dyad.Cli.Bench;

/// <summary>
/// The whole per-article pipeline of <c>dyad run</c> minus reading and the store — content id, cleaning, dedup
/// fingerprint, language layer, events with actors, modality and attributes, quotes with their speakers coded, store
/// rows — on one thread, with the time of each stage, the bytes allocated per article and samples of the managed heap
/// and working set to show whether memory stays flat.
/// </summary>
internal static class PipelineBench
{
    /// <summary>One memory sample: articles processed so far (over all rounds, warm-up included), managed heap and working set.</summary>
    public readonly record struct Sample(long Articles, long HeapBytes, long WorkingSetBytes);

    /// <summary>One timed round.</summary>
    public sealed record Round(int Articles, TimeSpan Wall, TimeSpan Processor, long AllocatedBytes, StageTimes Stages, long HeapAfterFullCollection,
        TimeSpan GcPause, int Gen0, int Gen1, int Gen2)
    {
        public double ArticlesPerSecond => Articles / Wall.TotalSeconds;

        public double ArticlesPerProcessorSecond => Articles / Processor.TotalSeconds;
    }

    /// <summary>Every article of <paramref name="path"/> (any input dyad run reads), read once into memory.</summary>
    public static IReadOnlyList<RawArticle> ReadArticles(string path)
    {
        var reader = new ArticleReader();
        var articles = new List<RawArticle>();
        foreach (var file in InputExpander.Expand([path]).Files)
        {
            foreach (var item in reader.Read(file))
            {
                if (item.Article is { } article)
                {
                    articles.Add(article);
                }
            }
        }

        return articles;
    }

    /// <summary>Runs every article once to warm up, then <paramref name="rounds"/> timed rounds; samples memory every
    /// <paramref name="sampleEvery"/> articles.</summary>
    public static (IReadOnlyList<Round> Rounds, IReadOnlyList<Sample> Samples) Run(
        IReadOnlyList<RawArticle> articles, ArticlePreparer preparer, int rounds, int sampleEvery, CancellationToken cancellationToken)
    {
        var samples = new List<Sample>();
        var results = new List<Round>();
        long done = 0;
        var process = Process.GetCurrentProcess();
        for (var round = 0; round <= rounds; round++)
        {
            var stages = new StageTimes();
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var allocatedStart = GC.GetAllocatedBytesForCurrentThread();
            var (pauseStart, gen0, gen1, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var clock = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArticleAnalysis.Process(article, preparer, stages);
                if (++done % sampleEvery == 0)
                {
                    samples.Add(new Sample(done, GC.GetTotalMemory(false), Environment.WorkingSet));
                }
            }

            clock.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedStart;
            var pause = GC.GetTotalPauseDuration() - pauseStart;
            (gen0, gen1, gen2) = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuStart;
            if (round > 0)
            {
                results.Add(new Round(articles.Count, clock.Elapsed, cpu, allocated, stages, GC.GetTotalMemory(true), pause, gen0, gen1, gen2));
            }
        }

        return (results, samples);
    }

    /// <summary>The report as Markdown.</summary>
    public static string ToMarkdown(IReadOnlyList<Round> rounds, IReadOnlyList<Sample> samples, int articleCount)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var last = rounds[^1];
        var s = last.Stages;
        sb.Append("| Round | Articles | Sentences | Tokens | Events | Quotes | Seconds (wall) | Processor seconds | Articles/s (wall) | Articles per processor-second | KB allocated per article | Heap after full GC (MB) | GC pauses (s) | Collections (gen 0/1/2) |\n");
        sb.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var i = 0; i < rounds.Count; i++)
        {
            var r = rounds[i];
            sb.Append(c, $"| {i + 1} | {r.Articles} | {r.Stages.Sentences} | {r.Stages.Tokens} | {r.Stages.EventCount} | {r.Stages.QuoteCount} | {r.Wall.TotalSeconds:F2} | {r.Processor.TotalSeconds:F2} | {r.ArticlesPerSecond:F0} | {r.ArticlesPerProcessorSecond:F0} | {r.AllocatedBytes / 1024.0 / r.Articles:F0} | {r.HeapAfterFullCollection / 1048576.0:F1} | {r.GcPause.TotalSeconds:F2} | {r.Gen0}/{r.Gen1}/{r.Gen2} |\n");
        }

        var median = rounds.Select(r => r.ArticlesPerSecond).Order().ElementAt(rounds.Count / 2);
        sb.Append(c, $"\nMedian over {rounds.Count} rounds: {median:F0} articles/s (wall).\n\n");
        sb.Append("Time and allocation by stage (last round):\n\n| Stage | Seconds | Share | Articles/s for this stage alone | KB allocated per article |\n|---|---:|---:|---:|---:|\n");
        var total = (double)s.Total;
        foreach (var (stage, name) in new[]
                 {
                     (PipelineStage.Cleaning, "content id, cleaning, dedup fingerprint"), (PipelineStage.Language, "language layer"),
                     (PipelineStage.Events, "events (clauses, patterns, coreference, actors, modality, attributes)"),
                     (PipelineStage.Quotes, "quotes (extraction, speakers in the document)"), (PipelineStage.Speakers, "quote speakers coded (actors)"),
                     (PipelineStage.Rows, "store rows"),
                 })
        {
            var ticks = s.Ticks(stage);
            var seconds = ticks / (double)Stopwatch.Frequency;
            sb.Append(c, $"| {name} | {seconds:F2} | {ticks / total:P1} | {articleCount / seconds:F0} | {s.Bytes(stage) / 1024.0 / articleCount:F1} |\n");
        }

        sb.Append('\n');
        if (samples.Count >= 2)
        {
            // The slope over the timed rounds only: the warm-up round loads models and fills caches.
            var timed = samples.Where(p => p.Articles > articleCount).ToList();
            var (heapSlope, wsSlope) = (Slope(timed, p => p.HeapBytes), Slope(timed, p => p.WorkingSetBytes));
            sb.Append("Memory samples (managed heap without forcing a collection, working set):\n\n| Articles processed | Heap MB | Working set MB |\n|---:|---:|---:|\n");
            foreach (var p in Pick(samples))
            {
                sb.Append(c, $"| {p.Articles} | {p.HeapBytes / 1048576.0:F1} | {p.WorkingSetBytes / 1048576.0:F1} |\n");
            }

            sb.Append(c, $"\nLeast-squares slope over the timed rounds ({timed.Count} samples): heap {heapSlope * 1000 / 1024:F1} KB per 1,000 articles, working set {wsSlope * 1000 / 1024:F1} KB per 1,000 articles.\n");
        }

        return sb.ToString();
    }

    private static IEnumerable<Sample> Pick(IReadOnlyList<Sample> samples)
    {
        // First three, last three and a few between: enough to see a trend without a page of rows.
        var step = Math.Max(1, samples.Count / 8);
        for (var i = 0; i < samples.Count; i++)
        {
            if (i < 3 || i >= samples.Count - 3 || i % step == 0)
            {
                yield return samples[i];
            }
        }
    }

    private static double Slope(List<Sample> points, Func<Sample, long> y)
    {
        if (points.Count < 2)
        {
            return 0;
        }

        double mx = points.Average(p => (double)p.Articles), my = points.Average(p => (double)y(p));
        double num = 0, den = 0;
        foreach (var p in points)
        {
            num += (p.Articles - mx) * (y(p) - my);
            den += (p.Articles - mx) * (p.Articles - mx);
        }

        return den == 0 ? 0 : num / den;
    }
}
