using System.Diagnostics;
using Dyad.Ingest;

namespace Dyad.Cli.Bench;

/// <summary>Reads generated JSON lines and a generated gzipped WARC file of a given size with <see cref="ArticleReader"/>
/// alone (no cleaning, no store), and reports time and peak memory for each.</summary>
internal static class ReadBench
{
    public sealed record Result(string Format, long InputBytes, long FileBytes, int Articles, TimeSpan Elapsed, long PeakRssBytes)
    {
        public double MegabytesPerSecond => InputBytes / 1024.0 / 1024.0 / Elapsed.TotalSeconds;
    }

    public static IReadOnlyList<Result> Run(long bytes, Action<string> log, CancellationToken cancellationToken)
    {
        var dir = Path.Combine(Path.GetTempPath(), "dyad-bench-read-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var results = new List<Result>();
            foreach (var (format, name) in new[] { ("JSON lines", "input.jsonl"), ("WARC, gzip members", "input.warc.gz") })
            {
                var path = Path.Combine(dir, name);
                log($"generating {bytes / 1024 / 1024} MB of {format} ...");
                var gzipped = name.EndsWith(".gz", StringComparison.Ordinal);
                if (gzipped)
                {
                    SyntheticInput.WriteWarcGz(path, bytes);
                }
                else
                {
                    SyntheticInput.WriteJsonl(path, bytes);
                }

                PeakMemory.Reset();
                var reader = new ArticleReader();
                var count = 0;
                var clock = Stopwatch.StartNew();
                foreach (var item in reader.Read(InputFile.FromPath(path), cancellationToken))
                {
                    count += item.Article is null ? 0 : 1;
                }

                clock.Stop();
                // The WARC writer stops at the requested size uncompressed; the JSON lines file is its own size.
                var fileBytes = new FileInfo(path).Length;
                results.Add(new Result(format, gzipped ? bytes : fileBytes, fileBytes, count, clock.Elapsed, PeakMemory.PeakRssBytes()));
                File.Delete(path);
            }

            return results;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
