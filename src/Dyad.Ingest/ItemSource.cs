using System.Text;

namespace Dyad.Ingest;

/// <summary>Pulls items from one open input; <see cref="ArticleReader"/> turns any exception into a failure.</summary>
internal abstract class ItemSource : IDisposable
{
    protected ItemSource(InputContext context) => Context = context;

    protected InputContext Context { get; }

    /// <summary>Where the reader is now, for a failure raised by an exception (the path, or path:LINE, path#N).</summary>
    public virtual string CurrentLocator => Context.Path;

    /// <summary>Produces the next item; false at the end.</summary>
    public abstract bool TryNext(out IngestItem item);

    public void Dispose()
    {
        DisposeBuffers();
        Context.Reader.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Returns pooled buffers; called once by <see cref="Dispose"/>.</summary>
    protected virtual void DisposeBuffers()
    {
    }

    /// <summary>The failure for a gzip file that ends before its trailer, or null when it is whole (or not gzip).</summary>
    protected IngestItem? TruncationFailure(string after)
    {
        if (!Context.Gzip || GzipIntegrity.IsComplete(Context.Path, Context.Reader.Position))
        {
            return null;
        }

        return IngestItem.Failed(Context.Path, $"truncated gzip stream: the data ends before the gzip trailer, after {after}");
    }

    protected static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.TrimStart(" \t\r\n\f\v"u8).Length == 0;

    protected static string Ascii(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}

/// <summary>An open input: its path, name stem, options and the byte reader over its (decompressed) content.</summary>
internal sealed record InputContext(string Path, string Stem, IngestOptions Options, ByteReader Reader, bool Gzip, long FileLength);
