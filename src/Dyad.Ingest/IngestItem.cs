using Dyad.Core;

namespace Dyad.Ingest;

/// <summary>One result of reading an input: an article (perhaps with a warning) or a failure.</summary>
/// <remarks>Exactly one of <see cref="Article"/> and <see cref="Failure"/> is set on items made by the factories.</remarks>
public readonly record struct IngestItem
{
    private IngestItem(RawArticle? article, IngestFailure? failure, string? warning)
    {
        Article = article;
        Failure = failure;
        Warning = warning;
    }

    /// <summary>The article read, or null when this item is a failure.</summary>
    public RawArticle? Article { get; }

    /// <summary>What went wrong, or null when an article was read.</summary>
    public IngestFailure? Failure { get; }

    /// <summary>
    /// A problem that did not stop the article from being read, e.g. <c>invalid UTF-8 at byte 3; decoded as windows-1252</c>.
    /// The article's <see cref="RawArticle.Locator"/> says where.
    /// </summary>
    public string? Warning { get; }

    /// <summary>Whether this item is a failure.</summary>
    public bool IsFailure => Failure is not null;

    /// <summary>An article, with an optional warning.</summary>
    public static IngestItem Success(RawArticle article, string? warning = null) =>
        new(article ?? throw new ArgumentNullException(nameof(article)), null, warning);

    /// <summary>A failure.</summary>
    public static IngestItem Failed(IngestFailure failure) =>
        new(null, failure ?? throw new ArgumentNullException(nameof(failure)), null);

    /// <summary>A failure at <paramref name="locator"/>.</summary>
    public static IngestItem Failed(string locator, string reason) => Failed(new IngestFailure(locator, reason));

    /// <inheritdoc/>
    public override string ToString() =>
        Failure is { } f ? $"failed {f.Locator}: {f.Reason}"
        : Article is { } a ? $"{a.Locator} ({a.Format}, {a.Encoding}, {a.Content.Length} chars)" + (Warning is null ? string.Empty : $" warning: {Warning}")
        : "(empty)";
}
