namespace Dyad.Core;

/// <summary>What the page says about the article: each field with the evidence for it, or null when unstated.</summary>
public sealed record ArticleMetadata
{
    /// <summary>No metadata at all.</summary>
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>The headline.</summary>
    public Attested<string>? Title { get; init; }

    /// <summary>The outlet or agency (PTI, RIA Novosti, Sputnik International, ...).</summary>
    public Attested<string>? Source { get; init; }

    /// <summary>The byline.</summary>
    public Attested<string>? Author { get; init; }

    /// <summary>The dateline as printed, place and date (<c>BOCHAROV RUCHEI, May 24</c>).</summary>
    public Attested<Dateline>? Dateline { get; init; }

    /// <summary>The publication date with its precision; a day without a year stays partial.</summary>
    public Attested<PartialDate>? Published { get; init; }

    /// <summary>The page's address, when known.</summary>
    public Attested<string>? Url { get; init; }

    /// <summary>The page's language (ISO 639-1), when stated.</summary>
    public Attested<string>? Language { get; init; }
}

/// <summary>A dateline: the place an article was filed from and the date printed with it.</summary>
/// <param name="Place">The place as printed (<c>BOCHAROV RUCHEI</c>), or null.</param>
/// <param name="Date">The printed date, or null.</param>
/// <param name="Text">The dateline text verbatim.</param>
public sealed record Dateline(string? Place, PartialDate? Date, string Text);
