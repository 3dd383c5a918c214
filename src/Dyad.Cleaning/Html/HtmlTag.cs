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

/// <summary>Classifies element names (AngleSharp gives them lower-cased).</summary>
internal static class HtmlTag
{
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
