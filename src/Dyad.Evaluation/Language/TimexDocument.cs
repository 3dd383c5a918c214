using System.Text;
using Dyad.Core;

namespace Dyad.Evaluation.Language;

/// <summary>
/// A TimeML (<c>.tml</c>) document reduced to what time-expression scoring needs: the plain text of its TEXT element
/// (tags removed, character entities decoded), the gold TIMEX3 spans in that text, and the document creation time.
/// </summary>
/// <param name="Name">The file name.</param>
/// <param name="Text">The TEXT element's content without markup.</param>
/// <param name="CreationTime">The value of the TIMEX3 whose <c>functionInDocument</c> is <c>CREATION_TIME</c>, when present.</param>
/// <param name="Timexes">The TIMEX3 annotations inside TEXT, in text order.</param>
public sealed record TimexDocument(string Name, string Text, string? CreationTime, IReadOnlyList<TimexGold> Timexes)
{
    /// <summary>Reads a TimeML file; throws <see cref="InvalidDataException"/> naming it when it has no TEXT element.</summary>
    public static TimexDocument Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(Path.GetFileName(path), File.ReadAllText(path));
    }

    /// <summary>Parses TimeML markup; <paramref name="name"/> names the input in errors.</summary>
    public static TimexDocument Parse(string name, string xml)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(xml);
        var open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            throw new InvalidDataException($"{name}: no <TEXT> element.");
        }

        string? dct = null;
        var tagStart = 0;
        while ((tagStart = xml.IndexOf("<TIMEX3", tagStart, StringComparison.Ordinal)) >= 0)
        {
            var tagEnd = xml.IndexOf('>', tagStart);
            if (tagEnd < 0)
            {
                break;
            }

            var tag = xml.AsSpan(tagStart, tagEnd - tagStart);
            if (Attribute(tag, "functionInDocument") == "CREATION_TIME")
            {
                dct = Attribute(tag, "value");
                break;
            }

            tagStart = tagEnd;
        }

        var text = new StringBuilder(close - open);
        var timexes = new List<TimexGold>();
        (int Start, string Type, string Value)? current = null;
        var i = open + "<TEXT>".Length;
        while (i < close)
        {
            var c = xml[i];
            if (c == '<')
            {
                var end = xml.IndexOf('>', i);
                if (end < 0 || end > close)
                {
                    throw new InvalidDataException($"{name}: unterminated tag at offset {i}.");
                }

                var tag = xml.AsSpan(i, end - i + 1);
                if (tag.StartsWith("<TIMEX3"))
                {
                    current = (text.Length, Attribute(tag, "type") ?? "DATE", Attribute(tag, "value") ?? "");
                }
                else if (tag.StartsWith("</TIMEX3") && current is { } t)
                {
                    var span = new TextSpan(t.Start, text.Length);
                    timexes.Add(new TimexGold(span, t.Type, t.Value, text.ToString(t.Start, span.Length)));
                    current = null;
                }

                i = end + 1;
            }
            else if (c == '&')
            {
                var semi = xml.IndexOf(';', i);
                var entity = semi > i && semi - i <= 8 ? xml.AsSpan(i, semi - i + 1) : [];
                var decoded = entity switch
                {
                    "&amp;" => '&',
                    "&lt;" => '<',
                    "&gt;" => '>',
                    "&quot;" => '"',
                    "&apos;" => '\'',
                    _ => '\0',
                };
                if (decoded == '\0')
                {
                    text.Append(c);
                    i++;
                }
                else
                {
                    text.Append(decoded);
                    i = semi + 1;
                }
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        return new TimexDocument(name, text.ToString(), dct, timexes);
    }

    /// <summary>The creation time as a partial date (its first ten characters, or fewer), or null.</summary>
    public PartialDate? Anchor
    {
        get
        {
            if (CreationTime is null)
            {
                return null;
            }

            var s = CreationTime.AsSpan();
            var t = s.IndexOf('T');
            if (t >= 0)
            {
                s = s[..t];
            }

            if (s.Length == 8 && !s.Contains('-'))
            {
                // 19980108: the compact form some files use.
                Span<char> iso = stackalloc char[10];
                s[..4].CopyTo(iso);
                iso[4] = '-';
                s.Slice(4, 2).CopyTo(iso[5..]);
                iso[7] = '-';
                s.Slice(6, 2).CopyTo(iso[8..]);
                return PartialDate.TryParse(iso, out var compact) ? compact : null;
            }

            return PartialDate.TryParse(s, out var date) ? date : null;
        }
    }

    private static string? Attribute(ReadOnlySpan<char> tag, string name)
    {
        var key = string.Concat(" ", name, "=\"");
        var at = tag.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = tag[(at + key.Length)..];
        var quote = rest.IndexOf('"');
        return quote < 0 ? null : rest[..quote].ToString();
    }
}
