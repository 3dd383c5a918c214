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
}
