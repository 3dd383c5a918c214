using System.Runtime.CompilerServices;

namespace Dyad.Cleaning.Html;

/// <summary>Reads HTML markup as the HTML standard's tokenizer does, over spans of the raw text: what starts at a
/// <c>&lt;</c> (a start tag, an end tag, a comment, a doctype or other bogus comment, or a literal character), tag
/// names and attributes with their exact source ranges, and the end of raw-text content (scripts, styles).</summary>
/// <remarks>Nothing is allocated per tag: attributes are kept as ranges in a buffer that the next tag reuses.
/// One instance per page; not thread-safe.</remarks>
internal sealed class HtmlScanner
{
    private const int MaximumAttributes = 64;

    private TagAttribute[] _attributes = new TagAttribute[16];

    /// <summary>What a <c>&lt;</c> starts.</summary>
    public enum Markup
    {
        /// <summary>A literal less-than sign in text.</summary>
        Literal,

        /// <summary>A start tag.</summary>
        StartTag,

        /// <summary>An end tag.</summary>
        EndTag,

        /// <summary>A comment, doctype, processing instruction or other bogus comment.</summary>
        Comment,
    }

    /// <summary>The number of attributes of the last tag read.</summary>
    public int AttributeCount { get; private set; }

    /// <summary>Whether the last tag read ended in <c>/&gt;</c>.</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>The attributes of the last tag read, in source order.</summary>
    public ReadOnlySpan<TagAttribute> Attributes => _attributes.AsSpan(0, AttributeCount);

    /// <summary>What the <c>&lt;</c> at <paramref name="at"/> starts.</summary>
    public static Markup Classify(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length)
        {
            return Markup.Literal;
        }

        var next = text[at + 1];
        if (char.IsAsciiLetter(next))
        {
            return Markup.StartTag;
        }

        if (next == '/')
        {
            if (at + 2 >= text.Length)
            {
                return Markup.Literal;
            }

            return char.IsAsciiLetter(text[at + 2]) ? Markup.EndTag : Markup.Comment;
        }

        return next is '!' or '?' ? Markup.Comment : Markup.Literal;
    }

    /// <summary>The offset just past the comment (or doctype, or bogus comment) at <paramref name="at"/>.</summary>
    public static int EndOfComment(ReadOnlySpan<char> text, int at)
    {
        if (text[(at + 1)..].StartsWith("!--"))
        {
            // "<!-->" and "<!--->" are complete (empty) comments.
            var body = at + 4;
            if (body < text.Length && text[body] == '>')
            {
                return body + 1;
            }

            if (body + 1 < text.Length && text[body] == '-' && text[body + 1] == '>')
            {
                return body + 2;
            }

            var close = text[body..].IndexOf("-->");
            if (close < 0)
            {
                var bang = text[body..].IndexOf("--!>");
                return bang < 0 ? text.Length : body + bang + 4;
            }

            return body + close + 3;
        }

        if (at + 2 < text.Length && text[at + 1] == '/' && text[at + 2] == '>')
        {
            // "</>" is dropped.
            return at + 3;
        }

        var gt = text[(at + 1)..].IndexOf('>');
        return gt < 0 ? text.Length : at + 1 + gt + 1;
    }

    /// <summary>Reads the tag whose name starts at <paramref name="nameStart"/>: its name ends at
    /// <paramref name="nameEnd"/>, its attributes go to <see cref="Attributes"/>. Returns the offset just past the
    /// closing <c>&gt;</c>, or -1 when the text ends inside the tag (the standard then drops the tag).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int ReadTag(ReadOnlySpan<char> text, int nameStart, out int nameEnd)
    {
        AttributeCount = 0;
        SelfClosing = false;
        var i = nameStart;
        while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('/' or '>'))
        {
            i++;
        }

        nameEnd = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }

            if (c == '>')
            {
                return i + 1;
            }

            if (c == '/')
            {
                i++;
                if (i < text.Length && text[i] == '>')
                {
                    SelfClosing = true;
                    return i + 1;
                }

                continue;
            }

            // An attribute name: up to a space, '/', '>' or '=' (a leading '=' belongs to the name).
            var attributeStart = i;
            i++;
            while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var attributeEnd = i;
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            int valueStart = -1, valueEnd = -1;
            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && IsSpace(text[i]))
                {
                    i++;
                }

                if (i < text.Length && text[i] is '"' or '\'')
                {
                    var quote = text[i];
                    valueStart = i + 1;
                    var close = text[valueStart..].IndexOf(quote);
                    if (close < 0)
                    {
                        return -1;
                    }

                    valueEnd = valueStart + close;
                    i = valueEnd + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
                    {
                        i++;
                    }

                    valueEnd = i;
                }
            }

            Add(new TagAttribute(attributeStart, attributeEnd, valueStart, valueEnd));
        }

        return -1;
    }

    /// <summary>The offset of the end tag <c>&lt;/name</c> that closes raw-text content starting at
    /// <paramref name="from"/>, or the end of the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int EndOfRawText(ReadOnlySpan<char> text, int from, string name)
    {
        var i = from;
        while (i < text.Length)
        {
            var at = text[i..].IndexOf("</");
            if (at < 0)
            {
                return text.Length;
            }

            var close = i + at;
            var nameAt = close + 2;
            var after = nameAt + name.Length;
            if (after <= text.Length && text.Slice(nameAt, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == text.Length || IsSpace(text[after]) || text[after] is '/' or '>'))
            {
                return close;
            }

            i = close + 2;
        }

        return text.Length;
    }

    /// <summary>Skips the markup at <paramref name="at"/> (a <c>&lt;</c>): returns the offset past it, or -1 when the
    /// sign is literal text. For a start tag of an element whose content is not markup (script, style, title, ...)
    /// <paramref name="rawTextName"/> names it, so that the caller can skip its content.</summary>
    public static int SkipMarkup(ReadOnlySpan<char> text, int at, out string? rawTextName)
    {
        rawTextName = null;
        switch (Classify(text, at))
        {
            case Markup.Literal:
                return -1;
            case Markup.Comment:
                return EndOfComment(text, at);
        }

        var closing = text[at + 1] == '/';
        var scanner = new HtmlScanner();
        var end = scanner.ReadTag(text, closing ? at + 2 : at + 1, out var nameEnd);
        if (end < 0)
        {
            return text.Length;
        }

        if (!closing)
        {
            var name = HtmlTag.Lookup(text[(at + 1)..nameEnd]).Name;
            if (HtmlTag.IsRawText(name))
            {
                rawTextName = name;
            }
        }

        return end;
    }

    /// <summary>HTML's whitespace: space, tab, line feed, form feed, carriage return.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private void Add(TagAttribute attribute)
    {
        if (AttributeCount >= MaximumAttributes)
        {
            return;
        }

        if (AttributeCount == _attributes.Length)
        {
            Array.Resize(ref _attributes, _attributes.Length * 2);
        }

        _attributes[AttributeCount++] = attribute;
    }
}
