using System.Text.Json;
using Dyad.Core;

namespace Dyad.Cleaning.Html;

/// <summary>Reads what a page states about itself: Open Graph and other meta tags, JSON-LD, the title line,
/// microdata, bylines and <c>time</c> elements; each value with the span of the raw HTML that states it.</summary>
/// <remarks>Order of trust per field: structured statements first (Open Graph, JSON-LD, named meta tags), then the
/// visible page (title line, bylines, time elements). One instance per page; not thread-safe.</remarks>
internal sealed class HtmlMetadataReader
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 ", " \u00BB ", " \u00AB ", " / ", " : "];

    private static readonly string[] BylinePrefixes = ["posted by ", "written by ", "words by ", "story by ", "by "];

    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_date", "publication_date", "publication-date",
        "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
        "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date", "article.published",
        "article_date_original", "originalpublicationdate", "displaydate", "dc.date.published", "release_date",
    ];

    private readonly string _raw;
    private readonly int _limit;
    private readonly PageWalker _page;
    private readonly Dictionary<string, HtmlElement> _meta = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(HtmlElement Script, JsonElement Root)> _jsonLd = [];
    private readonly List<JsonDocument> _documents = [];

    public HtmlMetadataReader(string raw, int limit, PageWalker page)
    {
        _raw = raw;
        _limit = limit;
        _page = page;
        foreach (var meta in page.Metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(meta.GetAttribute("content")))
            {
                _meta.TryAdd(key.Trim(), meta);
            }
        }
    }

    public ArticleMetadata Read()
    {
        try
        {
            ParseJsonLd();
            var source = ReadSource();
            var title = ReadTitle(source, out var titleSite);
            return new ArticleMetadata
            {
                Title = title,
                Source = source ?? titleSite,
                Author = ReadAuthor(),
                Published = ReadPublished(),
                Url = Meta("og:url") ?? LinkHref("canonical"),
                Language = ReadLanguage(_page.Root),
            };
        }
        finally
        {
            foreach (var document in _documents)
            {
                document.Dispose();
            }
        }
    }

    private Attested<string>? ReadSource() =>
        Meta("og:site_name") ?? JsonLdString("html:jsonld:publisher.name", "publisher", "name")
        ?? Meta("application-name") ?? Meta("apple-mobile-web-app-title") ?? Meta("twitter:site", stripAt: true);

    private Attested<string>? ReadTitle(Attested<string>? source, out Attested<string>? site)
    {
        site = null;
        var stated = Meta("og:title") ?? Meta("twitter:title") ?? JsonLdString("html:jsonld:headline", "headline");
        if (stated is not null)
        {
            return StripSite(stated, source, out _);
        }

        if (_page.Title is { } titleElement && Clean(titleElement.TextContent(_raw)) is { Length: > 0 } text)
        {
            var start = titleElement.Start;
            var span = SourcePositions.TextAfter(_raw, start, text, _limit);
            var attested = Make(text, span, "html:title");
            return StripSite(attested, source, out site);
        }

        foreach (var index in _page.Headlines)
        {
            if (_page.Nodes[index].Element is { } h1 && Clean(h1.TextContent(_raw)) is { Length: > 0 } heading)
            {
                var span = SourcePositions.TextAfter(_raw, h1.Start, heading, _limit);
                return Make(heading, span, "html:h1");
            }
        }

        return null;
    }

    /// <summary>Splits "Headline | Outlet" at the last separator whose tail looks like a name, or that names the known outlet.</summary>
    private Attested<string> StripSite(Attested<string> title, Attested<string>? source, out Attested<string>? site)
    {
        site = null;
        var value = title.Value;
        foreach (var separator in TitleSeparators)
        {
            var at = value.LastIndexOf(separator, StringComparison.Ordinal);
            var first = value.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = value[..at].Trim();
            var tail = value[(at + separator.Length)..].Trim();
            var lead = value[..first].Trim();
            if (source is not null && lead.Equals(source.Value, StringComparison.OrdinalIgnoreCase))
            {
                // "Outlet | Headline".
                var rest = value[(first + separator.Length)..].Trim();
                return Sub(title, rest, "html:title");
            }

            var known = source is not null && tail.Equals(source.Value, StringComparison.OrdinalIgnoreCase);
            if (known || (tail.Length > 0 && tail.Length < head.Length && WordCount(tail) <= 5 && head.Length >= 10))
            {
                site = Sub(title, tail, title.Evidence.Method + ":site") is { } s ? s with { Evidence = s.Evidence with { Inferred = true } } : null;
                return Sub(title, head, title.Evidence.Method);
            }
        }

        return title;
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    private Attested<string> Sub(Attested<string> whole, string part, string method)
    {
        TextSpan? span = null;
        if (whole.Evidence.Span is { } outer)
        {
            var at = _raw.AsSpan(outer.Start, outer.Length).IndexOf(part, StringComparison.Ordinal);
            span = at >= 0 ? new TextSpan(outer.Start + at, outer.Start + at + part.Length) : outer;
        }

        var text = span is { } s ? _raw.Substring(s.Start, s.Length) : part;
        return new Attested<string>(part, new Evidence(span, text, method));
    }

    private Attested<string>? ReadAuthor()
    {
        var meta = Meta("author") ?? Meta("article:author") ?? Meta("byl") ?? Meta("dc.creator") ?? Meta("sailthru.author") ?? Meta("parsely-author");
        if (meta is not null && CleanName(meta.Value) is { } name)
        {
            return meta with { Value = name };
        }

        var json = JsonLdString("html:jsonld:author.name", "author", "name") ?? JsonLdString("html:jsonld:author", "author");
        if (json is not null && CleanName(json.Value) is { } jsonName)
        {
            return json with { Value = jsonName };
        }

        foreach (var element in _page.ItemProps)
        {
            if (string.Equals(element.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase))
            {
                var nameElement = ItemPropInside(element, "name") ?? element;
                var value = nameElement.GetAttribute("content") ?? nameElement.TextContent(_raw);
                if (CleanName(value) is { } micro)
                {
                    return FromElementText(nameElement, micro, "html:itemprop:author");
                }
            }
        }

        foreach (var element in _page.Bylines)
        {
            var value = element.TextContent(_raw);
            if (CleanName(value) is { } byline)
            {
                var method = element.Name == "a" ? "html:rel:author" : "html:byline";
                return FromElementText(element, byline, method);
            }
        }

        return null;
    }

    /// <summary>The first element inside <paramref name="outer"/> whose <c>itemprop</c> is <paramref name="name"/>.</summary>
    private HtmlElement? ItemPropInside(HtmlElement outer, string name)
    {
        foreach (var element in _page.ItemProps)
        {
            if (element.Start > outer.Start && element.Start < outer.ContentEnd
                && string.Equals(element.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase))
            {
                return element;
            }
        }

        return null;
    }

    private Attested<string> FromElementText(HtmlElement element, string value, string method)
    {
        var span = SourcePositions.TextAfter(_raw, element.Start, value, _limit);
        return Make(value, span, method);
    }

    /// <summary>A person's name from a byline: "By Jane Doe" → "Jane Doe"; URLs, long texts and empty values are not names.</summary>
    private static string? CleanName(string? value)
    {
        var text = Clean(value);
        if (text is null)
        {
            return null;
        }

        foreach (var prefix in BylinePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].TrimStart(' ', ':').Trim();
                break;
            }
        }

        // A byline's date or counter follows the name: names have no digits.
        var digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit > 0)
        {
            text = text[..digit].Trim();
        }

        foreach (var stop in new[] { " | ", " - ", "\n", " on ", " Updated", " Published" })
        {
            var at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0)
            {
                text = text[..at].Trim();
            }
        }

        text = text.TrimEnd(',', ';', ':', '|', '-', '.').Trim();
        if (text.Length is < 2 or > 80 || text.Contains("://", StringComparison.Ordinal) || text.StartsWith('@') || text.StartsWith('{'))
        {
            return null;
        }

        return WordCount(text) <= 8 ? text : null;
    }

    private Attested<PartialDate>? ReadPublished()
    {
        if (JsonLdString("html:jsonld:datePublished", "datePublished") is { } json && HtmlDates.TryParse(json.Value, out var jsonDate))
        {
            return new Attested<PartialDate>(jsonDate, json.Evidence);
        }

        foreach (var name in DateMetaNames)
        {
            if (Meta(name) is { } meta && HtmlDates.TryParse(meta.Value, out var date))
            {
                return new Attested<PartialDate>(date, meta.Evidence);
            }
        }

        foreach (var element in _page.ItemProps)
        {
            if (string.Equals(element.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase))
            {
                var micro = AttributeDate(element, "datetime", "html:itemprop:datePublished") ?? AttributeDate(element, "content", "html:itemprop:datePublished");
                if (micro is not null)
                {
                    return micro;
                }
            }
        }

        foreach (var element in _page.Times)
        {
            if (element.HasAttribute("pubdate") && AttributeDate(element, "datetime", "html:time:pubdate") is { } pub)
            {
                return pub;
            }
        }

        foreach (var element in _page.Times)
        {
            if (AttributeDate(element, "datetime", "html:time") is { } time)
            {
                return time;
            }
        }

        return null;
    }

    private Attested<PartialDate>? AttributeDate(HtmlElement element, string attribute, string method)
    {
        var value = element.GetAttribute(attribute);
        if (value is null || !HtmlDates.TryParse(value, out var date))
        {
            return null;
        }

        var evidence = Attribute(element, attribute, value, method);
        return new Attested<PartialDate>(date, evidence.Evidence);
    }

    private Attested<string>? ReadLanguage(HtmlElement? root)
    {
        if (root?.GetAttribute("lang") is { } lang && Iso639(lang) is { } code)
        {
            var attested = Attribute(root, "lang", lang, "html:lang");
            return attested with { Value = code };
        }

        foreach (var key in new[] { "content-language", "og:locale", "language", "dc.language" })
        {
            if (Meta(key) is { } meta && Iso639(meta.Value) is { } metaCode)
            {
                return meta with { Value = metaCode };
            }
        }

        return null;
    }

    private static string? Iso639(string value)
    {
        var span = value.AsSpan().Trim();
        var end = 0;
        while (end < span.Length && char.IsAsciiLetter(span[end]))
        {
            end++;
        }

        return end == 2 ? span[..2].ToString().ToLowerInvariant() : null;
    }

    private Attested<string>? Meta(string key, bool stripAt = false)
    {
        if (!_meta.TryGetValue(key, out var element))
        {
            return null;
        }

        var content = Clean(element.GetAttribute("content"));
        if (content is null)
        {
            return null;
        }

        if (stripAt)
        {
            content = content.TrimStart('@');
        }

        return Attribute(element, "content", content, "html:meta:" + key.ToLowerInvariant());
    }

    private Attested<string>? LinkHref(string rel)
    {
        foreach (var link in _page.Links)
        {
            if (link.GetAttribute("rel") is { } value && value.Equals(rel, StringComparison.OrdinalIgnoreCase)
                && Clean(link.GetAttribute("href")) is { } href)
            {
                return Attribute(link, "href", href, "html:link:" + rel);
            }
        }

        return null;
    }

    private Attested<string> Attribute(HtmlElement element, string attribute, string value, string method)
    {
        var start = element.Start;
        var span = SourcePositions.AttributeValue(_raw, start, attribute, _limit);
        return Make(value, span, method);
    }

    private Attested<string> Make(string value, (int Start, int End)? span, string method)
    {
        if (span is { } s)
        {
            return new Attested<string>(value, new Evidence(new TextSpan(s.Start, s.End), _raw[s.Start..s.End], method));
        }

        return new Attested<string>(value, new Evidence(null, value, method));
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var span = value.AsSpan().Trim();
        var collapsed = new System.Text.StringBuilder(span.Length);
        var space = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && collapsed.Length > 0)
            {
                collapsed.Append(' ');
            }

            space = false;
            collapsed.Append(c);
        }

        return collapsed.ToString();
    }

    private void ParseJsonLd()
    {
        foreach (var script in _page.JsonLd)
        {
            var text = script.RawContent(_raw).ToString();
            if (text.Length is 0 or > 1 << 20)
            {
                continue;
            }

            try
            {
                var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                _documents.Add(document);
                Flatten(script, document.RootElement, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other statements still count.
            }
        }

        // Articles first: a page's JSON-LD often also describes the site, the breadcrumb and the logo.
        _jsonLd.Sort((a, b) => Rank(a.Root).CompareTo(Rank(b.Root)));
    }

    private static int Rank(JsonElement element)
    {
        if (element.TryGetProperty("@type", out var type))
        {
            var text = type.ValueKind == JsonValueKind.Array && type.GetArrayLength() > 0 ? type[0].ToString() : type.ToString();
            if (text.Contains("Article", StringComparison.OrdinalIgnoreCase) || text.Contains("Posting", StringComparison.OrdinalIgnoreCase)
                || text.Contains("Report", StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }

            if (text.Contains("WebPage", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }
        }

        return 2;
    }

    private void Flatten(HtmlElement script, JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Flatten(script, item, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            _jsonLd.Add((script, element));
            if (element.TryGetProperty("@graph", out var graph))
            {
                Flatten(script, graph, depth + 1);
            }
        }
    }

    /// <summary>The first string at <paramref name="path"/> in the page's JSON-LD (arrays take their first item;
    /// a string where an object was expected counts as its name).</summary>
    private Attested<string>? JsonLdString(string method, params string[] path)
    {
        foreach (var (script, root) in _jsonLd)
        {
            var current = root;
            var found = true;
            foreach (var key in path)
            {
                if (current.ValueKind == JsonValueKind.Array)
                {
                    current = current.GetArrayLength() > 0 ? current[0] : default;
                }

                if (current.ValueKind == JsonValueKind.String)
                {
                    break;
                }

                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(key, out current))
                {
                    found = false;
                    break;
                }
            }

            if (found && current.ValueKind == JsonValueKind.Array && current.GetArrayLength() > 0)
            {
                current = current[0];
            }

            if (!found || current.ValueKind != JsonValueKind.String || Clean(current.GetString()) is not { } value)
            {
                continue;
            }

            return Make(value, LocateJson(script, path[^1], current.GetString()!), method);
        }

        return null;
    }

    /// <summary>Finds <c>"key": "value"</c> in the script's raw text; the span covers the value between its quotes.</summary>
    private (int Start, int End)? LocateJson(HtmlElement script, string key, string value)
    {
        var from = script.ContentStart;
        var end = Math.Min(script.ContentEnd, _limit);
        var body = _raw.AsSpan(from, end - from);
        var quotedKey = "\"" + key + "\"";
        var offset = 0;
        while (offset < body.Length)
        {
            var at = body[offset..].IndexOf(quotedKey, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            var i = offset + at + quotedKey.Length;
            while (i < body.Length && (char.IsWhiteSpace(body[i]) || body[i] == ':'))
            {
                i++;
            }

            if (i < body.Length && body[i] == '"')
            {
                var valueStart = i + 1;
                var valueEnd = valueStart;
                while (valueEnd < body.Length && body[valueEnd] != '"')
                {
                    valueEnd += body[valueEnd] == '\\' ? 2 : 1;
                }

                valueEnd = Math.Min(valueEnd, body.Length);
                var literal = body[valueStart..valueEnd];
                if (literal.SequenceEqual(value) || literal.Contains(value.AsSpan().Trim(), StringComparison.Ordinal))
                {
                    return (from + valueStart, from + valueEnd);
                }
            }

            offset = i;
        }

        var plain = body.IndexOf(value, StringComparison.Ordinal);
        return plain < 0 ? null : (from + plain, from + plain + value.Length);
    }
}
