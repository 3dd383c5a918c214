using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>
/// One agent of a PETRARCH agents dictionary: a generic noun phrase ("foreign minister", "troops", "police")
/// whose code combines with the actor it is attached to ("Russian foreign minister" → RUS + GOV).
/// </summary>
/// <param name="Phrase">The singular phrase, words separated by one space (substitution markers expanded).</param>
/// <param name="Plurals">Plural phrases: the ones in <c>{...}</c>, or the regular plural when no braces are
/// given; empty for <c>{}</c> and for phrases made from a substitution marker.</param>
/// <param name="Code">The agent code without the <c>~</c> (<c>GOV</c>, <c>GOVFRM</c>, <c>NGO</c>).</param>
/// <param name="Placement">Whether the code follows (<c>~GOV</c>) or precedes (<c>NGO~</c>) the actor code.</param>
/// <param name="Location">File and line.</param>
public sealed record PetrarchAgent(string Phrase, ImmutableArray<string> Plurals, string Code, AgentCodePlacement Placement, DictionaryLocation Location)
{
    /// <summary>The code joined to an actor code as PETRARCH does: <c>RUS</c> + <c>~GOV</c> → <c>RUSGOV</c>.</summary>
    public string Combine(string actorCode) => Placement == AgentCodePlacement.AfterActor ? actorCode + Code : Code + actorCode;
}
