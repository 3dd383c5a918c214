namespace Dyad.Events.Dictionaries;

/// <summary>
/// Splits text into upper-case words the way the dictionary phrases are written: runs of letters and digits,
/// keeping inner apostrophes, hyphens, periods, ampersands and slashes (<c>PRE-K</c>, <c>E.U.</c>, <c>AL-QAEDA</c>).
/// A final period is dropped unless the word holds another one (<c>IRAN.</c> → IRAN, <c>E.U.</c> stays).
/// </summary>
internal static class WordScanner
{
    public static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
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

            words.Add(text[start..end].ToString().ToUpperInvariant());
        }

        return words;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '&' or '/';
}
