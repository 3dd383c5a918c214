using System.Runtime.CompilerServices;

namespace Dyad.Cleaning.Html;

/// <summary>Reads a page's markup in one pass and flattens it into nodes and paragraph blocks, collecting the elements
/// that carry metadata (meta, link, title, JSON-LD, time, microdata, bylines, headings) on the way.</summary>
/// <remarks>
/// <para>No document tree is built. <see cref="HtmlScanner"/> reads the tags; a stack of open elements repairs the
/// nesting as the HTML standard's tree builder would in the cases that matter for text: an element's end tag closes
/// the elements left open inside it, but not across a table cell or table (an end tag with nothing to close is
/// ignored); start tags imply end tags (a block closes an open <c>p</c>; <c>li</c>, <c>dd</c>/<c>dt</c>,
/// <c>tr</c>, <c>td</c>/<c>th</c> and table sections close their open siblings; a heading closes an open heading;
/// a link closes an open link); a <c>tr</c> or cell straight inside a table gets its implied <c>tbody</c> and
/// <c>tr</c>; the end tag of any heading closes an open heading; the end tag of an inline element (a link) whose
/// content opened blocks ends it and leaves the blocks open outside it; void elements never open; <c>html</c>, <c>head</c> and <c>body</c> are implied (end tags of
/// <c>body</c> and <c>html</c> are ignored, as browsers keep later content in the body). The content of scripts,
/// styles, titles, text areas, templates and <c>noscript</c> (scripting is off) is raw text up to its end tag; SVG and
/// MathML end at their end tag or at an HTML tag that leaves foreign content. Elements that never hold article text
/// (media, form controls, SVG) are walked only for their end and for metadata tags inside them. The adoption agency
/// (re-opening formatting elements across blocks) is modelled for links only: a link its block closed is re-opened
/// around the text that follows until its end tag or the next link, as browsers do; other unclosed inline elements
/// end with their block.</para>
/// <para>Text runs keep their exact raw ranges, so the writer maps every character without searching.</para>
/// <para>One instance per page; not thread-safe. Time is linear in the page, times the open-element depth for end
/// tags (bounded by the maximum depth).</para>
/// </remarks>
internal sealed class PageWalker
{
    /// <summary>Furniture by tag, role or visibility: nav, aside, footer, hidden elements.</summary>
    public const byte ByTag = 1;

    /// <summary>Furniture by class or id name.</summary>
    public const byte ByClass = 2;

    private readonly HtmlScanner _scanner = new();
    private Frame[] _stack = new Frame[64];
    private int _depth;
    private int _skipDepth;
    private int _nesting;
    private int _deepest;

    // A link closed by the end of its block, not by its own end tag: browsers re-open it around the text that follows.
    private bool _pendingLink;
    private PageBlock _block;
    private string _raw = string.Empty;
    private int _limit;

    public PageWalker()
    {
        _block = new PageBlock(0, HtmlTagKind.Block, 0);
    }

    public List<PageNode> Nodes { get; } = new(1024);

    public List<PageBlock> Blocks { get; } = new(256);

    public List<HtmlElement> Metas { get; } = [];

    public List<HtmlElement> Links { get; } = [];

    public List<HtmlElement> JsonLd { get; } = [];

    public List<HtmlElement> Times { get; } = [];

    public List<HtmlElement> ItemProps { get; } = [];

    public List<HtmlElement> Bylines { get; } = [];

    public List<int> Headlines { get; } = [];

    public HtmlElement? Title { get; private set; }

    /// <summary>The <c>html</c> start tag, when the page has one.</summary>
    public HtmlElement? Root { get; private set; }

    /// <summary>Walks <paramref name="raw"/> up to <paramref name="limit"/>. Returns false when the markup nests
    /// deeper than <paramref name="maximumNesting"/> (estimated from the tags; elements whose end tag may be left out
    /// do not count), which no article does; elements deeper than <paramref name="maximumDepth"/> are flattened into
    /// their ancestor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Walk(string raw, int limit, int maximumDepth, int maximumNesting)
    {
        _raw = raw;
        _limit = limit;
        maximumDepth = Math.Max(16, maximumDepth);
        var text = raw.AsSpan(0, limit);
        _block = new PageBlock(0, HtmlTagKind.Block, 0);
        Nodes.Add(new PageNode { Name = "html", Parent = -1, Kind = HtmlTagKind.Block });
        Push(new Frame { Name = "html", Node = 0, Kind = HtmlTagKind.Block });

        var i = 0;
        var textStart = 0;
        while (i < text.Length)
        {
            var lt = text[i..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            var at = i + lt;
            var markup = HtmlScanner.Classify(text, at);
            if (markup == HtmlScanner.Markup.Literal)
            {
                i = at + 1;
                continue;
            }

            AddText(textStart, at);
            if (markup == HtmlScanner.Markup.Comment)
            {
                i = HtmlScanner.EndOfComment(text, at);
                textStart = i;
                continue;
            }

            var closing = markup == HtmlScanner.Markup.EndTag;
            var nameStart = closing ? at + 2 : at + 1;
            var end = _scanner.ReadTag(text, nameStart, out var nameEnd);
            if (end < 0)
            {
                // The text ends inside the tag: the standard drops it.
                i = text.Length;
                textStart = i;
                break;
            }

            var (name, kind) = HtmlTag.Lookup(text[nameStart..nameEnd]);
            if (closing)
            {
                EndTag(name, at);
                if (!Uncounted(name))
                {
                    _nesting = Math.Max(0, _nesting - 1);
                }

                i = end;
                textStart = end;
                continue;
            }

            if (!Uncounted(name) && !_scanner.SelfClosing && ++_nesting > _deepest)
            {
                _deepest = _nesting;
                if (_deepest > maximumNesting)
                {
                    return false;
                }
            }

            i = StartTag(name, kind, at, end, maximumDepth);
            textStart = i;
        }

        AddText(textStart, text.Length);
        while (_depth > 1)
        {
            Pop(text.Length);
        }

        Flush();
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int StartTag(string name, HtmlTagKind kind, int at, int end, int maximumDepth)
    {
        if (_skipDepth > 0 && Top.Foreign && HtmlTag.BreaksOutOfForeignContent(name))
        {
            while (_depth > 1 && _skipDepth > 0)
            {
                var foreignRoot = Top.Name is "svg" or "math";
                Pop(at);
                if (foreignRoot)
                {
                    break;
                }
            }
        }

        if (HtmlTag.IsRawText(name))
        {
            var close = name == "plaintext" ? _limit : HtmlScanner.EndOfRawText(_raw.AsSpan(0, _limit), end, name);
            CollectRaw(name, at, end, close);
            return close;
        }

        if (kind == HtmlTagKind.Skip || _skipDepth > 0)
        {
            if (name is "meta" or "link")
            {
                (name == "meta" ? Metas : Links).Add(MakeElement(name, at, end));
            }
            else if (name == "html" && Root is null && Nodes.Count == 1)
            {
                Root = MakeElement(name, at, end);
            }

            if (name is "head" || HtmlTag.IsVoid(name) || (_skipDepth > 0 && Top.Foreign && _scanner.SelfClosing))
            {
                return end;
            }

            if (_depth >= maximumDepth)
            {
                return end;
            }

            if (name is "button" or "option" or "optgroup")
            {
                CloseOpen(name, at);
            }

            Push(new Frame
            {
                Name = name,
                Node = -1,
                Kind = HtmlTagKind.Skip,
                Skip = true,
                Foreign = name is "svg" or "math" || (_skipDepth > 0 && Top.Foreign),
            });
            _skipDepth++;
            return end;
        }

        if (name == "html")
        {
            if (Root is null && Nodes.Count == 1)
            {
                Root = MakeElement(name, at, end);
            }

            return end;
        }

        if (name == "body")
        {
            if (_depth == 1 && Nodes.Count == 1)
            {
                Open(name, kind, at, end);
            }

            return end;
        }

        EnsureBody(at);
        ImplyEndTags(name, at);
        if (_depth >= maximumDepth)
        {
            if (kind == HtmlTagKind.LineBreak)
            {
                _block.Pieces.Add(new BlockPiece(-1, -1, Top.InLink, Top.Furniture));
            }

            return end;
        }

        if (name is "tr" && Top.Name is "table")
        {
            OpenImplied("tbody", at);
        }
        else if (name is "td" or "th" && Top.Name is "table" or "tbody" or "thead" or "tfoot")
        {
            if (Top.Name is "table")
            {
                OpenImplied("tbody", at);
            }

            OpenImplied("tr", at);
        }

        Open(name, kind, at, end);
        if (HtmlTag.IsVoid(name))
        {
            Pop(end);
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EndTag(string name, int at)
    {
        if (name is "br")
        {
            if (_skipDepth == 0)
            {
                _block.Pieces.Add(new BlockPiece(-1, -1, Top.InLink, Top.Furniture));
            }

            return;
        }

        if (name is "body" or "html" or "head")
        {
            return;
        }

        if (name is "a" && _pendingLink)
        {
            // The end tag of a link its block already closed: the link ends here.
            _pendingLink = false;
        }

        var kind = HtmlTag.Classify(name);
        var inline = kind is HtmlTagKind.Inline;
        var tablePart = HtmlTag.IsTablePart(name);
        for (var k = _depth - 1; k >= 1; k--)
        {
            ref var frame = ref _stack[k];

            // Any heading's end tag closes the open heading ("<h2>...</h3>").
            if (frame.Name == name || (kind is HtmlTagKind.Heading && frame.Kind is HtmlTagKind.Heading && !frame.Skip))
            {
                while (_depth > k)
                {
                    Pop(at);
                }

                _pendingLink &= name is not "a";
                return;
            }

            if (inline && (frame.Kind is not HtmlTagKind.Inline || frame.Skip))
            {
                // Blocks opened inside the inline element: it ends here all the same, and they stay open outside it.
                CloseAcross(name, k, at);
                return;
            }

            if (tablePart ? frame.Name is "table" or "template" or "html"
                : !inline && (HtmlTag.IsScopeBoundary(frame.Name) || (name is "p" && frame.Name is "button")
                    || (name is "li" && frame.Name is "ul" or "ol")))
            {
                return;
            }
        }
    }

    /// <summary>Ends an inline element (a link, bold text) whose end tag comes while blocks opened inside it are still
    /// open (<c>&lt;a&gt;&lt;div&gt;text&lt;/a&gt;more</c>): the element leaves the stack and the blocks above it no
    /// longer count as inside it, as the standard's adoption agency has it for text.</summary>
    private void CloseAcross(string name, int from, int at)
    {
        var k = from;
        for (; k >= 1; k--)
        {
            var open = _stack[k].Name;
            if (open == name)
            {
                break;
            }

            if (open is "table" or "td" or "th" or "caption" or "template" or "html" or "button" or "object" or "svg" or "math")
            {
                return;
            }
        }

        if (k < 1)
        {
            return;
        }

        if (_stack[k].Element is { } element)
        {
            element.ContentEnd = Math.Max(element.ContentStart, at);
        }

        Array.Copy(_stack, k + 1, _stack, k, _depth - k - 1);
        _depth--;
        _stack[_depth] = default;
        for (var j = k; j < _depth; j++)
        {
            ref var frame = ref _stack[j];
            ref readonly var below = ref _stack[j - 1];
            var own = frame.Node >= 0 ? Nodes[frame.Node].Furniture : (byte)0;
            frame.Furniture = (byte)(below.Furniture | own);
            frame.InLink = below.InLink || (frame.Name is "a" && !frame.Skip);
        }

        if (name is "a")
        {
            _pendingLink = false;
        }
    }

    /// <summary>The end tags a start tag implies.</summary>
    private void ImplyEndTags(string name, int at)
    {
        if (HtmlTag.ClosesParagraph(name))
        {
            CloseParagraph(at);
        }

        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (Top.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    Pop(at);
                }

                break;
            case "li":
                CloseListItem(at, static n => n is "li");
                break;
            case "dd" or "dt":
                CloseListItem(at, static n => n is "dd" or "dt");
                break;
            case "a":
                CloseOpen("a", at);
                _pendingLink = false;
                break;
            case "tr":
                CloseTablePart(at, static n => n is "tr" or "td" or "th", static n => n is "table" or "tbody" or "thead" or "tfoot");
                break;
            case "td" or "th":
                CloseTablePart(at, static n => n is "td" or "th", static n => n is "tr" or "table" or "tbody" or "thead" or "tfoot");
                break;
            case "tbody" or "thead" or "tfoot" or "caption":
                CloseTablePart(at, static n => n is "tr" or "td" or "th" or "tbody" or "thead" or "tfoot" or "caption", static n => n is "table");
                break;
        }
    }

    private void CloseParagraph(int at)
    {
        for (var k = _depth - 1; k >= 1; k--)
        {
            var name = _stack[k].Name;
            if (name is "p")
            {
                while (_depth > k)
                {
                    Pop(at);
                }

                return;
            }

            if (HtmlTag.IsScopeBoundary(name) || name is "button")
            {
                return;
            }
        }
    }

    private void CloseListItem(int at, Func<string, bool> item)
    {
        for (var k = _depth - 1; k >= 1; k--)
        {
            ref var frame = ref _stack[k];
            if (item(frame.Name))
            {
                while (_depth > k)
                {
                    Pop(at);
                }

                return;
            }

            if ((frame.Kind is not HtmlTagKind.Inline || frame.Skip) && frame.Name is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private void CloseTablePart(int at, Func<string, bool> part, Func<string, bool> container)
    {
        for (var k = _depth - 1; k >= 1; k--)
        {
            var name = _stack[k].Name;
            if (container(name) || name is "html" or "template")
            {
                // Close what is open above the container.
                var found = false;
                for (var j = _depth - 1; j > k; j--)
                {
                    found |= part(_stack[j].Name);
                }

                if (found)
                {
                    while (_depth > k + 1)
                    {
                        Pop(at);
                    }
                }

                return;
            }
        }
    }

    /// <summary>Closes an open element of the same name (link in link, button in button, option in option), without
    /// reaching across a scope boundary.</summary>
    private void CloseOpen(string name, int at)
    {
        for (var k = _depth - 1; k >= 1; k--)
        {
            var open = _stack[k].Name;
            if (open == name)
            {
                while (_depth > k)
                {
                    Pop(at);
                }

                return;
            }

            if (HtmlTag.IsScopeBoundary(open) || open is "select")
            {
                return;
            }
        }
    }

    private void EnsureBody(int at)
    {
        if (_depth == 1 && Nodes.Count == 1)
        {
            Open("body", HtmlTagKind.Block, at, -1);
        }
    }

    private void OpenImplied(string name, int at) => Open(name, HtmlTag.Classify(name), at, -1);

    /// <summary>Opens an element: a node, its furniture reading, and a block when it starts one. <paramref name="end"/>
    /// is -1 for an element the markup implies without a tag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Open(string name, HtmlTagKind kind, int at, int end)
    {
        ref readonly var parent = ref Top;
        var index = Nodes.Count;

        ReadOnlySpan<char> classValue = [], idValue = [], role = [], rel = [];
        var hidden = false;
        var itemProp = false;
        if (end >= 0)
        {
            var text = _raw.AsSpan();
            foreach (var attribute in _scanner.Attributes)
            {
                var key = attribute.Name(text);
                switch (key.Length)
                {
                    case 5 when key.Equals("class", StringComparison.OrdinalIgnoreCase):
                        classValue = attribute.Value(text);
                        break;
                    case 2 when key.Equals("id", StringComparison.OrdinalIgnoreCase):
                        idValue = attribute.Value(text);
                        break;
                    case 4 when key.Equals("role", StringComparison.OrdinalIgnoreCase):
                        role = attribute.Value(text);
                        break;
                    case 3 when key.Equals("rel", StringComparison.OrdinalIgnoreCase):
                        rel = attribute.Value(text);
                        break;
                    case 8 when key.Equals("itemprop", StringComparison.OrdinalIgnoreCase):
                        itemProp = true;
                        break;
                    case 6 when key.Equals("hidden", StringComparison.OrdinalIgnoreCase):
                        hidden = true;
                        break;
                    case 11 when key.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase):
                        hidden |= attribute.Value(text).Equals("true", StringComparison.OrdinalIgnoreCase);
                        break;
                    case 5 when key.Equals("style", StringComparison.OrdinalIgnoreCase):
                        hidden |= IsHiddenStyle(attribute.Value(text));
                        break;
                }
            }
        }

        var bodyHint = ClassSignals.IsBody(classValue) || ClassSignals.IsBody(idValue);
        var inArticle = parent.InArticle;
        byte own = 0;
        if (kind == HtmlTagKind.Furniture || hidden || IsFurnitureRole(role) || (name is "header" && !inArticle))
        {
            own |= ByTag;
        }

        if (name is not ("html" or "body" or "main" or "article")
            && (ClassSignals.IsFurniture(classValue) || ClassSignals.IsFurniture(idValue)))
        {
            own |= ByClass;
        }

        var furniture = (byte)(parent.Furniture | own);
        var node = new PageNode
        {
            Name = name,
            Parent = parent.Node,
            Kind = kind,
            Furniture = own,
            BodyHint = bodyHint,
        };

        HtmlElement? element = null;
        if (end >= 0)
        {
            var byline = (name is "a" && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
                || classValue.Contains("byline", StringComparison.OrdinalIgnoreCase)
                || classValue.Contains("author", StringComparison.OrdinalIgnoreCase);
            var headline = name is "h1" && (furniture & ByTag) == 0;
            if (name is "time" || itemProp || byline || headline)
            {
                element = MakeElement(name, at, end);
                node.Element = element;
                if (name is "time")
                {
                    Times.Add(element);
                }
                else if (headline)
                {
                    Headlines.Add(index);
                }

                if (itemProp)
                {
                    ItemProps.Add(element);
                }

                if (byline)
                {
                    Bylines.Add(element);
                }
            }
        }

        Nodes.Add(node);
        var frame = new Frame
        {
            Name = name,
            Node = index,
            Kind = kind,
            Furniture = furniture,
            InLink = parent.InLink || name is "a",
            InArticle = inArticle || name is "article" or "main" || bodyHint,
            StartsBlock = HtmlTag.StartsBlock(kind),
            Element = element,
        };

        if (frame.StartsBlock)
        {
            frame.SavedOwner = _block.Owner;
            frame.SavedKind = _block.Kind;
            frame.SavedFurniture = _block.Furniture;
            Flush();
            _block.Reset(index, kind, furniture);
        }
        else if (kind is HtmlTagKind.TableCell or HtmlTagKind.LineBreak)
        {
            _block.Pieces.Add(new BlockPiece(-1, -1, parent.InLink, furniture));
        }

        Push(frame);
    }

    private void Pop(int at)
    {
        ref var frame = ref _stack[_depth - 1];
        if (frame.Skip)
        {
            _skipDepth--;
        }

        if (frame.Element is { } element)
        {
            element.ContentEnd = Math.Max(element.ContentStart, at);
        }

        if (frame.StartsBlock)
        {
            Flush();
            _block.Reset(frame.SavedOwner, frame.SavedKind, frame.SavedFurniture);
        }

        if (frame.Name is "a" && !frame.Skip)
        {
            _pendingLink = true;
        }

        frame = default;
        _depth--;
    }

    private void Push(in Frame frame)
    {
        if (_depth == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_depth++] = frame;
    }

    private ref Frame Top => ref _stack[_depth - 1];

    /// <summary>Collects a raw-text element that carries metadata (the title, JSON-LD); the others are skipped.</summary>
    private void CollectRaw(string name, int at, int end, int close)
    {
        if (name is "title")
        {
            if (Title is null && _skipDepth == 0)
            {
                Title = MakeElement(name, at, end);
                Title.ContentEnd = close;
            }

            return;
        }

        if (name is not "script")
        {
            return;
        }

        var text = _raw.AsSpan();
        foreach (var attribute in _scanner.Attributes)
        {
            if (attribute.Name(text).Equals("type", StringComparison.OrdinalIgnoreCase)
                && attribute.Value(text).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                var script = MakeElement(name, at, end);
                script.ContentEnd = close;
                JsonLd.Add(script);
                return;
            }
        }
    }

    /// <summary>Keeps the element's attributes, decoded, for the metadata reader.</summary>
    private HtmlElement MakeElement(string name, int at, int end)
    {
        var text = _raw.AsSpan();
        var attributes = _scanner.Attributes;
        var kept = new (string Name, string Value)[attributes.Length];
        for (var a = 0; a < attributes.Length; a++)
        {
            var attribute = attributes[a];
            kept[a] = (attribute.Name(text).ToString().ToLowerInvariant(), HtmlReferences.DecodeAll(attribute.Value(text), inAttribute: true));
        }

        return new HtmlElement(name, at, end, kept);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddText(int start, int end)
    {
        if (end <= start || _skipDepth > 0)
        {
            return;
        }

        var data = _raw.AsSpan(start, end - start);
        if (_depth == 1 && Nodes.Count == 1)
        {
            // Whitespace before the body is not text; anything else starts the body.
            if (!data.ContainsAnyExcept(" \t\n\f\r"))
            {
                return;
            }

            EnsureBody(start);
        }

        if (_pendingLink && !Top.InLink)
        {
            // Re-open the link the end of a block cut short, as browsers do ("reconstruct the active formatting
            // elements"; only links are modelled, as only they change how text is scored).
            _pendingLink = false;
            Open("a", HtmlTagKind.Inline, start, -1);
            _pendingLink = false;
        }

        var visible = 0;
        var commas = 0;
        var stops = 0;
        var inSpace = true;
        Span<char> decoded = stackalloc char[2];
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (c == '&')
            {
                var length = HtmlReferences.Decode(data[i..], inAttribute: false, decoded, out var written);
                if (length > 0)
                {
                    for (var k = 0; k < written; k++)
                    {
                        Count(decoded[k], ref visible, ref commas, ref stops, ref inSpace);
                    }

                    i += length - 1;
                    continue;
                }
            }

            Count(c, ref visible, ref commas, ref stops, ref inSpace);
        }

        if (visible == 0 && _block.Pieces.Count == 0)
        {
            return;
        }

        ref readonly var top = ref Top;
        _block.Pieces.Add(new BlockPiece(start, end, top.InLink, top.Furniture));
        if (top.Furniture != 0 && top.Furniture != _block.Furniture)
        {
            // Inline furniture (a share button inside a paragraph) does not count towards the paragraph.
            return;
        }

        _block.TextLength += visible;
        _block.Commas += commas;
        _block.Stops += stops;
        if (top.InLink)
        {
            _block.LinkLength += visible;
        }
    }

    private static void Count(char c, ref int visible, ref int commas, ref int stops, ref bool inSpace)
    {
        if (char.IsWhiteSpace(c))
        {
            if (!inSpace)
            {
                visible++;
                inSpace = true;
            }

            return;
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

    /// <summary>Elements whose end tag may be left out, and void elements: they do not count towards the nesting
    /// estimate, so ordinary sloppy markup stays shallow.</summary>
    private static bool Uncounted(string name) => name is "area" or "base" or "br" or "col" or "embed" or "hr"
        or "img" or "input" or "link" or "meta" or "param" or "source" or "track" or "wbr" or "p" or "li" or "dt"
        or "dd" or "tr" or "td" or "th" or "option" or "optgroup" or "tbody" or "thead" or "tfoot" or "colgroup"
        or "caption" or "rb" or "rt" or "rp" or "html" or "head" or "body" or "image" or "keygen";

    private static bool IsHiddenStyle(ReadOnlySpan<char> style)
    {
        if (style.Length < 12)
        {
            return false;
        }

        var display = style.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (display >= 0 && IsValue(style[(display + 7)..], "none"))
        {
            return true;
        }

        var visibility = style.IndexOf("visibility", StringComparison.OrdinalIgnoreCase);
        return visibility >= 0 && IsValue(style[(visibility + 10)..], "hidden");
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

    private static bool IsFurnitureRole(ReadOnlySpan<char> role) =>
        role.Equals("navigation", StringComparison.OrdinalIgnoreCase) || role.Equals("banner", StringComparison.OrdinalIgnoreCase)
        || role.Equals("contentinfo", StringComparison.OrdinalIgnoreCase) || role.Equals("complementary", StringComparison.OrdinalIgnoreCase)
        || role.Equals("search", StringComparison.OrdinalIgnoreCase) || role.Equals("dialog", StringComparison.OrdinalIgnoreCase)
        || role.Equals("menu", StringComparison.OrdinalIgnoreCase) || role.Equals("menubar", StringComparison.OrdinalIgnoreCase);

    /// <summary>An open element on the walker's stack.</summary>
    private struct Frame
    {
        public string Name;
        public int Node;
        public HtmlTagKind Kind;
        public byte Furniture;
        public bool InLink;
        public bool InArticle;
        public bool Skip;
        public bool Foreign;
        public bool StartsBlock;
        public int SavedOwner;
        public HtmlTagKind SavedKind;
        public byte SavedFurniture;
        public HtmlElement? Element;
    }
}
