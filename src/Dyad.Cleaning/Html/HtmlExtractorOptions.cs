namespace Dyad.Cleaning.Html;

/// <summary>Settings for <see cref="HtmlExtractor"/>.</summary>
public sealed record HtmlExtractorOptions
{
    /// <summary>The defaults.</summary>
    public static HtmlExtractorOptions Default { get; } = new();

    /// <summary>Input longer than this many UTF-16 units is cut before parsing (the map still points into the
    /// full input). Defaults to 8 Mi units: bigger pages are generated junk, not articles.</summary>
    public int MaximumInputLength { get; init; } = 8 * 1024 * 1024;

    /// <summary>The deepest element nesting the extractor models; deeper tags are ignored and their text flows into
    /// the deepest open element.
    /// Bounds the work on pathological input such as a megabyte of nested <c>div</c>s.</summary>
    public int MaximumDepth { get; init; } = 256;

    /// <summary>Pages whose markup nests deeper than this (estimated from the tags as the page is read; elements
    /// whose end tag may be left out do not count) give an empty text: no article nests thousands of elements deep,
    /// and such input is generated junk. Defaults to 4096.</summary>
    public int MaximumNesting { get; init; } = 4096;

    /// <summary>Whether rows of data tables inside the article are kept (one paragraph per row). Defaults to true.</summary>
    public bool IncludeTables { get; init; } = true;

    /// <summary>Whether the headline (the page's <c>h1</c> just before the article body) starts the text when the body
    /// itself does not hold it. Defaults to true.</summary>
    public bool IncludeHeadline { get; init; } = true;
}
