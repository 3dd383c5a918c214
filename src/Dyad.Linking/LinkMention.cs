using System.Collections.Immutable;

namespace Dyad.Linking;

/// <summary>One coded event mention as the linker reads it: the flat facts of a stored mention and of its article.</summary>
/// <param name="Id">The mention's id, unique and stable ("3f2a...#e4"); event ids derive from it.</param>
/// <param name="ArticleId">The article it was read from.</param>
/// <param name="Outlet">The outlet that published the article (a site or agency name), or null when unknown.</param>
/// <param name="Published">The article's publication date, or null when the page gives none.</param>
/// <param name="Code">CAMEO event code ("040", "0311").</param>
/// <param name="QuadClass">QuadClass 1-4 (0 when unknown).</param>
/// <param name="Source">Who acts, or null.</param>
/// <param name="Target">Who is acted on, or null.</param>
/// <param name="Modality">Occurred, planned, negated, hypothetical or claimed.</param>
/// <param name="Claimant">Who asserts the event in reported speech, or null.</param>
/// <param name="Date">The event's date as the mention gives it (<see cref="LinkDate.Unknown"/> when it gives none).</param>
/// <param name="DateIsArticleDate">Whether <paramref name="Date"/> is only the article's publication date, not a date
/// the text states: the event then happened on that day or shortly before it (or, when planned, after it).</param>
/// <param name="Place">Where it happened, or null.</param>
/// <param name="Issues">Issue keys it concerns ("MISSILE_DEFENCE", "SYRIA").</param>
/// <param name="Evidence">The words it was read from.</param>
/// <param name="Sentence">The index of its sentence in the article, or -1 when unknown. Two mentions of one sentence
/// with different codes are two acts the coder told apart ("opposes ... and accuses"), never one event, except the
/// meeting codes of one encounter ("flew into Tirana for talks").</param>
public sealed record LinkMention(
    string Id,
    string ArticleId,
    string? Outlet,
    DateOnly? Published,
    string Code,
    int QuadClass,
    LinkActor? Source,
    LinkActor? Target,
    LinkModality Modality,
    LinkActor? Claimant,
    LinkDate Date,
    bool DateIsArticleDate,
    LinkPlace? Place,
    ImmutableArray<string> Issues,
    string Evidence,
    int Sentence = -1)
{
    /// <summary>The CAMEO root: the code's first two digits.</summary>
    public string Root => Code.Length >= 2 ? Code[..2] : Code;
}
