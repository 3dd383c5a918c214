namespace Dyad.Events.Coding;

/// <summary>Lower-case singular forms of nouns for matching pattern words: "talks" → "talk", "sanctions" → "sanction", "ties" → "tie".</summary>
internal static class NounForms
{
    /// <summary>The lower-case singular of <paramref name="word"/> by spelling rules (no irregular plurals are needed by the patterns).</summary>
    public static string Singular(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) ||
            w.EndsWith("is", StringComparison.Ordinal))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return string.Concat(w.AsSpan(0, w.Length - 3), "y");
        }

        if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) ||
            w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        return w[..^1];
    }
}
