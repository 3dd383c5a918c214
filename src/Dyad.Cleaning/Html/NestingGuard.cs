namespace Dyad.Cleaning.Html;

/// <summary>Estimates how deep a page's elements nest, from its tags alone, before anything is parsed.</summary>
/// <remarks>
/// One scan: a start tag opens a level, an end tag closes one. Void elements, self-closing tags, and elements whose end
/// tag HTML lets authors leave out (p, li, td, option, ...) do not count, so ordinary sloppy markup stays shallow.
/// Text inside script and style is not skipped; a stray <c>a&lt;b</c> in a script can only raise the estimate by one.
/// </remarks>
internal static class NestingGuard
{
    public static int EstimateDepth(ReadOnlySpan<char> html)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            i += lt + 1;
            if (i >= html.Length)
            {
                break;
            }

            var closing = html[i] == '/';
            var nameStart = closing ? i + 1 : i;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && nameEnd - nameStart < 16 && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (Uncounted(html[nameStart..nameEnd]))
            {
                i = nameEnd;
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                i = nameEnd;
                continue;
            }

            var gt = html[nameEnd..].IndexOf('>');
            if (gt < 0)
            {
                break;
            }

            var end = nameEnd + gt;
            if (end == 0 || html[end - 1] != '/')
            {
                depth++;
                deepest = Math.Max(deepest, depth);
            }

            i = end + 1;
        }

        return deepest;
    }

    private static bool Uncounted(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        return lower switch
        {
            "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param"
                or "source" or "track" or "wbr" or "p" or "li" or "dt" or "dd" or "tr" or "td" or "th" or "option"
                or "optgroup" or "tbody" or "thead" or "tfoot" or "colgroup" or "caption" or "rb" or "rt" or "rp"
                or "html" or "head" or "body" or "image" or "keygen" => true,
            _ => false,
        };
    }
}
