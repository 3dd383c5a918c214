namespace Dyad.Language.Lexicon;

/// <summary>The classes a gazetteer entry can belong to; an entry may carry several (Georgia is a country and a US
/// state, Luxembourg a country and a capital).</summary>
[Flags]
public enum GazetteerClass : uint
{
    /// <summary>Not in the gazetteer.</summary>
    None = 0,

    /// <summary>A country or dependent territory: common, official and alternative names (<c>Russia</c>,
    /// <c>Russian Federation</c>, <c>USA</c>, <c>U.S.</c>).</summary>
    Country = 1,

    /// <summary>The adjective or plural noun of a people: <c>Russian</c>, <c>Russians</c>, <c>Syrian</c>,
    /// <c>Kurds</c>, <c>European</c>.</summary>
    Demonym = 2,

    /// <summary>A national capital.</summary>
    Capital = 4,

    /// <summary>A city or town (GeoNames places above a population threshold, ordinary English words removed).</summary>
    City = 8,

    /// <summary>A state, province, continent or other region: <c>Middle East</c>, <c>Northern Ireland</c>,
    /// <c>Europe</c>, <c>Texas</c>.</summary>
    Region = 16,

    /// <summary>An international organisation, by acronym or full name: <c>UN</c>, <c>NATO</c>,
    /// <c>European Union</c>, <c>OPEC</c>.</summary>
    InternationalOrganisation = 32,

    /// <summary>A government body, party, news agency or medium, major company or sports club: <c>White House</c>,
    /// <c>Kremlin</c>, <c>Pentagon</c>, <c>Reuters</c>.</summary>
    Organisation = 64,

    /// <summary>The full name of a public figure: heads of state and government, UN secretaries-general, well-known
    /// ministers.</summary>
    Person = 128,

    /// <summary>A given (first) name.</summary>
    GivenName = 256,

    /// <summary>A family name.</summary>
    Surname = 512,

    /// <summary>A title or office written before a name: <c>President</c>, <c>Prime Minister</c>, <c>Gen.</c>,
    /// <c>Sen.</c>, <c>King</c>.</summary>
    Title = 1024,
}
