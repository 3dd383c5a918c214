namespace Dyad.Events.Dictionaries;

/// <summary>
/// The code of a verb block, verb or pattern as written in brackets: <c>[042]</c>, the paired form
/// <c>[042:043]</c>, <c>[:173]</c>, or the null code <c>[---]</c> (the verb alone codes no event).
/// </summary>
/// <remarks>
/// In TABARI's paired codes (which PETRARCH inherits), the first part codes the event from source to target and
/// the second the event from target to source: "X visits Y" <c>[042:043]</c> gives X→Y 042 (make a visit) and
/// Y→X 043 (host a visit); <c>[:173]</c> codes only the reverse event. Codes are kept as text: the validation
/// dictionaries use WEIS codes and letters (<c>075A</c>, <c>abc</c>), which are not CAMEO.
/// </remarks>
/// <param name="Forward">Source→target code, or null when only a reverse code is given.</param>
/// <param name="Reverse">Target→source code of a paired code, or null.</param>
public readonly record struct VerbCode(string? Forward, string? Reverse)
{
    /// <summary>The null code <c>---</c>.</summary>
    public static VerbCode Null { get; } = new("---", null);

    /// <summary>True for <c>---</c> (or nothing): no event is coded.</summary>
    public bool IsNull => Reverse is null && (Forward is null || Forward == "---");

    /// <summary>True when the code has a target→source part.</summary>
    public bool IsPaired => Reverse is not null;

    /// <summary>Reads the text between the brackets.</summary>
    /// <returns>False when a part is empty where it must not be or holds characters other than letters, digits,
    /// <c>-</c> and <c>+</c>.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out VerbCode code)
    {
        code = default;
        text = text.Trim();
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            if (!IsCodeText(text))
            {
                return false;
            }

            code = new VerbCode(text.ToString(), null);
            return true;
        }

        var first = text[..colon].Trim();
        var second = text[(colon + 1)..].Trim();
        if ((!first.IsEmpty && !IsCodeText(first)) || !IsCodeText(second))
        {
            return false;
        }

        code = new VerbCode(first.IsEmpty ? null : first.ToString(), second.ToString());
        return true;
    }

    /// <summary>As written: <c>042</c>, <c>042:043</c>, <c>:173</c>.</summary>
    public override string ToString() => Reverse is null ? Forward ?? "---" : $"{Forward}:{Reverse}";

    private static bool IsCodeText(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '+'))
            {
                return false;
            }
        }

        return true;
    }
}
