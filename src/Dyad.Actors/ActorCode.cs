using System.Diagnostics.CodeAnalysis;

namespace Dyad.Actors;

/// <summary>A CAMEO actor code such as <c>USAGOV</c>, <c>RUSMIL</c>, <c>IGOUNO</c> or <c>SYRREBMUS</c>: a chain of
/// three-letter segments, the first naming a country, a region or a kind of international actor, the rest naming roles
/// and sub-units.</summary>
/// <remarks>
/// The first segment is a CAMEO country code (ISO 3166-1 alpha-3 with a few CAMEO codes of its own, such as KSV and TMP),
/// a CAMEO region code (MEA, SAS, WST...) or an international prefix (IGO, NGO, IMG, MNC...). Later segments are role
/// codes (GOV, MIL, REB...) or the codes of a sub-unit or organisation (the UNO in IGOUNO, the PRI in USAPRI).
/// Instances are immutable; equality compares <see cref="Value"/>.
/// </remarks>
public sealed record ActorCode
{
    /// <summary>The longest code accepted: eight segments. Phoenix codes have at most five.</summary>
    public const int MaxLength = 24;

    // CAMEO's international and transnational prefixes (CAMEO manual, "International actors").
    private static readonly HashSet<string> InternationalPrefixes =
        new(["IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "INT", "UNO"], StringComparer.Ordinal);

    // CAMEO's region codes, used where the actor belongs to a region rather than one country.
    private static readonly HashSet<string> RegionPrefixes = new(
        ["AFR", "ASA", "BLK", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR",
         "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"],
        StringComparer.Ordinal);

    private ActorCode(string value)
    {
        Value = value;
    }

    /// <summary>The code, in capitals (<c>USAGOV</c>).</summary>
    public string Value { get; }

    /// <summary>The first segment: a country, region or international prefix (<c>USA</c>, <c>MEA</c>, <c>IGO</c>).</summary>
    public string Primary => Value[..3];

    /// <summary>Everything after the first segment (<c>GOV</c> for <c>USAGOV</c>, <c>WSTNAT</c> for <c>IGOWSTNAT</c>); empty
    /// for a bare country code.</summary>
    public string Rest => Value[3..];

    /// <summary>The number of three-letter segments.</summary>
    public int SegmentCount => Value.Length / 3;

    /// <summary>The CAMEO country code of the first segment, or null when it is a region or an international prefix.</summary>
    public string? Country => IsCountryPrimary ? Primary : null;

    /// <summary>True when the first segment is a country code.</summary>
    public bool IsCountryPrimary => !InternationalPrefixes.Contains(Primary) && !RegionPrefixes.Contains(Primary);

    /// <summary>True when the first segment is an international prefix (IGO, NGO, IMG, MNC...).</summary>
    public bool IsInternational => InternationalPrefixes.Contains(Primary);

    /// <summary>True when the code is a country and nothing else (<c>RUS</c>).</summary>
    public bool IsBareCountry => Value.Length == 3 && IsCountryPrimary;

    /// <summary>The segment at <paramref name="index"/> (0 is <see cref="Primary"/>).</summary>
    public string Segment(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, SegmentCount);
        return Value.Substring(index * 3, 3);
    }

    /// <summary>True when the code has <paramref name="role"/> as one of its segments after the first.</summary>
    public bool HasRole(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (role.Length != 3)
        {
            return false;
        }

        for (var i = 3; i + 3 <= Value.Length; i += 3)
        {
            if (Value.AsSpan(i, 3).SequenceEqual(role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The code of the same actor in another role.</summary>
    /// <remarks>For a country code the role replaces whatever follows the country (<c>RUSGOV</c> with <c>MIL</c> is
    /// <c>RUSMIL</c>); for an international or regional code, whose later segments name the organisation, the role is
    /// appended (<c>IGOWSTNAT</c> with <c>MIL</c> is <c>IGOWSTNATMIL</c>). An empty role gives the bare country.</remarks>
    /// <param name="role">One or more role segments (<c>GOV</c>, <c>GOVMIL</c>), or empty.</param>
    public ActorCode WithRole(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var head = IsCountryPrimary ? Primary : Value;
        return Parse(head + role);
    }

    /// <summary>Parses a code; throws <see cref="FormatException"/> naming the input when it is not one.</summary>
    public static ActorCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a CAMEO actor code (three to {MaxLength} capital letters, a multiple of three).");
    }

    /// <summary>Parses a code: three to <see cref="MaxLength"/> ASCII letters, a multiple of three; lower case is
    /// accepted and upper-cased. Surrounding white space is ignored.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out ActorCode? code)
    {
        code = null;
        text = text.Trim();
        if (text.Length < 3 || text.Length > MaxLength || text.Length % 3 != 0)
        {
            return false;
        }

        Span<char> upper = stackalloc char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= 'a' and <= 'z')
            {
                c = (char)(c - 32);
            }
            else if (c is < 'A' or > 'Z')
            {
                return false;
            }

            upper[i] = c;
        }

        code = new ActorCode(new string(upper));
        return true;
    }

    /// <summary>True when <paramref name="text"/> is a well-formed code.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text) => TryParse(text, out _);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(ActorCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}
