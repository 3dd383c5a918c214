using System.Globalization;

namespace Dyad.Actors;

/// <summary>The lookup form of a name: typographic apostrophes made plain, hyphens and dashes read as spaces, Latin
/// diacritics folded (<c>Erdoğan</c> = <c>Erdogan</c>), white space collapsed, surrounding spaces and a final full stop
/// dropped. Case is
/// left alone: the index compares without case except for short acronyms (see <see cref="IsCaseSensitive"/>).</summary>
internal static class NameKey
{
    /// <summary>Keys longer than this are never looked up: no name in the tables comes close.</summary>
    public const int MaxLength = 160;

    // Latin-1 Supplement (U+00C0-U+00FF) and Latin Extended-A (U+0100-U+017F) folded to their base letters, written
    // out rather than computed with string.Normalize, which would load ICU and add tens of milliseconds to the first
    // lookup. Letters with no base letter (Æ, ß, Œ, Ĳ) stay as they are.
    private const string Latin1Folded = "AAAAAAÆCEEEEIIIIDNOOOOO×OUUUUYÞßaaaaaaæceeeeiiiidnooooo÷ouuuuyþy";
    private const string LatinExtendedAFolded =
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiĲĳJjKkĸLlLlLlLlLlNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzſ";

    private static readonly char[] Fold = BuildFold();

    private static char[] BuildFold()
    {
        var table = new char[0x220];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = c switch
            {
                >= 0xC0 and < 0x100 => Latin1Folded[c - 0xC0],
                >= 0x100 and < 0x180 => LatinExtendedAFolded[c - 0x100],
                0x218 => 'S', // Ș (Romanian)
                0x219 => 's',
                0x21A => 'T', // Ț
                0x21B => 't',
                _ => (char)c,
            };
        }

        return table;
    }

    /// <summary>The folded form of one character.</summary>
    public static char FoldChar(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u201B' or '`' or '\u00B4' or '\u02BC' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\t' or '\n' or '\r' => ' ',
        _ when c < Fold.Length => Fold[c],
        _ => c,
    };

    /// <summary>Writes the key of <paramref name="source"/> into <paramref name="destination"/>; returns its length, or
    /// -1 when it does not fit. <paramref name="trimFinalStop"/> false keeps a final full stop (for a word inside a
    /// longer key: "U.N." in "U.N. Security Council").</summary>
    public static int Write(ReadOnlySpan<char> source, Span<char> destination, bool trimFinalStop = true)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in source)
        {
            // A hyphen counts as a space: "Ki-moon" and "Ki moon", "al-Qaeda" and "al Qaeda", "G-20" and "G 20".
            var c = FoldChar(raw);
            if (c is ' ' or '-' || char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                if (length >= destination.Length)
                {
                    return -1;
                }

                destination[length++] = ' ';
                pendingSpace = false;
            }

            if (length >= destination.Length)
            {
                return -1;
            }

            destination[length++] = c;
        }

        // "U.S." and "U.S" are one key, and a name at the end of a sentence keeps its full stop out of the key.
        while (trimFinalStop && length > 0 && destination[length - 1] == '.')
        {
            length--;
        }

        return length;
    }

    /// <summary>The key of <paramref name="source"/> as a string (for building the index).</summary>
    public static string Of(string source)
    {
        var buffer = new char[source.Length];
        var length = Write(source, buffer);
        return new string(buffer, 0, Math.Max(length, 0));
    }

    /// <summary>True for names that must match in their own case: acronyms of up to three letters (<c>US</c>,
    /// <c>UN</c>, <c>WHO</c>, <c>IS</c>, which are also English words) and short mixed-case forms (<c>LeT</c>,
    /// <c>JeM</c>). Longer acronyms (<c>NATO</c>, <c>OPEC</c>) match in any case, as <c>Nato</c> and <c>Opec</c> are
    /// common house styles.</summary>
    public static bool IsCaseSensitive(string name)
    {
        var letters = 0;
        var lower = 0;
        var upperAfterLower = false;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                return false;
            }

            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (char.IsLower(c))
            {
                lower++;
            }
            else if (lower > 0)
            {
                upperAfterLower = true;
            }
        }

        return letters > 0 && ((lower == 0 && letters <= 3) || (upperAfterLower && name.Length <= 4));
    }

    /// <summary>True when <paramref name="word"/> starts with a capital letter (a name rather than a common word).</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word) =>
        !word.IsEmpty && char.GetUnicodeCategory(word[0]) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter;
}
