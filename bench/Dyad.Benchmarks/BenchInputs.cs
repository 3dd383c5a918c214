using Dyad.Evaluation.Corpora;
using Dyad.Evaluation.Reuters;

namespace Dyad.Benchmarks;

/// <summary>Benchmark inputs: real articles from ../shared/data when present, generated news-like text otherwise.</summary>
public static class BenchInputs
{
    /// <summary>The shared data folder, looked up from the working directory and the binary's folder.</summary>
    public static string? SharedData
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("DYAD_SHARED_DATA");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            {
                return env;
            }

            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    var candidate = Path.Combine(dir.FullName, "shared", "data");
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }
    }

    /// <summary><paramref name="count"/> Reuters-21578 bodies longer than 500 characters when the shared data is
    /// present, else as many generated articles of 3,000 characters.</summary>
    public static string[] Articles(int count)
    {
        var data = SharedData;
        var reuters = data is null ? null : Path.Combine(data, "reuters21578");
        return reuters is not null && Directory.Exists(reuters)
            ? ReutersCorpus.Read(reuters).Select(a => a.Body).Where(b => b.Length > 500).Take(count).ToArray()
            : Enumerable.Range(0, count).Select(i => GeneratedText.Article(3000, i)).ToArray();
    }
}
