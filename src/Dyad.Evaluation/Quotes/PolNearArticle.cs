using System.Collections.Immutable;

namespace Dyad.Evaluation.Quotes;

/// <summary>A PolNeAR article: its text and one annotator's attributions.</summary>
/// <param name="Name">The file name without extension (<c>nyt_2016-04-01_paid-notice-deaths-siegel-jerome</c>).</param>
/// <param name="Annotator">The annotator id whose annotation file was read (the first in ordinal order when several annotated the article).</param>
/// <param name="Text">The article text (line endings as stored: LF).</param>
/// <param name="Attributions">The attribution relations, in file order.</param>
public sealed record PolNearArticle(string Name, string Annotator, string Text, ImmutableArray<PolNearAttribution> Attributions);
