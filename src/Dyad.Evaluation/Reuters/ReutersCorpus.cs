using System.Text;

namespace Dyad.Evaluation.Reuters;

/// <summary>Reads the Reuters-21578 SGML files (<c>reut2-000.sgm</c> … <c>reut2-021.sgm</c>) without regular
/// expressions: one <see cref="ReutersArticle"/> per <c>REUTERS</c> element, in file order.</summary>
/// <remarks>The files are Latin-1. Character references (<c>&amp;lt;</c>, <c>&amp;amp;</c>, <c>&amp;#3;</c>) are
/// decoded; control characters other than line feed and tab (the wire's <c>&amp;#2;</c>/<c>&amp;#3;</c> framing) are
/// dropped. A malformed element is skipped, never fatal.</remarks>
public static class ReutersCorpus
{
    /// <summary>Every story in the <c>reut2-*.sgm</c> files of <paramref name="dir"/>.</summary>
    public static IEnumerable<ReutersArticle> Read(string dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"Reuters-21578 folder not found: {dir}");
        }

        var files = Directory.GetFiles(dir, "reut2-*.sgm");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var article in Parse(File.ReadAllText(file, Encoding.Latin1)))
            {
                yield return article;
            }
        }
    }

    /// <summary>The stories in one SGML text.</summary>
    public static IEnumerable<ReutersArticle> Parse(string sgml)
    {
        ArgumentNullException.ThrowIfNull(sgml);
        var pos = 0;
        while (true)
        {
            var start = sgml.IndexOf("<REUTERS", pos, StringComparison.Ordinal);
            if (start < 0)
            {
                yield break;
            }

            var end = sgml.IndexOf("</REUTERS>", start, StringComparison.Ordinal);
            if (end < 0)
            {
                yield break;
            }

            pos = end + 10;
            var element = sgml.AsSpan(start, end - start);
            var tagEnd = element.IndexOf('>');
            if (tagEnd < 0)
            {
                continue;
            }

            var id = Attribute(element[..tagEnd], "NEWID=\"");
            yield return new ReutersArticle(
                id,
                Decode(Element(element, "<TITLE>", "</TITLE>")),
                Decode(Element(element, "<DATE>", "</DATE>")).Trim(),
                Decode(Element(element, "<DATELINE>", "</DATELINE>")).Trim(),
                Decode(Element(element, "<BODY>", "</BODY>")));
        }
    }

    /// <summary>Decodes SGML character references; drops control characters other than line feed and tab.</summary>
    public static string Decode(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('&', '\u0003', '\u0002') < 0 && !HasControl(text))
        {
            return text.ToString();
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&')
            {
                var semi = text[i..].IndexOf(';');
                if (semi > 1 && semi <= 8 && TryEntity(text.Slice(i + 1, semi - 1), out var decoded))
                {
                    if (decoded >= 0x20 || decoded is '\n' or '\t')
                    {
                        sb.Append(decoded);
                    }

                    i += semi + 1;
                    continue;
                }
            }

            if (c >= 0x20 || c is '\n' or '\t')
            {
                sb.Append(c);
            }

            i++;
        }

        return sb.ToString();
    }

    private static bool HasControl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 && c is not ('\n' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryEntity(ReadOnlySpan<char> name, out char value)
    {
        value = '\0';
        switch (name)
        {
            case "lt": value = '<'; return true;
            case "gt": value = '>'; return true;
            case "amp": value = '&'; return true;
            case "quot": value = '"'; return true;
            case "apos": value = '\''; return true;
        }

        if (name.Length >= 2 && name[0] == '#')
        {
            var n = 0;
            foreach (var c in name[1..])
            {
                if (!char.IsAsciiDigit(c) || n > 0xFFFF)
                {
                    return false;
                }

                n = (n * 10) + (c - '0');
            }

            if (n > 0xFFFF || char.IsSurrogate((char)n))
            {
                return false;
            }

            value = (char)n;
            return true;
        }

        return false;
    }

    private static ReadOnlySpan<char> Element(ReadOnlySpan<char> element, string open, string close)
    {
        var s = element.IndexOf(open, StringComparison.Ordinal);
        if (s < 0)
        {
            return [];
        }

        s += open.Length;
        var e = element[s..].IndexOf(close, StringComparison.Ordinal);
        return e < 0 ? [] : element.Slice(s, e);
    }

    private static string Attribute(ReadOnlySpan<char> tag, string prefix)
    {
        var s = tag.IndexOf(prefix, StringComparison.Ordinal);
        if (s < 0)
        {
            return string.Empty;
        }

        s += prefix.Length;
        var e = tag[s..].IndexOf('"');
        return e < 0 ? string.Empty : tag.Slice(s, e).ToString();
    }
}
