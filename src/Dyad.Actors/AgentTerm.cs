namespace Dyad.Actors;

/// <summary>A generic agent word or title with the CAMEO role it carries: <c>rebels</c> is REB, <c>Foreign Minister</c>
/// GOV, <c>Chief of the General Staff</c> MIL.</summary>
/// <param name="Term">The singular form, lower case (<c>official</c>, <c>chief of the general staff</c>).</param>
/// <param name="Plural">The plural form, or null for mass nouns and terms without one.</param>
/// <param name="Role">The role segments it adds to a country (<c>GOV</c>, <c>GOVMIL</c>).</param>
/// <param name="Affiliated">True when the term names someone acting for what they belong to (spokesman, aide, official):
/// attached to an organisation it takes the organisation's code.</param>
/// <param name="CodeSource"><c>phoenix</c> when Phoenix.agents.txt gives this code, <c>dyad</c> otherwise.</param>
public sealed record AgentTerm(string Term, string? Plural, string Role, bool Affiliated, string CodeSource);
