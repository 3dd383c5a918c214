using System.Text;

namespace Dyad.Events.Dictionaries;

/// <summary>Small text helpers shared by the readers.</summary>
internal static class Phrases
{
    /// <summary>
    /// A dictionary phrase as words separated by single spaces: underscores and runs of white space become one
    /// space, ends trimmed (so TABARI's final <c>_</c> disappears).
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var clean = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' || c == '\t' || (c == ' ' && (i == 0 || text[i - 1] == ' ')))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text.ToString();
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '_' or ' ' or '\t')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Regular English plural of a phrase's last word, upper case as the dictionaries are: consonant + Y → IES,
    /// S/X/Z/CH/SH → ES, else S. (PETRARCH makes every final Y into IES; "ATTORNEY" → "ATTORNEYS" here.)
    /// </summary>
    public static string Plural(string phrase)
    {
        if (phrase.Length == 0)
        {
            return phrase;
        }

        var last = char.ToUpperInvariant(phrase[^1]);
        var before = phrase.Length > 1 ? char.ToUpperInvariant(phrase[^2]) : ' ';
        if (last == 'Y' && !IsVowel(before))
        {
            return string.Concat(phrase.AsSpan(0, phrase.Length - 1), "IES");
        }

        if (last is 'S' or 'X' or 'Z' || (last == 'H' && before is 'C' or 'S'))
        {
            return phrase + "ES";
        }

        return phrase + "S";
    }

    /// <summary>The regular verb forms PETRARCH generates: 3rd person (S/ES/IES), past (ED/D/IED), gerund (ING, final silent E dropped).</summary>
    public static string[] RegularVerbForms(string verb)
    {
        if (verb.Length == 0)
        {
            return [];
        }

        var last = char.ToUpperInvariant(verb[^1]);
        var before = verb.Length > 1 ? char.ToUpperInvariant(verb[^2]) : ' ';
        var third = Plural(verb);
        var stemY = last == 'Y' && !IsVowel(before);
        var past = last == 'E' ? verb + "D" : stemY ? string.Concat(verb.AsSpan(0, verb.Length - 1), "IED") : verb + "ED";
        var gerund = last == 'E' && !IsVowel(before) && verb.Length > 2 ? string.Concat(verb.AsSpan(0, verb.Length - 1), "ING") : verb + "ING";
        return [third, past, gerund];
    }

    public static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
