namespace Dyad.Cleaning.Html;

/// <summary>What an element means for text extraction.</summary>
internal enum HtmlTagKind : byte
{
    /// <summary>Inline markup: its text flows into the enclosing block.</summary>
    Inline,

    /// <summary>A block: its own text makes its own paragraph.</summary>
    Block,

    /// <summary>A heading (h1-h6).</summary>
    Heading,

    /// <summary>A list item or definition term/description.</summary>
    ListItem,

    /// <summary>A table row: its cells make one paragraph.</summary>
    TableRow,

    /// <summary>A table cell (td, th): separated from its neighbours by a space.</summary>
    TableCell,

    /// <summary>A line break.</summary>
    LineBreak,

    /// <summary>Never text: scripts, styles, media, form controls.</summary>
    Skip,

    /// <summary>Page furniture by its very tag (nav, aside, footer): boilerplate unless proven otherwise.</summary>
    Furniture,

    /// <summary>A list container (ul, ol, dl).</summary>
    List,

    /// <summary>A table container.</summary>
    Table,
}

/// <summary>Classifies element names and states the parts of the HTML standard's tree-building rules the page walker
/// follows (void elements, raw-text elements, implied end tags, scopes).</summary>
internal static class HtmlTag
{
    private static readonly string[] KnownNames =
    [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "big", "strike", "nobr",
        "label", "acronym", "p", "div", "section", "article", "main", "blockquote", "pre", "address", "center", "figure",
        "figcaption", "details", "summary", "hgroup", "body", "html", "fieldset", "legend", "caption", "dialog", "header",
        "form", "hr", "tbody", "thead", "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "ul", "ol", "dl",
        "menu", "dir", "table", "tr", "td", "th", "br", "nav", "aside", "footer", "script", "style", "noscript",
        "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "picture", "source", "track",
        "img", "map", "area", "select", "option", "optgroup", "button", "input", "textarea", "head", "title", "meta",
        "link", "base", "frameset", "frame", "noframes", "applet", "param", "datalist", "output", "progress", "meter",
        "slot", "portal", "menuitem", "rp", "rt", "col", "colgroup", "xmp", "noembed", "plaintext", "listing", "keygen",
        "image", "marquee", "basefont", "bgsound", "path", "g", "use", "rect", "circle", "ruby", "rb", "search",
    ];

    private static readonly Dictionary<string, (string Name, HtmlTagKind Kind)> Names = Build();

    private static readonly Dictionary<string, (string Name, HtmlTagKind Kind)>.AlternateLookup<ReadOnlySpan<char>> NameLookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lower-case name (shared strings for known names) and the kind of a tag name as written.</summary>
    public static (string Name, HtmlTagKind Kind) Lookup(ReadOnlySpan<char> written)
    {
        if (NameLookup.TryGetValue(written, out var known))
        {
            return known;
        }

        var name = written.ToString().ToLowerInvariant();
        return (name, Classify(name));
    }

    /// <summary>Elements that have no content and no end tag.</summary>
    public static bool IsVoid(string name) => name is "area" or "base" or "br" or "col" or "embed" or "hr" or "img"
        or "input" or "link" or "meta" or "param" or "source" or "track" or "wbr" or "keygen" or "image" or "basefont"
        or "bgsound" or "frame";

    /// <summary>Elements whose content is text, not markup, up to their end tag (scripting is off, so noscript too).</summary>
    public static bool IsRawText(string name) => name is "script" or "style" or "title" or "textarea" or "xmp"
        or "iframe" or "noembed" or "noframes" or "noscript" or "template" or "plaintext";

    /// <summary>Start tags that close an open <c>p</c> (the standard's "close a p element" list).</summary>
    public static bool ClosesParagraph(string name) => name is "address" or "article" or "aside" or "blockquote"
        or "center" or "details" or "dialog" or "dir" or "div" or "dl" or "fieldset" or "figcaption" or "figure"
        or "footer" or "form" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "header" or "hgroup" or "hr" or "main"
        or "menu" or "nav" or "ol" or "p" or "pre" or "section" or "summary" or "table" or "ul" or "li" or "dd" or "dt"
        or "listing" or "plaintext" or "xmp" or "search";

    /// <summary>Elements an end tag of a block element does not reach across (the standard's default scope).</summary>
    public static bool IsScopeBoundary(string name) => name is "html" or "table" or "td" or "th" or "caption"
        or "template" or "object" or "applet" or "marquee" or "svg" or "math";

    /// <summary>HTML start tags that end SVG or MathML content (the standard's breakout list).</summary>
    public static bool BreaksOutOfForeignContent(string name) => name is "b" or "big" or "blockquote" or "body" or "br"
        or "center" or "code" or "dd" or "div" or "dl" or "dt" or "em" or "embed" or "h1" or "h2" or "h3" or "h4" or "h5"
        or "h6" or "head" or "hr" or "i" or "img" or "li" or "listing" or "menu" or "meta" or "nobr" or "ol" or "p"
        or "pre" or "ruby" or "s" or "small" or "span" or "strong" or "strike" or "sub" or "sup" or "table" or "tt"
        or "u" or "ul" or "var";

    /// <summary>Table parts, whose end tags reach across cells up to their table.</summary>
    public static bool IsTablePart(string name) => name is "table" or "tbody" or "thead" or "tfoot" or "tr" or "td"
        or "th" or "caption" or "colgroup";

    private static Dictionary<string, (string Name, HtmlTagKind Kind)> Build()
    {
        var names = new Dictionary<string, (string Name, HtmlTagKind Kind)>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in KnownNames)
        {
            names[name] = (name, Classify(name));
        }

        return names;
    }

    public static HtmlTagKind Classify(string localName) => localName switch
    {
        "a" or "abbr" or "b" or "bdi" or "bdo" or "cite" or "code" or "data" or "del" or "dfn" or "em" or "font" or "i"
            or "ins" or "kbd" or "mark" or "q" or "s" or "samp" or "small" or "span" or "strong" or "sub" or "sup"
            or "time" or "tt" or "u" or "var" or "wbr" or "big" or "strike" or "nobr" or "label" or "acronym" => HtmlTagKind.Inline,
        "p" or "div" or "section" or "article" or "main" or "blockquote" or "pre" or "address" or "center"
            or "figure" or "figcaption" or "details" or "summary" or "hgroup" or "body" or "html" or "fieldset" or "legend" or "caption"
            or "dialog" or "header" or "form" or "hr" or "tbody" or "thead" or "tfoot" => HtmlTagKind.Block,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => HtmlTagKind.Heading,
        "li" or "dt" or "dd" => HtmlTagKind.ListItem,
        "ul" or "ol" or "dl" or "menu" or "dir" => HtmlTagKind.List,
        "table" => HtmlTagKind.Table,
        "tr" => HtmlTagKind.TableRow,
        "td" or "th" => HtmlTagKind.TableCell,
        "br" => HtmlTagKind.LineBreak,
        "nav" or "aside" or "footer" => HtmlTagKind.Furniture,
        "script" or "style" or "noscript" or "template" or "svg" or "math" or "iframe" or "object" or "embed" or "canvas"
            or "video" or "audio" or "picture" or "source" or "track" or "img" or "map" or "area" or "select" or "option"
            or "optgroup" or "button" or "input" or "textarea" or "head" or "title" or "meta" or "link" or "base"
            or "frameset" or "frame" or "noframes" or "applet" or "param" or "datalist" or "output" or "progress"
            or "meter" or "slot" or "portal" or "menuitem" or "rp" or "rt" => HtmlTagKind.Skip,
        _ => localName.Contains('-', StringComparison.Ordinal) ? HtmlTagKind.Block : HtmlTagKind.Inline,
    };

    /// <summary>True for kinds that start a paragraph of their own.</summary>
    public static bool StartsBlock(HtmlTagKind kind) =>
        kind is HtmlTagKind.Block or HtmlTagKind.Heading or HtmlTagKind.ListItem or HtmlTagKind.TableRow
            or HtmlTagKind.Furniture or HtmlTagKind.List or HtmlTagKind.Table;
}
