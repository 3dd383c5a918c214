namespace Dyad.Cleaning.Html;

/// <summary>Finds where things stand in the raw HTML: the end of a tag, attribute values, an element's text.</summary>
internal static class SourcePositions
{
    /// <summary>The offset just past the start tag that begins at <paramref name="tagStart"/> (quotes respected),
    /// or <paramref name="tagStart"/> when no tag begins there.</summary>
    public static int EndOfTag(string raw, int tagStart, int limit)
    {
        if (tagStart < 0 || tagStart >= limit || raw[tagStart] != '<')
        {
            return Math.Max(tagStart, 0);
        }

        var quote = '\0';
        for (var i = tagStart + 1; i < limit; i++)
        {
            var c = raw[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>The span of an attribute's value inside the start tag at <paramref name="tagStart"/>, or null.</summary>
    public static (int Start, int End)? AttributeValue(string raw, int tagStart, string attribute, int limit)
    {
        if (tagStart < 0 || tagStart >= limit || raw[tagStart] != '<')
        {
            return null;
        }

        var end = EndOfTag(raw, tagStart, limit);
        var i = tagStart + 1;
        while (i < end && !char.IsWhiteSpace(raw[i]) && raw[i] is not ('>' or '/'))
        {
            i++;
        }

        while (i < end)
        {
            while (i < end && (char.IsWhiteSpace(raw[i]) || raw[i] == '/'))
            {
                i++;
            }

            var nameStart = i;
            while (i < end && !char.IsWhiteSpace(raw[i]) && raw[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var name = raw.AsSpan(nameStart, i - nameStart);
            while (i < end && char.IsWhiteSpace(raw[i]))
            {
                i++;
            }

            if (i >= end || raw[i] != '=')
            {
                if (i == nameStart)
                {
                    i++;
                }

                continue;
            }

            i++;
            while (i < end && char.IsWhiteSpace(raw[i]))
            {
                i++;
            }

            int valueStart, valueEnd;
            if (i < end && raw[i] is '"' or '\'')
            {
                var quote = raw[i];
                valueStart = i + 1;
                valueEnd = raw.IndexOf(quote, valueStart, end - valueStart);
                if (valueEnd < 0)
                {
                    valueEnd = end - 1;
                }

                i = valueEnd + 1;
            }
            else
            {
                valueStart = i;
                while (i < end && !char.IsWhiteSpace(raw[i]) && raw[i] != '>')
                {
                    i++;
                }

                valueEnd = i;
            }

            if (name.Equals(attribute, StringComparison.OrdinalIgnoreCase))
            {
                return (valueStart, Math.Max(valueStart, valueEnd));
            }
        }

        return null;
    }

    /// <summary>The span of an element's text content when it is stated literally in the raw text after the start tag.</summary>
    public static (int Start, int End)? TextAfter(string raw, int tagStart, string text, int limit)
    {
        if (tagStart < 0 || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var from = EndOfTag(raw, tagStart, limit);
        var trimmed = text.AsSpan().Trim();
        var window = Math.Min(limit - from, trimmed.Length + 4096);
        if (window <= 0)
        {
            return null;
        }

        var at = raw.AsSpan(from, window).IndexOf(trimmed, StringComparison.Ordinal);
        return at < 0 ? null : (from + at, from + at + trimmed.Length);
    }
}
