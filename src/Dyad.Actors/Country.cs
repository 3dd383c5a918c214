namespace Dyad.Actors;

/// <summary>A country or territory: its names, the demonyms and adjectives that point at it, its capitals and codes.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code (world-countries' <c>UNK</c> for Kosovo, which has none).</param>
/// <param name="Code">CAMEO country code: the ISO code, or CAMEO's own (<c>KSV</c>, <c>TMP</c>), or administering state
/// plus territory for dependencies (<c>USAPRI</c>).</param>
/// <param name="Name">Common English name (<c>United States</c>).</param>
/// <param name="Aliases">Official, short and dotted names (<c>United States of America</c>, <c>U.S.</c>, <c>America</c>).</param>
/// <param name="Demonyms">Demonyms and adjectives with their plurals (<c>American</c>, <c>Americans</c>).</param>
/// <param name="Capitals">Capital cities (<c>Washington D.C.</c>, <c>Washington</c>).</param>
/// <param name="Kind">State, non-member state or territory.</param>
public sealed record Country(
    string Iso3,
    ActorCode Code,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals,
    CountryKind Kind);
