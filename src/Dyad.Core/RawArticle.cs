namespace Dyad.Core;

/// <summary>One article as read from the input, decoded to text but otherwise untouched.</summary>
/// <param name="Locator">Where it came from: a path, plus <c>:LINE</c> for JSONL or <c>#RECORD</c> for WARC.</param>
/// <param name="Name">A short name for the article: the file name without extension, or a JSONL <c>id</c>.</param>
/// <param name="Format">Plain text or HTML.</param>
/// <param name="Content">The decoded content (line endings and Unicode not yet normalised).</param>
/// <param name="Hints">Metadata supplied beside the content (JSONL fields, WARC headers).</param>
/// <param name="Encoding">The encoding the bytes were decoded with, and how it was chosen.</param>
public sealed record RawArticle(
    string Locator,
    string Name,
    SourceFormat Format,
    string Content,
    ArticleHints Hints,
    string Encoding);

/// <summary>Metadata that arrived beside an article's content; each is taken as stated, never inferred.</summary>
public sealed record ArticleHints
{
    /// <summary>No hints.</summary>
    public static ArticleHints None { get; } = new();

    /// <summary>The page address.</summary>
    public string? Url { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The outlet.</summary>
    public string? Source { get; init; }

    /// <summary>The author.</summary>
    public string? Author { get; init; }

    /// <summary>The publication date as given (any of the <see cref="PartialDate"/> ISO forms, or a timestamp).</summary>
    public string? Published { get; init; }

    /// <summary>Where the hints came from (<c>jsonl</c>, <c>warc</c>, <c>cli</c>).</summary>
    public string Origin { get; init; } = "input";
}
