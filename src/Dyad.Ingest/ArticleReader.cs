using System.IO.Compression;
using Dyad.Core;

namespace Dyad.Ingest;

/// <summary>
/// Reads input files into raw articles: plain text, HTML, JSON Lines and WARC, each optionally gzipped.
/// </summary>
/// <remarks>
/// <para>Everything streams: a document is buffered only up to <see cref="IngestOptions.MaxDocumentBytes"/>, JSONL is
/// read line by line and WARC record by record (a <c>.warc.gz</c> of concatenated gzip members included), so memory
/// stays flat whatever the size of the input.</para>
/// <para>Bad input never throws: an empty, binary, truncated, malformed or unreadable input, or a part of one, becomes an
/// <see cref="IngestFailure"/> whose locator names the file (<c>path</c>), the JSONL line (<c>path:LINE</c>) or the
/// WARC record (<c>path#N</c>, counting every record from 1), and reading goes on with the next line or record where
/// the format allows. Only cancellation throws.</para>
/// <para>Names: the file name without its extensions (<c>a.html.gz</c> → <c>a</c>); for JSONL the line's <c>id</c>, or
/// <c>STEM-LINE</c>; for WARC <c>STEM-N</c>. The format of a file comes from its extension (see
/// <see cref="IngestOptions"/>), else from sniffing its content; gzip is recognised by its magic bytes.</para>
/// <para>One reader may read several files at once from several threads.</para>
/// </remarks>
public sealed class ArticleReader
{
    private readonly IngestOptions _options;
    private long _skippedRecords;

    /// <summary>Creates a reader.</summary>
    public ArticleReader(IngestOptions? options = null)
    {
        _options = options ?? IngestOptions.Default;
        if (_options.MaxDocumentBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxDocumentBytes must be positive.");
        }
    }

    /// <summary>The options in use.</summary>
    public IngestOptions Options => _options;

    /// <summary>
    /// WARC records passed over because they hold no HTML article: requests, metadata, warcinfo, redirects and other
    /// non-2xx responses, non-HTML responses, empty payloads. Counted over all reads by this reader.
    /// </summary>
    public long SkippedRecords => Interlocked.Read(ref _skippedRecords);

    /// <summary>Reads one input file lazily, yielding articles and failures in file order.</summary>
    /// <param name="file">The file (usually from <see cref="InputExpander.Expand(IEnumerable{string})"/>).</param>
    /// <param name="cancellationToken">Stops the read between items (throws <see cref="OperationCanceledException"/>).</param>
    public IEnumerable<IngestItem> Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return ReadIterator(file, cancellationToken);
    }

    /// <summary>Reads a file given by path; see <see cref="Read(InputFile, CancellationToken)"/>.</summary>
    public IEnumerable<IngestItem> Read(string path, CancellationToken cancellationToken = default) =>
        Read(InputFile.FromPath(path ?? throw new ArgumentNullException(nameof(path))), cancellationToken);

    /// <summary>
    /// Reads every file of an expanded input set in order, after yielding the set's own failures (missing paths,
    /// globs matching nothing), so that one loop sees every problem of a run.
    /// </summary>
    public IEnumerable<IngestItem> Read(InputSet inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ReadSet(inputs, cancellationToken);
    }

    internal void CountSkippedRecord() => Interlocked.Increment(ref _skippedRecords);

    /// <summary>The name stem of a path: its file name without <c>.gz</c> and then without one more extension.</summary>
    internal static string Stem(string path)
    {
        var name = Path.GetFileName(path.TrimEnd('/', '\\'));
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        return stem.Length > 0 ? stem : name.Length > 0 ? name : "input";
    }

    /// <summary>The extension that decides the format: the last one after removing a trailing <c>.gz</c>.</summary>
    internal static string FormatExtension(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return Path.GetExtension(name);
    }

    private static string Describe(Exception ex) => ex switch
    {
        InvalidDataException => "corrupt compressed data: " + ex.Message,
        UnauthorizedAccessException => "cannot read: " + ex.Message,
        IOException => "read error: " + ex.Message,
        OutOfMemoryException => "out of memory while reading (lower --max-doc-mb)",
        _ => $"could not read ({ex.GetType().Name}): {ex.Message}",
    };

    private IEnumerable<IngestItem> ReadSet(InputSet inputs, CancellationToken cancellationToken)
    {
        foreach (var failure in inputs.Failures)
        {
            yield return IngestItem.Failed(failure);
        }

        foreach (var file in inputs.Files)
        {
            foreach (var item in ReadIterator(file, cancellationToken))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<IngestItem> ReadIterator(InputFile file, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var source = Open(file.Path, out var failure);
        if (source is null)
        {
            yield return failure;
            yield break;
        }

        try
        {
            var broken = false;
            while (!broken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                IngestItem item;
                try
                {
                    if (!source.TryNext(out item))
                    {
                        yield break;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The stream itself failed (I/O error, corrupt deflate data): report where, and stop this file.
                    item = IngestItem.Failed(source.CurrentLocator, Describe(ex));
                    broken = true;
                }

                yield return item;
            }
        }
        finally
        {
            source.Dispose();
        }
    }

    private ItemSource? Open(string path, out IngestItem failure)
    {
        failure = default;
        FileStream? stream = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                failure = IngestItem.Failed(path, Directory.Exists(path) ? "cannot read: it is a directory, not a file"
                    : info.LinkTarget is { } target ? $"broken symbolic link (its target {target} does not exist)"
                    : "no such file or directory");
                return null;
            }

            if (info.LinkTarget is { } linkTarget && info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: false } final && !Directory.Exists(final.FullName))
            {
                failure = IngestItem.Failed(path, $"broken symbolic link (its target {linkTarget} does not exist)");
                return null;
            }

            var length = info.Length;
            if (length == 0)
            {
                // Also keeps a FIFO or device (which report length 0) from blocking the reader.
                failure = IngestItem.Failed(path, "empty file");
                return null;
            }

            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            Span<byte> magic = stackalloc byte[2];
            var gzip = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && ContentSniffer.IsGzip(magic);
            stream.Position = 0;
            Stream content = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
            var reader = new ByteReader(content);
            stream = null;
            var context = new InputContext(path, Stem(path), _options, reader, gzip, length);
            return CreateSource(context, out failure);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            stream?.Dispose();
            failure = IngestItem.Failed(path, ex is InvalidDataException ? Describe(ex) : "cannot open: " + ex.Message);
            return null;
        }
    }

    private ItemSource? CreateSource(InputContext context, out IngestItem failure)
    {
        failure = default;
        var extension = FormatExtension(context.Path);
        if (Has(_options.WarcExtensions, extension))
        {
            return new WarcSource(context, this);
        }

        if (Has(_options.HtmlExtensions, extension))
        {
            return new DocumentSource(context, SourceFormat.Html);
        }

        if (Has(_options.TextExtensions, extension))
        {
            return new DocumentSource(context, SourceFormat.PlainText);
        }

        var head = context.Reader.Peek(ContentSniffer.HeadBytes);
        var isJsonl = Has(_options.JsonlExtensions, extension);
        if (!isJsonl && ContentSniffer.LooksLikeWarc(head))
        {
            return new WarcSource(context, this);
        }

        if (isJsonl || ContentSniffer.LooksLikeJsonl(head))
        {
            if (EncodingDetector.TryBom(head, out _, out var bomLength, out var bomName) && bomLength != 3)
            {
                context.Reader.Dispose();
                failure = IngestItem.Failed(context.Path, $"JSONL must be UTF-8, but the file starts with a {bomName} byte-order mark");
                return null;
            }

            if (head.Length > 0 && ContentSniffer.DescribeBinary(head) is { } binary)
            {
                context.Reader.Dispose();
                failure = IngestItem.Failed(context.Path, binary);
                return null;
            }

            return new JsonlSource(context);
        }

        return new DocumentSource(context, null);
    }

    private static bool Has(IReadOnlyList<string> extensions, string extension)
    {
        if (extension.Length == 0)
        {
            return false;
        }

        foreach (var e in extensions)
        {
            if (string.Equals(e, extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
