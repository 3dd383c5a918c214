using System.Text;

namespace Dyad.Cleaning.Html;

/// <summary>An element the metadata reader looks at (meta, link, title, JSON-LD script, time, microdata, bylines,
/// headlines, the root): its name, where its start tag and content stand in the raw HTML, and its attributes.</summary>
internal sealed class HtmlElement
{
    private readonly (string Name, string Value)[] _attributes;
    private string? _text;

    public HtmlElement(string name, int start, int contentStart, (string Name, string Value)[] attributes)
    {
        Name = name;
        Start = start;
        ContentStart = contentStart;
        ContentEnd = contentStart;
        _attributes = attributes;
    }

    /// <summary>The lower-case tag name.</summary>
    public string Name { get; }

    /// <summary>Offset of the start tag's <c>&lt;</c>.</summary>
    public int Start { get; }

    /// <summary>Offset just past the start tag.</summary>
    public int ContentStart { get; }

    /// <summary>Offset where the content ends (the end tag, or where the element was closed implicitly).</summary>
    public int ContentEnd { get; set; }

    /// <summary>The first attribute of that name (names compared ignoring case), decoded, or null.</summary>
    public string? GetAttribute(string name)
    {
        foreach (var (key, value) in _attributes)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Whether the element has the attribute.</summary>
    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>The raw content, for elements whose content is not markup (scripts).</summary>
    public ReadOnlySpan<char> RawContent(string raw) =>
        raw.AsSpan(ContentStart, Math.Max(0, Math.Min(ContentEnd, raw.Length) - ContentStart));

    /// <summary>The text of the content: tags, comments, scripts and styles left out, references decoded.</summary>
    public string TextContent(string raw)
    {
        if (_text is not null)
        {
            return _text;
        }

        var content = RawContent(raw);
        if (content.IndexOf('<') < 0)
        {
            return _text = HtmlReferences.DecodeAll(content, inAttribute: false);
        }

        var builder = new StringBuilder(content.Length);
        var i = 0;
        while (i < content.Length)
        {
            var lt = content[i..].IndexOf('<');
            var textEnd = lt < 0 ? content.Length : i + lt;
            if (textEnd > i)
            {
                builder.Append(HtmlReferences.DecodeAll(content[i..textEnd], inAttribute: false));
            }

            if (lt < 0)
            {
                break;
            }

            var next = HtmlScanner.SkipMarkup(content, textEnd, out var rawTextName);
            if (next < 0)
            {
                builder.Append('<');
                i = textEnd + 1;
                continue;
            }

            i = rawTextName is null ? next : HtmlScanner.EndOfRawText(content, next, rawTextName);
        }

        return _text = builder.ToString();
    }
}
