namespace Dyad.Ingest;

/// <summary>
/// A forward-only buffered reader over a (possibly decompressing) stream: peeks, bounded line reads and skips, so
/// that no input line or record is ever held beyond the limit the caller sets.
/// </summary>
internal sealed class ByteReader : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _start;
    private int _end;
    private bool _eof;

    public ByteReader(Stream stream) => _stream = stream;

    /// <summary>Bytes consumed so far (decompressed bytes for gzip input).</summary>
    public long Position { get; private set; }

    public bool AtEnd => _start == _end && !Fill();

    /// <summary>The next bytes without consuming them: up to <paramref name="count"/> (at most 64 KB), fewer at the end.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        count = Math.Min(count, BufferSize);
        while (_end - _start < count && Fill())
        {
        }

        return _buffer.AsSpan(_start, Math.Min(count, _end - _start));
    }

    /// <summary>Reads into <paramref name="destination"/>; returns 0 only at the end.</summary>
    public int Read(Span<byte> destination)
    {
        if (_start == _end && !Fill())
        {
            return 0;
        }

        var n = Math.Min(destination.Length, _end - _start);
        _buffer.AsSpan(_start, n).CopyTo(destination);
        Consume(n);
        return n;
    }

    /// <summary>Appends up to <paramref name="count"/> bytes to <paramref name="target"/>; returns how many were available.</summary>
    public long ReadInto(ByteBuffer target, long count)
    {
        long done = 0;
        while (done < count && (_start < _end || Fill()))
        {
            var n = (int)Math.Min(count - done, _end - _start);
            target.Append(_buffer.AsSpan(_start, n));
            Consume(n);
            done += n;
        }

        return done;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were skipped (fewer at the end).</summary>
    public long Skip(long count)
    {
        long done = 0;
        while (done < count && (_start < _end || Fill()))
        {
            var n = (int)Math.Min(count - done, _end - _start);
            Consume(n);
            done += n;
        }

        return done;
    }

    /// <summary>Skips to the end; returns how many bytes that was.</summary>
    public long SkipToEnd() => Skip(long.MaxValue);

    /// <summary>
    /// Reads one line (without its <c>\n</c>; a trailing <c>\r</c> is kept for the caller) into <paramref name="line"/>,
    /// holding at most <paramref name="maxBytes"/>. A longer line is consumed to its end without being kept.
    /// </summary>
    /// <returns>The line's full length in bytes, or -1 at the end of the stream.</returns>
    public long ReadLine(ByteBuffer line, long maxBytes, out bool tooLong)
    {
        line.Clear();
        tooLong = false;
        long length = 0;
        var any = false;
        while (_start < _end || Fill())
        {
            any = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var nl = available.IndexOf((byte)'\n');
            var take = nl < 0 ? available.Length : nl;
            if (!tooLong && length + take > maxBytes)
            {
                tooLong = true;
                line.Clear();
            }

            if (!tooLong)
            {
                line.Append(available[..take]);
            }

            length += take;
            Consume(nl < 0 ? take : take + 1);
            if (nl >= 0)
            {
                return length;
            }
        }

        return any ? length : -1;
    }

    public void Dispose() => _stream.Dispose();

    private void Consume(int n)
    {
        _start += n;
        Position += n;
    }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            return true;
        }

        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n <= 0)
        {
            _eof = true;
            return false;
        }

        _end += n;
        return true;
    }
}
