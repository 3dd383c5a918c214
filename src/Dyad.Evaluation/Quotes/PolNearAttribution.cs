using System.Collections.Immutable;
using Dyad.Core;

namespace Dyad.Evaluation.Quotes;

/// <summary>One PolNeAR attribution relation: source, cue and content, each a list of fragments (brat allows gaps).</summary>
/// <param name="Id">The relation's id in its annotation file (<c>E12</c>).</param>
/// <param name="Source">The source (speaker) fragments, UTF-16 spans of the article text; empty when unannotated.</param>
/// <param name="Cue">The cue fragments.</param>
/// <param name="Content">The content fragments.</param>
public sealed record PolNearAttribution(string Id, ImmutableArray<TextSpan> Source, ImmutableArray<TextSpan> Cue, ImmutableArray<TextSpan> Content)
{
    /// <summary>From the first fragment's start to the last fragment's end; null when there is no fragment.</summary>
    public static TextSpan? Hull(ImmutableArray<TextSpan> fragments)
    {
        if (fragments.IsDefaultOrEmpty)
        {
            return null;
        }

        var start = int.MaxValue;
        var end = 0;
        foreach (var f in fragments)
        {
            start = Math.Min(start, f.Start);
            end = Math.Max(end, f.End);
        }

        return new TextSpan(start, end);
    }
}
