using System.Collections.Immutable;
using AngleSharp.Dom;
using Dyad.Core;

namespace Dyad.Cleaning.Html;

/// <summary>Writes the chosen blocks as paragraphs separated by a blank line, collapsing whitespace, and maps each
/// character back to where it stands in the raw HTML.</summary>
/// <remarks>
/// <para>The parser keeps source positions for elements only, so each text node is located by scanning forward in
/// the raw HTML from the later of the last mapped position and the start tag before it: first for a literal prefix
/// of the node's text, then character by character. Characters that stand literally in the raw HTML are copies;
/// a character reference (<c>&amp;amp;</c>) maps to its whole reference; a collapsed whitespace run maps to the run.
/// Text that cannot be aligned (rare: markup the parser rewrote) is mapped to the position where it was expected.</para>
/// <para>Appends follow the raw text in order, so the map is monotonic; a scan never looks further than a bounded
/// window ahead, so a page costs time linear in its size.</para>
/// </remarks>
internal sealed class MappedTextWriter
{
    private const int SearchWindow = 1 << 16;
    private const int ShortSearchWindow = 2048;
    private const int PrefixLength = 24;

    private readonly string _raw;
    private readonly int _limit;
    private readonly MappedTextBuilder _builder;
    private readonly ImmutableArray<TextSpan>.Builder _paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
    private int _cursor;
    private int _paragraphStart = -1;
    private bool _pendingSpace;
    private int _spaceStart;
    private int _spaceEnd;
    private int _runStart = -1;
    private int _runLength;

    public MappedTextWriter(string raw, int limit)
    {
        _raw = raw;
        _limit = limit;
        _builder = new MappedTextBuilder(raw, Math.Min(raw.Length, 1 << 16));
    }

    public int Length => _builder.Length;

    /// <summary>Ends the paragraph being written, if any.</summary>
    public void EndParagraph()
    {
        FlushRun();
        _pendingSpace = false;
        if (_paragraphStart >= 0 && _builder.Length > _paragraphStart)
        {
            _paragraphs.Add(new TextSpan(_paragraphStart, _builder.Length));
        }

        _paragraphStart = -1;
    }

    /// <summary>A break between cells or lines inside a paragraph: a space unless at the start.</summary>
    public void Break()
    {
        if (_paragraphStart >= 0 && !_pendingSpace)
        {
            FlushRun();
            _pendingSpace = true;
            _spaceStart = _cursor;
            _spaceEnd = _cursor;
        }
    }

    /// <summary>Appends a text node's data, located in the raw HTML at or after <paramref name="after"/>.</summary>
    public void Append(IText node, int after)
    {
        var data = node.Data;
        if (data.Length == 0)
        {
            return;
        }

        var from = Math.Max(_cursor, after);
        var start = Locate(data, from);
        var i = 0;
        var j = start;
        while (i < data.Length)
        {
            var d = data[i];
            if (j < _limit)
            {
                var r = _raw[j];
                if (r == '&' && d == '&' && ReferenceLength(j) is var encoded && encoded > 1 && _raw[j + encoded - 1] == ';')
                {
                    // "&amp;" decodes to the very character it starts with: a reference, not a literal ampersand.
                    Emit(d, j, j + encoded, copy: false);
                    i++;
                    j += encoded;
                    continue;
                }

                if (r == d)
                {
                    Emit(d, j, j + 1, copy: true);
                    i++;
                    j++;
                    continue;
                }

                if (r == '&')
                {
                    var length = ReferenceLength(j);
                    if (length > 0)
                    {
                        var take = char.IsHighSurrogate(d) && i + 1 < data.Length ? 2 : 1;
                        for (var k = 0; k < take; k++)
                        {
                            Emit(data[i + k], j, j + length, copy: false);
                        }

                        i += take;
                        j += length;
                        continue;
                    }
                }
                else if (r == '<' && j + 1 < _limit && _raw[j + 1] is '!' or '/' or '?' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
                {
                    // A comment or tag the parser dropped between pieces of this text.
                    j = SkipMarkup(j);
                    continue;
                }
                else if (char.IsWhiteSpace(d))
                {
                    // Whitespace the raw text states differently (or not at all): it collapses anyway.
                    var stated = char.IsWhiteSpace(r);
                    Emit(d, j, stated ? j + 1 : j, copy: false);
                    i++;
                    j += stated ? 1 : 0;
                    continue;
                }
                else if (char.IsWhiteSpace(r))
                {
                    j++;
                    continue;
                }
            }

            // Cannot align further: the rest is mapped to where it was expected.
            var at = Math.Min(j, _limit);
            for (; i < data.Length; i++)
            {
                Emit(data[i], at, at, copy: false);
            }

            j = at;
        }

        _cursor = Math.Max(_cursor, Math.Min(j, _limit));
    }

    /// <summary>Finishes the text.</summary>
    public string Build(out OffsetMap map, out ImmutableArray<TextSpan> paragraphs)
    {
        EndParagraph();
        var text = _builder.Build(out map);
        paragraphs = _paragraphs.ToImmutable();
        return text;
    }

    private int Locate(string data, int from)
    {
        if (from >= _limit)
        {
            return _limit;
        }

        // Skip to the end of the tag the search starts in.
        if (_raw[from] == '<')
        {
            from = SourcePositions.EndOfTag(_raw, from, _limit);
        }

        var s = 0;
        while (s < data.Length && char.IsWhiteSpace(data[s]))
        {
            s++;
        }

        var e = s;
        while (e < data.Length && e - s < PrefixLength && IsLiteral(data[e]))
        {
            e++;
        }

        if (e > s)
        {
            // A short prefix ("[1]", "a") is found by chance far away; it is only looked for close by.
            var window = Math.Min(_limit - from, e - s >= PrefixLength / 2 ? SearchWindow : ShortSearchWindow);
            var at = _raw.AsSpan(from, window).IndexOf(data.AsSpan(s, e - s), StringComparison.Ordinal);
            if (at >= 0)
            {
                // Leading whitespace in the data is aligned leniently by the caller.
                return from + at;
            }
        }

        return from;
    }

    // Characters a page writes as themselves (ASCII, not markup-significant; spaces and newlines stand as they are).
    private static bool IsLiteral(char c) => c is not ('&' or '<' or '>' or '"' or '\'') && c < 0x7F;

    private void Emit(char c, int sourceStart, int sourceEnd, bool copy)
    {
        if (char.IsWhiteSpace(c))
        {
            if (_paragraphStart < 0)
            {
                return;
            }

            if (!_pendingSpace)
            {
                FlushRun();
                _pendingSpace = true;
                _spaceStart = sourceStart;
            }

            _spaceEnd = Math.Max(_spaceEnd, sourceEnd);
            return;
        }

        if (_paragraphStart < 0)
        {
            FlushRun();
            if (_builder.Length > 0)
            {
                _builder.Insert("\n\n", sourceStart);
            }

            _paragraphStart = _builder.Length;
        }
        else if (_pendingSpace)
        {
            _pendingSpace = false;
            var runLength = Math.Max(0, _spaceEnd - _spaceStart);
            if (runLength == 1 && _raw[_spaceStart] == ' ')
            {
                AddCopy(_spaceStart);
            }
            else if (runLength == 1)
            {
                // One newline or tab becoming one space: a one-for-one rewrite would read as a copy in the offset
                // map, so the space is recorded as inserted where the raw whitespace stands.
                FlushRun();
                _builder.Insert(" ", _spaceStart);
            }
            else
            {
                FlushRun();
                _builder.Replace(" ", _spaceStart, runLength);
            }
        }

        if (copy)
        {
            AddCopy(sourceStart);
        }
        else
        {
            FlushRun();
            Span<char> one = [c];
            _builder.Replace(one, sourceStart, sourceEnd - sourceStart);
        }

        _spaceEnd = sourceEnd;
        _spaceStart = sourceEnd;
    }

    private void AddCopy(int at)
    {
        if (_runStart >= 0 && _runStart + _runLength == at)
        {
            _runLength++;
            return;
        }

        FlushRun();
        _runStart = at;
        _runLength = 1;
    }

    private void FlushRun()
    {
        if (_runStart >= 0)
        {
            _builder.Copy(_runStart, _runLength);
            _runStart = -1;
            _runLength = 0;
        }
    }

    private int ReferenceLength(int at)
    {
        // &name; &#123; &#x1F; — and legacy references without the semicolon (&amp &copy).
        var end = Math.Min(_limit, at + 40);
        var i = at + 1;
        if (i < end && _raw[i] == '#')
        {
            i++;
            if (i < end && _raw[i] is 'x' or 'X')
            {
                i++;
            }
        }

        var first = i;
        while (i < end && char.IsAsciiLetterOrDigit(_raw[i]))
        {
            i++;
        }

        if (i == first)
        {
            return 0;
        }

        if (i < end && _raw[i] == ';')
        {
            i++;
        }

        return i - at;
    }

    private int SkipMarkup(int at)
    {
        if (at + 3 < _limit && _raw[at + 1] == '!' && _raw[at + 2] == '-' && _raw[at + 3] == '-')
        {
            var close = _raw.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return close < 0 ? _limit : close + 3;
        }

        return SourcePositions.EndOfTag(_raw, at, _limit);
    }
}
