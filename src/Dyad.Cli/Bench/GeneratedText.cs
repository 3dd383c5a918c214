using System.Text;

namespace Dyad.Cli.Bench;

/// <summary>News-like text for benchmarks when the shared data is absent; the same on every run.</summary>
internal static class GeneratedText
{
    public static string Article(int chars, int seed = 42)
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
        }

        return sb.ToString();
    }
}
