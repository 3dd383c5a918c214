using System.Text;

namespace Dyad.Testing;

/// <summary>Property runs over seeded randomness: each case gets its own seed, printed when the property fails.</summary>
public static class Properties
{
    /// <summary>Runs <paramref name="property"/> on <paramref name="cases"/> seeded generators; set <c>DYAD_SEED</c> to replay one.</summary>
    public static void ForAll(int cases, Action<Random> property, int baseSeed = 20121806)
    {
        ArgumentNullException.ThrowIfNull(property);
        var replay = Environment.GetEnvironmentVariable("DYAD_SEED");
        if (int.TryParse(replay, out var only))
        {
            property(new Random(only));
            return;
        }

        for (var i = 0; i < cases; i++)
        {
            var seed = baseSeed + i;
            try
            {
                property(new Random(seed));
            }
            catch (Exception ex)
            {
                throw new PropertyFailedException($"Property failed for seed {seed} (replay with DYAD_SEED={seed}): {ex.Message}", ex);
            }
        }
    }

    /// <summary>A random string mixing words, punctuation, line breaks, CRLF, tabs, controls, combining marks, RTL, emoji and lone surrogates.</summary>
    public static string HostileText(Random random, int maxLength = 400)
    {
        ArgumentNullException.ThrowIfNull(random);
        string[] pieces =
        [
            "Putin", "Obama", " ", " ", " ", "\n", "\r\n", "\r", "\n\n", "\t", ".", ",", "\u201C", "\u201D", "\"", "'", "-", "\u2013",
            "e\u0301", "\u00E9", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\U0001F600", "\uD800", "\uDC00",
            "\0", "\u0007", "\u200B", "\uFEFF", "\u00A0", "Заголовок", "the", "said", "on", "Friday", "2012", "&amp;", "<p>", "\u2028",
        ];
        var target = random.Next(0, maxLength + 1);
        var sb = new StringBuilder(target + 16);
        while (sb.Length < target)
        {
            sb.Append(pieces[random.Next(pieces.Length)]);
        }

        return sb.ToString();
    }
}

/// <summary>Raised when a seeded property fails; the message names the seed.</summary>
public sealed class PropertyFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PropertyFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
