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
    // Substrings that mark furniture wherever they occur in a class or id, even beside a body name
    // ("article-comments" is still comments).
    private static readonly SearchValues<string> StrongFurniture = SearchValues.Create(
        [
            "comment", "disqus", "share", "sharing", "social", "related", "breadcrumb", "newsletter", "subscribe", "signup",
            "sign-up", "cookie", "consent", "gdpr", "outbrain", "taboola", "pagination", "pager", "skip-link", "skiplink",
            "sr-only", "screen-reader", "visually-hidden", "visuallyhidden", "screenreader", "author-bio", "authorbio",
            "about-author", "author-info", "authorinfo", "author-box", "tagcloud", "tag-cloud", "tag-list", "taglist",
            "post-tags", "entry-tags", "article-tags", "byline", "dateline", "post-meta", "postmeta", "entry-meta",
            "article-meta", "more-stories", "morestories", "further-reading", "jump-link", "prev-next",
            "previous-next", "post-navigation", "nav-links", "follow-us", "followus", "donate", "paywall", "most-read",
            "mostread", "most-popular", "mostpopular", "credit", "disclaimer", "disclosure", "print-none", "print-no", "noprint", "hidden-print",
        ],
        StringComparison.OrdinalIgnoreCase);

    // Substrings that mark furniture unless the same value also names the article body ("sticky-sidebar-parent
    // article-content" is the body).
    private static readonly SearchValues<string> WeakFurniture = SearchValues.Create(
        [
            "sidebar", "side-bar", "footer", "popup", "modal", "sponsor", "advert", "promo", "widget", "recommend",
            "trending", "navbar", "navigation", "menu", "masthead", "banner", "toolbar", "login", "shoutbox", "lightbox",
            "overlay", "read-more", "readmore", "rating", "reactions", "feedback", "bio-box", "callout-box", "affiliate",
        ],
        StringComparison.OrdinalIgnoreCase);

    // Substrings that mark the article body.
    private static readonly SearchValues<string> Body = SearchValues.Create(
        [
            "article", "content", "entry", "post-body", "postbody", "post-text", "posttext", "story", "main", "blog-post",
            "blogpost", "prose", "text", "body", "hentry", "page", "column",
        ],
        StringComparison.OrdinalIgnoreCase);

    // The body names strong enough to overrule weak furniture names.
    private static readonly SearchValues<string> ArticleBody = SearchValues.Create(
        ["article", "content", "entry", "post-body", "postbody", "post-text", "posttext", "story", "prose", "blog-post", "blogpost", "hentry"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Short names that mark furniture only as a whole word of the class (<c>ad</c>, not <c>header</c>).</summary>
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "adv", "advertisement", "nav", "tags", "tag", "meta", "extra", "aside", "hide", "print", "share",
        "site-header", "topbar", "noprint",
        "complementary", "contentinfo", "search", "form",
    };

    /// <summary>The furniture verdict of one attribute value: true when it names a page part that is not the article.</summary>
    public static bool IsFurniture(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        var span = value;
        var body = span.ContainsAny(ArticleBody);
        foreach (var range in span.SplitAny(" \t\n"))
        {
            var token = span[range];
            if (token.StartsWith("no-print", StringComparison.OrdinalIgnoreCase))
            {
                // Left out of the printed page: furniture.
                return true;
            }

            if (token.Length < 3 || IsNegation(token))
            {
                continue;
            }

            if (token.ContainsAny(StrongFurniture) || (!body && token.ContainsAny(WeakFurniture)))
            {
                return true;
            }
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

    /// <summary>Class names that state an absence or a variant ("no-share", "has-sidebar", "with-comments").</summary>
    private static bool IsNegation(ReadOnlySpan<char> token) =>
        token.StartsWith("no-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("no_", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("has-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("with-", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("without-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("is-", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when an attribute value names an article body or content column.</summary>
    public static bool IsBody(ReadOnlySpan<char> value) => !value.IsEmpty && value.ContainsAny(Body);
}
