using Dyad.Language.Pipeline;

namespace Dyad.Events;

/// <summary>Finding tokens of an annotated text by character offset.</summary>
internal static class TokenSearch
{
    /// <summary>
    /// The index of the first token in [<paramref name="from"/>, <paramref name="to"/>) that starts at or after
    /// <paramref name="offset"/>, or <paramref name="to"/> when none does (binary search; tokens are in text order).
    /// </summary>
    public static int FirstAtOrAfter(AnnotatedText text, int offset, int from, int to)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (text.Tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the first token of the whole text that starts at or after <paramref name="offset"/>.</summary>
    public static int FirstAtOrAfter(AnnotatedText text, int offset) => FirstAtOrAfter(text, offset, 0, text.Tokens.Length);
}
