using System.Text;

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

    /// <summary>News-like text of about <paramref name="chars"/> characters, the same on every run.</summary>
    public static string GeneratedArticle(int chars, int seed = 42)
    {
        string[] words =
        [
            "the", "president", "said", "on", "Friday", "that", "talks", "with", "Russia", "would", "continue", "in", "Geneva",
            "officials", "and", "ministers", "discussed", "Syria", "Iran", "trade", "security", "a", "spokesman", "for", "of",
        ];
        var rng = new Random(seed);
        var sb = new StringBuilder(chars + 64);
        while (sb.Length < chars)
        {
            var n = rng.Next(12, 30);
            for (var i = 0; i < n; i++)
            {
                var w = words[rng.Next(words.Length)];
                sb.Append(i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w).Append(i == n - 1 ? ". " : " ");
            }

            if (rng.Next(4) == 0)
            {
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }
}
