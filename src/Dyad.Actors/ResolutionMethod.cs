namespace Dyad.Actors;

/// <summary>How <see cref="ActorKnowledgeBase.ResolveMention"/> reached a code.</summary>
public enum ResolutionMethod
{
    /// <summary>A known person and the role they held on the given date.</summary>
    PersonRoleOnDate,

    /// <summary>A known person and the role named by the title in the text ("Prime Minister Putin"), no date deciding.</summary>
    PersonRoleByTitle,

    /// <summary>A known person with no date given: their most recent role. Less certain; the caller should prefer a date.</summary>
    PersonMostRecentRole,

    /// <summary>A known person on a date outside all their listed roles: coded as an elite (ELI) of the country of their
    /// nearest role (or, for a former head of an international body, of their latest national role), as CAMEO codes
    /// former officials.</summary>
    PersonOutsideRoles,

    /// <summary>A title and a country in the text ("Russian Foreign Minister X"), whoever the person is.</summary>
    TitleInText,

    /// <summary>A country and a generic agent composed ("Syrian rebels", "U.S. officials", "the Syrian regime").</summary>
    CountryAgent,

    /// <summary>An organisation and a generic agent composed ("White House spokesman", "NATO troops").</summary>
    OrganisationAgent,

    /// <summary>An organisation by name ("NATO", "the Kremlin").</summary>
    Organisation,

    /// <summary>A country by name or demonym ("Russia", "the Russians").</summary>
    Country,

    /// <summary>A capital standing for its country ("Moscow", "Washington"), coded as the bare country as Phoenix does.</summary>
    Capital,
}
