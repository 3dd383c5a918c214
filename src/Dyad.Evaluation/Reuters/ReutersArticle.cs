namespace Dyad.Evaluation.Reuters;

/// <summary>One Reuters-21578 story, with entities decoded.</summary>
/// <param name="Id">The story's <c>NEWID</c>.</param>
/// <param name="Title">The headline, or an empty string when the story has none.</param>
/// <param name="Date">The <c>DATE</c> element as printed (<c>26-FEB-1987 15:01:01.79</c>).</param>
/// <param name="Dateline">The <c>DATELINE</c> element, trimmed (<c>SALVADOR, Feb 26 -</c>), or an empty string.</param>
/// <param name="Body">The body text as printed (hard-wrapped lines), or an empty string for stories without one.</param>
public sealed record ReutersArticle(string Id, string Title, string Date, string Dateline, string Body);
