namespace Dyad.Language.Tokens;

/// <summary>General English abbreviations that keep their period, and which of them are titles that never end a sentence.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr",
        "Brig", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Sr", "Sra", "Mme", "Mlle", "St", "Ste", "Mt", "Ft",
        "No", "Nos", "Vol", "Art", "Fig", "Ref", "Para", "Op", "vs", "v", "cf", "approx", "ca", "Nr", "Gov't",
    };

    private static readonly HashSet<string> Others = new(StringComparer.Ordinal)
    {
        "Jr", "Inc", "Co", "Corp", "Ltd", "Bros", "Plc", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Sq", "Hwy",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "etc", "eg", "ie", "al", "viz", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex",
        "Va", "Vt", "Wash", "Wis", "Wyo", "pct", "bln", "mln", "min", "max", "est", "tel", "Tel", "ext",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Others.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => word.Length <= 7 && (TitleLookup.Contains(word) || OtherLookup.Contains(word));

    /// <summary>True when <paramref name="word"/> (without its period) is a title or reference word that a name or number follows.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => word.Length <= 7 && TitleLookup.Contains(word);
}
