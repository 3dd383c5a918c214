using System.Text.Json;

namespace Dyad.Cli.Output;

/// <summary>Writes one compact JSON value per line (JSON Lines) to a stream, flushing after each line.</summary>
internal sealed class JsonLinesWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public JsonLinesWriter(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, ArticleJson.LineOptions);
    }

    /// <summary>Writes one line: <paramref name="write"/> writes exactly one JSON value.</summary>
    public void WriteLine(Action<Utf8JsonWriter> write)
    {
        write(_writer);
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _writer.Reset();
    }

    public void Dispose() => _writer.Dispose();
}
