using System.Text;

namespace Dyad.Evaluation.Corpora;

/// <summary>News-like text for benchmarks when the shared data is absent; the same on every run for a seed.</summary>
public static class GeneratedText
{
    private static readonly string[] Words =
    [
        "the", "president", "said", "on", "Friday", "that", "talks", "with", "Russia", "would", "continue", "in", "Geneva",
        "officials", "and", "ministers", "discussed", "Syria", "Iran", "trade", "security", "a", "spokesman", "for", "of",
    ];

    /// <summary>About <paramref name="chars"/> characters of sentences, with a line break after some of them.</summary>
    public static string Article(int chars, int seed = 42)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(chars + 64);
        while (sb.Length < chars)
        {
            var n = rng.Next(12, 30);
            for (var i = 0; i < n; i++)
            {
                var w = Words[rng.Next(Words.Length)];
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
