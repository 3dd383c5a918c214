using System.Buffers;

namespace Dyad.Cleaning.Html;

/// <summary>Reads what an element's <c>class</c>, <c>id</c> and <c>role</c> say about it: page furniture, or article body.</summary>
/// <remarks>
/// The vocabularies are the generic names that content-management systems and front-end frameworks give to page
/// parts (comment lists, share bars, sidebars, related-story boxes, article bodies); no site is named. Matching is by
/// substring with <see cref="SearchValues{T}"/>, which searches all names at once, so an element costs one
/// vectorised scan of its attribute values.
/// </remarks>
internal static class ClassSignals
{
    // Substrings that mark furniture wherever they occur in a class or id.
    private static readonly SearchValues<string> Furniture = SearchValues.Create(
        [
            "comment", "disqus", "share", "sharing", "social", "related", "sidebar", "side-bar", "footer", "breadcrumb",
            "newsletter", "subscribe", "signup", "sign-up", "cookie", "consent", "gdpr", "popup", "modal", "sponsor",
            "advert", "promo", "outbrain", "taboola", "pagination", "pager", "widget", "recommend", "trending",
            "most-read", "mostread", "most-popular", "mostpopular", "skip-link", "skiplink", "sr-only", "screen-reader",
            "visually-hidden", "visuallyhidden", "screenreader", "author-bio", "authorbio", "about-author", "author-info",
            "authorinfo", "author-box", "tagcloud", "tag-cloud", "tag-list", "taglist", "post-tags", "entry-tags",
            "article-tags", "categories", "navbar", "navigation", "menu", "masthead", "banner", "toolbar", "login",
            "shoutbox", "byline", "dateline", "post-meta", "postmeta", "entry-meta", "article-meta", "lightbox", "overlay",
            "read-more", "readmore", "more-stories", "morestories", "further-reading", "print-only",
            "jump-link", "prev-next", "previous-next", "post-navigation", "nav-links", "rating", "reactions", "feedback",
            "follow-us", "followus", "bio-box", "callout-box", "donate", "paywall", "affiliate",
        ],
        StringComparison.OrdinalIgnoreCase);

    // Substrings that mark the article body.
    private static readonly SearchValues<string> Body = SearchValues.Create(
        [
            "article", "content", "entry", "post-body", "postbody", "post-text", "posttext", "story", "main", "blog-post",
            "blogpost", "prose", "text", "body", "hentry", "page", "column",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Short names that mark furniture only as a whole word of the class (<c>ad</c>, not <c>header</c>).</summary>
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "adv", "advertisement", "nav", "tags", "tag", "meta", "extra", "aside", "hide", "print", "share",
        "hidden", "site-header", "topbar", "noprint",
        "complementary", "contentinfo", "search", "form",
    };

    /// <summary>The furniture verdict of one attribute value: true when it names a page part that is not the article.</summary>
    public static bool IsFurniture(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var span = value.AsSpan();
        if (span.ContainsAny(Furniture))
        {
            return true;
        }

        foreach (var range in span.SplitAny(" \t\n"))
        {
            var word = span[range];
            if (word.Length is > 0 and <= 20 && FurnitureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an attribute value names an article body or content column.</summary>
    public static bool IsBody(string? value) => !string.IsNullOrEmpty(value) && value.AsSpan().ContainsAny(Body);
}
