using Dyad.Core;

namespace Dyad.Linking.Dating;

/// <summary>How an article speaks of a summit it names, or of a dated event (<see cref="DateClue.FromMention"/>).</summary>
public enum SummitTense
{
    /// <summary>Not known from the text.</summary>
    Unknown,

    /// <summary>As ahead: planned, announced, "will meet at the summit".</summary>
    Ahead,

    /// <summary>As past: held, reported, "met on the sidelines of the summit".</summary>
    Past,
}

/// <summary>
/// A summit an article refers to, as its analysis found it: the series named ("G20", "Group of Eight"), the place or
/// host country the same sentence gives, and whether the article speaks of it as ahead or past.
/// </summary>
/// <param name="Span">The evidence in the article's clean text (the sentence or event mention).</param>
/// <param name="Text">The evidence's text, verbatim.</param>
/// <param name="Series">How the text names the series (matched against <see cref="Summit.Names"/>).</param>
/// <param name="Place">The place the text gives for it, when any ("Lough Erne").</param>
/// <param name="Country">The host country the text gives for it (ISO3), when any.</param>
/// <param name="Tense">Ahead or past.</param>
/// <param name="WithinAWeek">True when the text puts it in the coming (ahead) or the past (past) week: "next week", "last week".</param>
public sealed record SummitClue(TextSpan Span, string Text, string Series, string? Place, string? Country, SummitTense Tense, bool WithinAWeek = false);
