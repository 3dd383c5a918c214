namespace Dyad.Events.Dictionaries;

/// <summary>
/// Walks a dictionary file's text line by line with PETRARCH's comment rules applied, without copying: lines
/// starting with <c>#</c> or <c>&lt;!</c> and blank lines are skipped; <c>&lt;!-- ... --&gt;</c> is removed, also across lines;
/// anything after <c>#</c> or the legacy TABARI <c>;</c> is a comment. Each line comes back trimmed, with its
/// 1-based number.
/// </summary>
internal ref struct DictionaryLines
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private int _lineNumber;
    private bool _inComment;

    public DictionaryLines(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _lineNumber = 0;
        _inComment = false;
        Current = default;
        LineNumber = 0;
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }
    }

    /// <summary>The current line's content (comments removed, trimmed, never empty).</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>The current line's 1-based number.</summary>
    public int LineNumber { get; private set; }

    /// <summary>After the last line: reports a <c>&lt;!--</c> that was never closed (it swallowed the rest of the file).</summary>
    public readonly void ReportUnclosedComment(string file, ICollection<DictionaryDiagnostic> diagnostics)
    {
        if (_inComment)
        {
            diagnostics.Add(new(new(file, 0), DiagnosticSeverity.Warning, "'<!--' comment never closed: the rest of the file was read as comment"));
        }
    }

    public bool MoveNext()
    {
        while (_position < _text.Length)
        {
            var rest = _text[_position..];
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            _position += end < 0 ? rest.Length : end + 1;
            _lineNumber++;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            var content = Strip(line);
            if (!content.IsEmpty)
            {
                Current = content;
                LineNumber = _lineNumber;
                return true;
            }
        }

        return false;
    }

    private ReadOnlySpan<char> Strip(ReadOnlySpan<char> line)
    {
        if (_inComment)
        {
            var close = line.IndexOf("-->".AsSpan(), StringComparison.Ordinal);
            if (close < 0)
            {
                return default;
            }

            _inComment = false;
            line = line[(close + 3)..];
        }

        // "<!-- ... -->" may sit anywhere on the line; an unclosed one runs on to a later line.
        var open = line.IndexOf("<!--".AsSpan(), StringComparison.Ordinal);
        if (open >= 0)
        {
            var after = line[(open + 4)..];
            var close = after.IndexOf("-->".AsSpan(), StringComparison.Ordinal);
            if (close < 0)
            {
                _inComment = true;
                line = line[..open];
            }
            else
            {
                // Rare (one comment in the Phoenix files): join the two halves.
                return Strip(string.Concat(line[..open], after[(close + 3)..]).AsSpan());
            }
        }

        // PETRARCH skips any line opening with "<!", including the malformed "<! -- ... -->".
        if (line.TrimStart().StartsWith("<!", StringComparison.Ordinal))
        {
            return default;
        }

        var hash = line.IndexOfAny('#', ';');
        if (hash >= 0)
        {
            line = line[..hash];
        }

        return line.Trim();
    }
}
