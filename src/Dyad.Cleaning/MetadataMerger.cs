using Dyad.Core;

namespace Dyad.Cleaning;

/// <summary>Combines metadata found on the page with metadata supplied beside it.</summary>
public static class MetadataMerger
{
    /// <summary>Fills each field the page left empty from <paramref name="hints"/>; a supplied value wins over a
    /// page value only for the URL (the page cannot know where it was fetched from).</summary>
    public static ArticleMetadata Merge(ArticleMetadata page, ArticleHints hints)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(hints);
        var origin = hints.Origin;
        return page with
        {
            Title = page.Title ?? Hint(hints.Title, origin, "title"),
            Source = page.Source ?? Hint(hints.Source, origin, "source"),
            Author = page.Author ?? Hint(hints.Author, origin, "author"),
            Url = Hint(hints.Url, origin, "url") ?? page.Url,
            Published = HintDate(hints.Published, origin) ?? page.Published,
        };
    }

    /// <summary>Moves every evidence span through <paramref name="map"/> (from normalised text to raw content).</summary>
    public static ArticleMetadata MapEvidence(ArticleMetadata metadata, OffsetMap map)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(map);
        return metadata with
        {
            Title = Move(metadata.Title, map),
            Source = Move(metadata.Source, map),
            Author = Move(metadata.Author, map),
            Dateline = Move(metadata.Dateline, map),
            Published = Move(metadata.Published, map),
            Url = Move(metadata.Url, map),
            Language = Move(metadata.Language, map),
        };
    }

    /// <summary>Reads a supplied date: an ISO partial date, or the date part of an ISO timestamp.</summary>
    public static PartialDate? ParseSuppliedDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var span = value.AsSpan().Trim();
        if (PartialDate.TryParse(span, out var date))
        {
            return date;
        }

        // 2013-05-24T07:25:00Z and 2013-05-24 07:25 carry a full date in their first ten characters.
        if (span.Length > 10 && (span[10] == 'T' || span[10] == ' ') && PartialDate.TryParse(span[..10], out date))
        {
            return date;
        }

        return null;
    }

    private static Attested<PartialDate>? HintDate(string? value, string origin) =>
        ParseSuppliedDate(value) is { } date ? new Attested<PartialDate>(date, new Evidence(null, value!, origin + ":published")) : null;

    private static Attested<string>? Hint(string? value, string origin, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : new Attested<string>(value.Trim(), new Evidence(null, value, origin + ":" + field));

    private static Attested<T>? Move<T>(Attested<T>? field, OffsetMap map) =>
        field?.Evidence.Span is { } span && span.End <= map.TargetLength
            ? field with { Evidence = field.Evidence with { Span = map.Map(span) } }
            : field;
}
