using AngleSharp.Dom;

namespace Dyad.Cleaning.Html;

/// <summary>Flattens a parsed page into nodes and paragraph blocks in one walk, and collects the elements that carry
/// metadata (meta, link, title, JSON-LD, time, bylines, headings) on the way.</summary>
/// <remarks>One instance per page; not thread-safe. The walk is recursive, bounded by the parser's maximum depth.</remarks>
internal sealed class PageWalker
{
    /// <summary>Furniture by tag, role or visibility: nav, aside, footer, hidden elements.</summary>
    public const byte ByTag = 1;

    /// <summary>Furniture by class or id name.</summary>
    public const byte ByClass = 2;

    private PageBlock _block;

    // The raw offset of the last start tag seen in document order: text after it cannot start before it.
    private int _anchor;

    public PageWalker()
    {
        _block = new PageBlock(0, HtmlTagKind.Block, 0);
    }

    public List<PageNode> Nodes { get; } = new(1024);

    public List<PageBlock> Blocks { get; } = new(256);

    public List<IElement> Metas { get; } = [];

    public List<IElement> Links { get; } = [];

    public List<IElement> JsonLd { get; } = [];

    public List<IElement> Times { get; } = [];

    public List<IElement> ItemProps { get; } = [];

    public List<IElement> Bylines { get; } = [];

    public List<int> Headlines { get; } = [];

    public IElement? Title { get; private set; }

    public void Walk(IElement root)
    {
        _block = new PageBlock(0, HtmlTagKind.Block, 0);
        Visit(root, -1, 0, false, false);
        Flush();
    }

    private void Visit(IElement element, int parent, byte furniture, bool inLink, bool inArticle)
    {
        if (element.SourceReference is { } reference && reference.Position.Position - 1 > _anchor)
        {
            _anchor = reference.Position.Position - 1;
        }

        var name = element.LocalName;
        var kind = HtmlTag.Classify(name);
        if (kind == HtmlTagKind.Skip)
        {
            CollectSkipped(element, name);
            if (name is "head")
            {
                var headChildren = element.Children;
                for (var i = 0; i < headChildren.Length; i++)
                {
                    CollectSkipped(headChildren[i], headChildren[i].LocalName);
                }
            }

            return;
        }

        var index = Nodes.Count;

        // One pass over the attributes: the DOM's lookups by name would each scan them again.
        string? classValue = null, idValue = null, role = null, rel = null;
        var hidden = false;
        var itemProp = false;
        var attributes = element.Attributes;
        for (var a = 0; a < attributes.Length; a++)
        {
            var attribute = attributes[a];
            if (attribute is null)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "class":
                    classValue = attribute.Value;
                    break;
                case "id":
                    idValue = attribute.Value;
                    break;
                case "role":
                    role = attribute.Value;
                    break;
                case "rel":
                    rel = attribute.Value;
                    break;
                case "itemprop":
                    itemProp = true;
                    break;
                case "hidden":
                    hidden = true;
                    break;
                case "aria-hidden":
                    hidden |= attribute.Value.Equals("true", StringComparison.OrdinalIgnoreCase);
                    break;
                case "style":
                    hidden |= IsHiddenStyle(attribute.Value);
                    break;
            }
        }

        var bodyHint = ClassSignals.IsBody(classValue) || ClassSignals.IsBody(idValue);
        var isRoot = name is "html" or "body";
        byte own = 0;
        if (kind == HtmlTagKind.Furniture || hidden || IsFurnitureRole(role) || (name is "header" && !inArticle))
        {
            own |= ByTag;
        }

        if (!isRoot && name is not ("main" or "article")
            && (ClassSignals.IsFurniture(classValue) || ClassSignals.IsFurniture(idValue)))
        {
            own |= ByClass;
        }

        furniture |= own;
        Nodes.Add(new PageNode
        {
            Element = element,
            Parent = parent,
            Kind = kind,
            Furniture = own,
            BodyHint = bodyHint,
        });

        CollectVisible(element, name, classValue, rel, itemProp, index, furniture);
        inArticle |= name is "article" or "main" || bodyHint;
        if (name is "a")
        {
            inLink = true;
        }

        var startsBlock = HtmlTag.StartsBlock(kind);
        var (savedOwner, savedKind, savedFurniture) = (_block.Owner, _block.Kind, _block.Furniture);
        if (startsBlock)
        {
            Flush();
            _block.Reset(index, kind, furniture);
        }
        else if (kind is HtmlTagKind.TableCell or HtmlTagKind.LineBreak)
        {
            _block.Pieces.Add(new BlockPiece(null, inLink, furniture, _anchor));
        }

        // Index the child list: AngleSharp finds a node's next sibling by searching its parent's children.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IElement e)
            {
                Visit(e, index, furniture, inLink, inArticle);
            }
            else if (child is IText t)
            {
                AddText(t, inLink, furniture);
            }
        }

        if (startsBlock)
        {
            Flush();
            _block.Reset(savedOwner, savedKind, savedFurniture);
        }
    }

    private void AddText(IText text, bool inLink, byte furniture)
    {
        var data = text.Data;
        var visible = 0;
        var commas = 0;
        var stops = 0;
        var inSpace = true;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    visible++;
                    inSpace = true;
                }

                continue;
            }

            inSpace = false;
            visible++;
            if (c is ',' or '\u3001' or '\uFF0C' or '\u060C')
            {
                commas++;
            }
            else if (c is '.' or '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F')
            {
                stops++;
            }
        }

        if (visible == 0 && _block.Pieces.Count == 0)
        {
            return;
        }

        _block.Pieces.Add(new BlockPiece(text, inLink, furniture, _anchor));
        if (furniture != 0 && furniture != _block.Furniture)
        {
            // Inline furniture (a share button inside a paragraph) does not count towards the paragraph.
            return;
        }

        _block.TextLength += visible;
        _block.Commas += commas;
        _block.Stops += stops;
        if (inLink)
        {
            _block.LinkLength += visible;
        }
    }

    private void Flush()
    {
        if (_block.TextLength > 0)
        {
            Blocks.Add(_block);
            _block = new PageBlock(_block.Owner, _block.Kind, _block.Furniture);
        }
        else
        {
            _block.Reset(_block.Owner, _block.Kind, _block.Furniture);
        }
    }

    private void CollectSkipped(IElement element, string name)
    {
        switch (name)
        {
            case "meta":
                Metas.Add(element);
                break;
            case "link":
                Links.Add(element);
                break;
            case "title":
                Title ??= element;
                break;
            case "script":
                var type = element.GetAttribute("type");
                if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    JsonLd.Add(element);
                }

                break;
        }
    }

    private void CollectVisible(IElement element, string name, string? classValue, string? rel, bool itemProp, int index, byte furniture)
    {
        if (name is "time")
        {
            Times.Add(element);
        }
        else if (name is "h1" && (furniture & ByTag) == 0)
        {
            Headlines.Add(index);
        }

        if (itemProp)
        {
            ItemProps.Add(element);
        }

        if ((name is "a" && rel is not null && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
            || (classValue is not null && (classValue.Contains("byline", StringComparison.OrdinalIgnoreCase)
                || classValue.Contains("author", StringComparison.OrdinalIgnoreCase))))
        {
            Bylines.Add(element);
        }
    }

    private static bool IsHiddenStyle(string style)
    {
        if (style.Length < 12)
        {
            return false;
        }

        var s = style.AsSpan();
        var display = s.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (display >= 0 && IsValue(s[(display + 7)..], "none"))
        {
            return true;
        }

        var visibility = s.IndexOf("visibility", StringComparison.OrdinalIgnoreCase);
        return visibility >= 0 && IsValue(s[(visibility + 10)..], "hidden");
    }

    private static bool IsValue(ReadOnlySpan<char> rest, string value)
    {
        rest = rest.TrimStart();
        if (rest.IsEmpty || rest[0] != ':')
        {
            return false;
        }

        return rest[1..].TrimStart().StartsWith(value, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsFurnitureRole(string? role) => role is not null
        && (role.Equals("navigation", StringComparison.OrdinalIgnoreCase) || role.Equals("banner", StringComparison.OrdinalIgnoreCase)
            || role.Equals("contentinfo", StringComparison.OrdinalIgnoreCase) || role.Equals("complementary", StringComparison.OrdinalIgnoreCase)
            || role.Equals("search", StringComparison.OrdinalIgnoreCase) || role.Equals("dialog", StringComparison.OrdinalIgnoreCase)
            || role.Equals("menu", StringComparison.OrdinalIgnoreCase) || role.Equals("menubar", StringComparison.OrdinalIgnoreCase));
}
