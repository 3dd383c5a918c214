namespace Dyad.Ingest;

/// <summary>Settings for <see cref="InputExpander"/> and <see cref="ArticleReader"/>.</summary>
/// <remarks>
/// Extensions are compared ordinally and case-insensitively, with their leading dot, after a trailing
/// <c>.gz</c> is removed (<c>a.html.gz</c> counts as <c>.html</c>). A file whose extension is in none of the lists
/// is sniffed: WARC by its <c>WARC/1.</c> start, JSONL by a <c>{"</c> start, HTML by a doctype or an
/// <c>html</c>/<c>head</c>/<c>body</c> tag near the start; anything else is plain text.
/// </remarks>
public sealed record IngestOptions
{
    /// <summary>The default options.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>
    /// The largest document accepted, in bytes (decompressed, before decoding): a plain or HTML file, a JSONL line or a
    /// WARC record's HTTP payload. Larger ones are refused with a failure, without buffering them whole. Default 64 MiB.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The command-line option that sets <see cref="MaxDocumentBytes"/>, named in the refusal message.</summary>
    public string LimitOptionName { get; init; } = "--max-doc-mb";

    /// <summary>Extensions read as plain text scraped from a page.</summary>
    public IReadOnlyList<string> TextExtensions { get; init; } = [".txt", ".text"];

    /// <summary>Extensions read as HTML pages.</summary>
    public IReadOnlyList<string> HtmlExtensions { get; init; } = [".html", ".htm", ".xhtml"];

    /// <summary>Extensions read as JSON Lines, one article per line.</summary>
    public IReadOnlyList<string> JsonlExtensions { get; init; } = [".jsonl", ".ndjson"];

    /// <summary>Extensions read as WARC archives.</summary>
    public IReadOnlyList<string> WarcExtensions { get; init; } = [".warc"];

    /// <summary>Whether folder expansion also takes files without an extension (they are sniffed when read). Default true.</summary>
    public bool IncludeExtensionless { get; init; } = true;
}
