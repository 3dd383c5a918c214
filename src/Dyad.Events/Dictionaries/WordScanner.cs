namespace Dyad.Events.Dictionaries;

/// <summary>
/// Splits text into words the way the dictionary phrases are written, without copying: runs of letters and
/// digits, keeping inner apostrophes, hyphens, periods, ampersands and slashes (<c>pre-K</c>, <c>E.U.</c>,
/// <c>al-Qaeda</c>). A final period is dropped unless the word holds another one (<c>Iran.</c> → Iran, <c>E.U.</c> stays).
/// </summary>
internal static class WordScanner
{
    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="words"/> as ranges.</summary>
    public static void Scan(ReadOnlySpan<char> text, List<Range> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            // An abbreviation's final period: "E.U." keeps it, "Iran." does not.
            var end = i;
            if (end < text.Length && text[end] == '.' && text[start..end].Contains('.'))
            {
                end++;
                i++;
            }

            words.Add(start..end);
        }
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '&' or '/';
}
