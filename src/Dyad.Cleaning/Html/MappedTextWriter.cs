using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Dyad.Core;

namespace Dyad.Cleaning.Html;

/// <summary>Writes the chosen blocks as paragraphs separated by a blank line, collapsing whitespace, and maps each
/// character back to where it stands in the raw HTML.</summary>
/// <remarks>
/// <para>Each text run comes with its exact range in the raw HTML (<see cref="PageWalker"/> reads the markup itself),
/// so nothing is searched: characters that stand literally in the raw HTML are copies; a character reference
/// (<c>&amp;amp;</c>) maps to its whole reference; a collapsed whitespace run maps to the run.</para>
/// <para>Runs are appended in document order, so the map is monotonic; a page costs time linear in its text.</para>
/// </remarks>
internal sealed class MappedTextWriter
{
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

    /// <summary>Appends the text run that stands at [<paramref name="start"/>, <paramref name="end"/>) of the raw
    /// HTML: literal characters are copies, a character reference maps to the whole reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(int start, int end)
    {
        end = Math.Min(end, _limit);
        Span<char> decoded = stackalloc char[2];
        var j = Math.Max(start, _cursor);
        while (j < end)
        {
            var c = _raw[j];
            if (c == '&')
            {
                var length = HtmlReferences.Decode(_raw.AsSpan(j, end - j), inAttribute: false, decoded, out var written);
                if (length > 0)
                {
                    for (var k = 0; k < written; k++)
                    {
                        Emit(decoded[k], j, j + length, copy: false);
                    }

                    j += length;
                    continue;
                }
            }

            Emit(c, j, j + 1, copy: true);
            j++;
        }

        _cursor = Math.Max(_cursor, end);
    }

    /// <summary>Finishes the text.</summary>
    public string Build(out OffsetMap map, out ImmutableArray<TextSpan> paragraphs)
    {
        EndParagraph();
        var text = _builder.Build(out map);
        paragraphs = _paragraphs.ToImmutable();
        return text;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
}
