using System.Diagnostics;
using Dyad.Cli.Output;
using Dyad.Cli.Running;
using Dyad.Ingest;
using Dyad.Storage;

namespace Dyad.Cli.Bench;

/// <summary>Ingests a generated input of a given size end to end (read, clean, dedup, store) and reports peak memory.</summary>
/// <remarks>The input is JSON lines whose articles are made by mixing sentences of real articles (or generated text), so
/// they are distinct and not near duplicates of each other: the store, the FTS index and the duplicate index all do
/// their full work. The file and the store are written to a temporary folder and deleted afterwards.</remarks>
internal sealed class IngestMemoryBench
{
    public sealed record Result(long InputBytes, int Articles, TimeSpan Elapsed, long PeakRssBytes, long StoreBytes)
    {
        public double MegabytesPerSecond => InputBytes / 1024.0 / 1024.0 / Elapsed.TotalSeconds;
    }

    public static async Task<Result> RunAsync(IReadOnlyList<string> sourceTexts, long inputBytes, Action<string> log, CancellationToken cancellationToken)
    {
        var dir = Path.Combine(Path.GetTempPath(), "dyad-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(dir, "input.jsonl");
            log($"generating {inputBytes / 1024 / 1024} MB of JSON lines in {dir} ...");
            var articles = Generate(input, sourceTexts, inputBytes);
            var actualBytes = new FileInfo(input).Length;
            log($"ingesting {articles} articles ({actualBytes / 1024.0 / 1024.0:0} MB) ...");
            PeakMemory.Reset();
            var clock = Stopwatch.StartNew();
            using (var store = DyadStore.Open(Path.Combine(dir, "bench.db")))
            {
                var runner = new IngestRunner(Commands.Pipelines.CreatePreparer, new IngestOptions());
                var summary = await runner.RunAsync([input], store, new LogProgress(log), cancellationToken);
                if (summary.Failures.Count > 0)
                {
                    log($"{summary.Failures.Count} failures, first: {summary.Failures[0].Locator}: {summary.Failures[0].Reason}");
                }
            }

            clock.Stop();
            var storeBytes = Directory.GetFiles(dir, "bench.db*").Sum(f => new FileInfo(f).Length);
            return new Result(actualBytes, articles, clock.Elapsed, PeakMemory.PeakRssBytes(), storeBytes);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static int Generate(string path, IReadOnlyList<string> sources, long bytes)
    {
        var sentences = new List<string>();
        foreach (var text in sources)
        {
            foreach (var s in text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (s.Length > 20)
                {
                    sentences.Add(s.EndsWith('.') ? s : s + ".");
                }
            }
        }

        if (sentences.Count < 100)
        {
            throw new InvalidOperationException("Too little source text to generate a benchmark input.");
        }

        var rng = new Random(1987);
        var count = 0;
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var lines = new JsonLinesWriter(stream);
        var body = new System.Text.StringBuilder();
        while (stream.Position < bytes)
        {
            body.Clear();
            var n = rng.Next(8, 40);
            for (var i = 0; i < n; i++)
            {
                body.Append(sentences[rng.Next(sentences.Count)]).Append(i % 4 == 3 ? "\n\n" : " ");
            }

            var id = count;
            lines.WriteLine(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", "bench-" + id);
                w.WriteString("title", "Benchmark article " + id);
                w.WriteString("text", body.ToString());
                w.WriteEndObject();
            });
            count++;
        }

        return count;
    }

    private sealed class LogProgress(Action<string> log) : IRunProgress
    {
        public void Start(int files, long bytes)
        {
        }

        public void FileStarted(string path)
        {
        }

        public void FileDone(string path, long bytes) => log($"read {path}");

        public void Finish()
        {
        }
    }
}
