namespace Dyad.Cleaning.Dates;

/// <summary>English month names and their usual abbreviations (<c>June</c>, <c>Jun</c>, <c>Jun.</c>, <c>Sept</c>, <c>FEB</c>).</summary>
/// <remarks>A month name must start with a capital letter: lower-case <c>may</c> and <c>march</c> are far more often a
/// verb than a date. The rest of the word may be in any case, so wire-style <c>26-FEB-1987</c> is read too.</remarks>
public static class MonthNames
{
    private static readonly string[] Full =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>Reads a month name starting at <paramref name="start"/>; <paramref name="length"/> covers a trailing
    /// abbreviation dot. The name must end at a word boundary.</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, int start, out int month, out int length)
    {
        month = 0;
        length = 0;
        if ((uint)start >= (uint)text.Length || !char.IsAsciiLetterUpper(text[start]))
        {
            return false;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        if (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            return false;
        }

        var word = text[start..end];
        if (word.Length < 3)
        {
            return false;
        }

        for (var m = 0; m < Full.Length; m++)
        {
            var name = Full[m].AsSpan();
            var matches = word.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (word.Length == 3 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                || (m == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase));
            if (matches)
            {
                month = m + 1;
                length = end - start;
                if (word.Length < name.Length && end < text.Length && text[end] == '.')
                {
                    length++;
                }

                return true;
            }
        }

        return false;
    }
}
