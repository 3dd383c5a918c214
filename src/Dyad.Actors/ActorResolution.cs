using Dyad.Core;

namespace Dyad.Actors;

/// <summary>What a mention ("Russian President Vladimir Putin", "the Syrian regime", "U.S. officials") resolves to.</summary>
/// <param name="Name">The actor's name: the person's or organisation's canonical name, the country's name, or the
/// mention's own words for a generic agent (<c>Syrian rebels</c>) or an unknown person (<c>Ivan Petrov</c>).</param>
/// <param name="Code">The CAMEO actor code.</param>
/// <param name="Country">ISO3 of the actor's country, or null for international actors.</param>
/// <param name="Evidence">The words of the mention that decided the code: <see cref="Evidence.Span"/> is their span in
/// the mention text, <see cref="Evidence.Method"/> is <c>actors:</c> plus the <see cref="Method"/> name.</param>
/// <param name="Method">How the code was reached.</param>
/// <param name="Title">The office that gave the code: the person's role title, or the title or agent term in the text;
/// null for countries and organisations named alone.</param>
/// <param name="Person">The person, when one from the knowledge base was recognised.</param>
/// <param name="Organisation">The organisation, when the mention names or is attached to one.</param>
/// <param name="Candidates">When a name fits several people (a shared surname) and the date and title could not choose,
/// the people it fits; empty otherwise.</param>
public sealed record ActorResolution(
    string Name,
    ActorCode Code,
    string? Country,
    Evidence Evidence,
    ResolutionMethod Method,
    string? Title = null,
    Person? Person = null,
    Organisation? Organisation = null,
    IReadOnlyList<Person>? Candidates = null)
{
    /// <summary>False when the code rests on a guess about time: no date was given, or the date lies outside the
    /// person's listed roles.</summary>
    public bool IsDated => Method is not (ResolutionMethod.PersonMostRecentRole or ResolutionMethod.PersonOutsideRoles);
}
