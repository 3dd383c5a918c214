using System.Collections.Immutable;

namespace Dyad.Linking;

/// <summary>One real-world event and every mention that reports it.</summary>
/// <param name="Id">Stable id: "ev-" and 16 hex digits of the SHA-256 of the id of its first-reported mention (earliest
/// publication date, then smallest id; <see cref="EventLinker.FirstReportedFirst"/>), so the same mentions give the same
/// id whatever order they were fed in, and later reports joining the event leave its id alone.</param>
/// <param name="Code">The CAMEO code of the event's representative mention.</param>
/// <param name="Family">The code family the mentions were linked in (<see cref="CameoFamilies.FamilyOf"/>).</param>
/// <param name="QuadClass">The representative mention's QuadClass.</param>
/// <param name="Source">Who acts (the representative mention's source), or null.</param>
/// <param name="Target">Who is acted on, or null.</param>
/// <param name="Modality">Occurred when any mention reports it as having happened; else claimed, planned, hypothetical,
/// then negated, in that order. Each mention keeps its own.</param>
/// <param name="Date">The finest date the mentions state (occurred mentions first, then the most outlets), else the
/// earliest article date of a mention dated only by its article, else unknown.</param>
/// <param name="Place">The place most outlets name, or null.</param>
/// <param name="Issues">Every issue any mention names, sorted.</param>
/// <param name="Mentions">All mentions in report order (<see cref="EventLinker.FirstReportedFirst"/>).</param>
/// <param name="ArticleCount">Distinct articles.</param>
/// <param name="OutletCount">Distinct outlets (articles without an outlet count as one unknown outlet).</param>
/// <param name="FirstReported">The earliest publication date among the articles, or null.</param>
/// <param name="LastReported">The latest publication date among the articles, or null.</param>
/// <param name="Confidence">1 - 0.5^outlets: 0.5 for one outlet, 0.75 for two, 0.97 for five independent outlets.</param>
/// <param name="Contradictions">Claims against denials from another side, if any.</param>
public sealed record LinkedEvent(
    string Id,
    string Code,
    string Family,
    int QuadClass,
    LinkActor? Source,
    LinkActor? Target,
    LinkModality Modality,
    LinkDate Date,
    LinkPlace? Place,
    ImmutableArray<string> Issues,
    ImmutableArray<LinkMention> Mentions,
    int ArticleCount,
    int OutletCount,
    DateOnly? FirstReported,
    DateOnly? LastReported,
    double Confidence,
    ImmutableArray<Contradiction> Contradictions)
{
    /// <summary>The number of mentions.</summary>
    public int MentionCount => Mentions.Length;

    /// <summary>The CAMEO root of <see cref="Code"/>.</summary>
    public string Root => Code.Length >= 2 ? Code[..2] : Code;
}
