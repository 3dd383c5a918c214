namespace Dyad.Linking;

/// <summary>
/// Which CAMEO codes can name the same real-world event, and which are joint acts whose actors can be read either way.
/// </summary>
/// <remarks>
/// Meetings, visits, calls and negotiations (036, 040-044, 046) are done together: "Obama met Putin" and "Putin met
/// Obama" are one meeting, and "X visited Y" (042) is "Y hosted X" (043). They form one symmetric family, as does
/// signing a formal agreement (057) and the material cooperation root (06: cooperating economically, militarily, in
/// justice, sharing intelligence). Mediation (045) has a mediator and parties, so it stays directed. Every other code's
/// family is its root, directed.
/// </remarks>
public static class CameoFamilies
{
    /// <summary>The family of meetings, visits, calls and negotiations.</summary>
    public const string Meetings = "MEET";

    /// <summary>The family of a code: <see cref="Meetings"/>, "AGREE" for 057, "045" for mediation, else the root.</summary>
    public static string FamilyOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (IsMeeting(code))
        {
            return Meetings;
        }

        if (code.StartsWith("057", StringComparison.Ordinal))
        {
            return "AGREE";
        }

        if (code.StartsWith("045", StringComparison.Ordinal))
        {
            return "045";
        }

        return code.Length >= 2 ? code[..2] : code;
    }

    /// <summary>Whether the family's events are joint acts, so that source and target may be swapped.</summary>
    public static bool IsSymmetric(string family) =>
        family is Meetings or "AGREE" or "06";

    /// <summary>How well two codes of one family fit one event: 1 the same code (or a visit against its hosting), 0.8 a
    /// root's generic code against a specific one, 0.7 codes sharing three digits, 0.5 other codes of the family, 0 a
    /// telephone call against an in-person meeting.</summary>
    public static double CodeFit(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1.0;
        }

        if (IsMeeting(a) && IsMeeting(b))
        {
            var pa = a.AsSpan(0, 3);
            var pb = b.AsSpan(0, 3);
            if ((pa is "041" && IsInPerson(pb)) || (pb is "041" && IsInPerson(pa)))
            {
                return 0.0;
            }

            if ((pa is "042" && pb is "043") || (pa is "043" && pb is "042"))
            {
                return 1.0;
            }
        }

        if (IsGeneric(a) || IsGeneric(b))
        {
            return 0.8;
        }

        return a.Length >= 3 && b.Length >= 3 && a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3)) ? 0.7 : 0.5;
    }

    /// <summary>Whether the code is over in an instant (a telephone call), so two of them on different days are two events.</summary>
    public static bool IsPointEvent(string code) =>
        code is not null && code.StartsWith("041", StringComparison.Ordinal);

    private static bool IsMeeting(string code) =>
        code.Length >= 3 && code[0] == '0'
        && ((code[1] == '3' && code[2] == '6') || (code[1] == '4' && code[2] is '0' or '1' or '2' or '3' or '4' or '6'));

    private static bool IsInPerson(ReadOnlySpan<char> prefix) => prefix is "042" or "043" or "044";

    // A root's generic code ends its three digits in 0 ("040", "110") and has no fourth; 036 is the intent to meet.
    private static bool IsGeneric(string code) =>
        (code.Length == 3 && code[2] == '0') || code == "036";
}
