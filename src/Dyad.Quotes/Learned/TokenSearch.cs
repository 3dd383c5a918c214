using System.Collections.Immutable;
using Dyad.Language.Tokens;

namespace Dyad.Quotes;

/// <summary>Finds tokens by character offset (binary search over tokens in text order).</summary>
public static class TokenSearch
{
    /// <summary>The index of the first token that ends after <paramref name="offset"/> (the token count when none does).</summary>
    public static int FirstEndingAfter(ImmutableArray<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.End <= offset)
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
}
