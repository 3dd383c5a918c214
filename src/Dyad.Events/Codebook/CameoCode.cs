using System.Diagnostics.CodeAnalysis;

namespace Dyad.Events.Codebook;

/// <summary>
/// A CAMEO event code as written in the codebook: a two-digit root (<c>01</c>-<c>20</c>), optionally followed by
/// a third digit (<c>042</c>) and a fourth (<c>0874</c>). Leading zeros are significant, so codes are kept as text.
/// </summary>
/// <remarks>
/// Parsing checks the shape only (2-4 ASCII digits, root 01-20), not that the code exists in the codebook:
/// use <see cref="CameoCodebook.Find(CameoCode)"/> for that. The default value is not a valid code
/// (<see cref="IsEmpty"/> is true). Equality and ordering are ordinal on the text, which sorts a parent
/// before its children.
/// </remarks>
public readonly record struct CameoCode : IComparable<CameoCode>
{
    private readonly string? _value;

    private CameoCode(string value) => _value = value;

    /// <summary>The code's digits, e.g. <c>"042"</c>; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for the default (unparsed) value.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Number of digits: 2 for a root, 3 or 4 below it.</summary>
    public int Length => Value.Length;

    /// <summary>True for a two-digit root code such as <c>04</c>.</summary>
    public bool IsRoot => Length == 2;

    /// <summary>The root category number, 1-20 (0 for the default value).</summary>
    public int RootNumber => IsEmpty ? 0 : ((Value[0] - '0') * 10) + (Value[1] - '0');

    /// <summary>The two-digit root of this code (itself for a root).</summary>
    public CameoCode Root => IsEmpty || IsRoot ? this : new CameoCode(Value[..2]);

    /// <summary>The code one level up (<c>0874</c> → <c>087</c> → <c>08</c>), or null for a root.</summary>
    public CameoCode? Parent => IsEmpty || IsRoot ? null : new CameoCode(Value[..^1]);

    /// <summary>The quadrant fixed by the root (see <see cref="Codebook.QuadClass"/>).</summary>
    /// <exception cref="InvalidOperationException">The value is the default, not a parsed code.</exception>
    public QuadClass QuadClass => RootNumber switch
    {
        >= 1 and <= 5 => QuadClass.VerbalCooperation,
        >= 6 and <= 8 => QuadClass.MaterialCooperation,
        >= 9 and <= 13 => QuadClass.VerbalConflict,
        >= 14 and <= 20 => QuadClass.MaterialConflict,
        _ => throw new InvalidOperationException("The default CameoCode has no QuadClass."),
    };

    /// <summary>True when <paramref name="ancestor"/> is this code or one of its parents.</summary>
    public bool IsWithin(CameoCode ancestor) =>
        !IsEmpty && !ancestor.IsEmpty && Value.StartsWith(ancestor.Value, StringComparison.Ordinal);

    /// <summary>Reads a code such as <c>"042"</c>; surrounding white space is ignored.</summary>
    /// <returns>False (and the default value) when the text is not 2-4 digits with a root 01-20.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CameoCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        return TryParse(text.AsSpan(), out code);
    }

    /// <summary>Reads a code from characters; surrounding white space is ignored.</summary>
    /// <returns>False (and the default value) when the text is not 2-4 digits with a root 01-20.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CameoCode code)
    {
        code = default;
        var s = text.Trim();
        if (s.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var root = ((s[0] - '0') * 10) + (s[1] - '0');
        if (root is < 1 or > 20)
        {
            return false;
        }

        code = new CameoCode(s.ToString());
        return true;
    }

    /// <summary>Reads a code such as <c>"0874"</c>.</summary>
    /// <exception cref="FormatException">The text is not 2-4 digits with a root 01-20; the message names it.</exception>
    public static CameoCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a CAMEO event code (2-4 digits, root 01-20).");

    /// <inheritdoc />
    public int CompareTo(CameoCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Orders codes as text (parents before children).</summary>
    public static bool operator <(CameoCode left, CameoCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes as text (parents before children).</summary>
    public static bool operator >(CameoCode left, CameoCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes as text (parents before children).</summary>
    public static bool operator <=(CameoCode left, CameoCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes as text (parents before children).</summary>
    public static bool operator >=(CameoCode left, CameoCode right) => left.CompareTo(right) >= 0;

    /// <summary>The code's digits.</summary>
    public override string ToString() => Value;
}
