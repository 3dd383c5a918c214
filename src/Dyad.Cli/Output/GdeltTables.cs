using System.Globalization;
using System.Text;
using Dyad.Storage;

namespace Dyad.Cli.Output;

/// <summary>
/// Linked events and their mentions as GDELT 2.0 export tables (tab-separated, no header, the 61 event and 16 mention
/// columns of the GDELT Event Codebook 2.0), filled where Dyad has the data and empty elsewhere.
/// </summary>
/// <remarks>
/// Mappings: <c>GLOBALEVENTID</c> is the event id's 64 bits as an unsigned decimal (stable across reruns); the
/// event date goes to <c>SQLDATE</c> at its own granularity's first day (a month as its first, a year as 1 January; an
/// undated event takes its first report's date); actor codes split into the country (<c>Actor1CountryCode</c>) and
/// role (<c>Actor1Type1Code</c>: GOV, MIL, ...) parts of the CAMEO code; <c>IsRootEvent</c> is 1 when a mention sits
/// in its article's first sentence; <c>NumSources</c> counts outlets; <c>ActionGeo_*</c> carry the place's name and
/// country, which Dyad gives as ISO 3166 alpha-3 where GDELT's geography uses FIPS 10-4. Tone, coordinates, ethnic and
/// religious codes are not computed and stay empty. Mentions: <c>MentionType</c> 1 (web), the outlet, the article's
/// URL (else its id), a 1-based sentence, the action's character offset, <c>Confidence</c> as the event's confidence in
/// percent.
/// </remarks>
internal static class GdeltTables
{
    /// <summary>Writes one events-table row per linked event; returns the row count.</summary>
    public static int WriteEvents(DyadStore store, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(store);
        var mentions = store.ReadEventMentions().ToDictionary(m => m.Id, StringComparer.Ordinal);
        var articles = store.ReadArticleOrigins().ToDictionary(a => a.Id, StringComparer.Ordinal);
        using var text = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        var count = 0;
        var row = new string?[61];
        foreach (var e in store.ReadEvents())
        {
            Array.Clear(row);
            var day = EventDay(e);
            var first = e.MentionIds.Select(id => mentions.GetValueOrDefault(id)).OfType<StoredEventMention>().FirstOrDefault();
            row[0] = EventNumber(e.Id);
            if (day is { } d)
            {
                row[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                row[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
                row[3] = d.Year.ToString(CultureInfo.InvariantCulture);
                row[4] = (d.Year + ((d.DayOfYear - 1) / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture);
            }

            Actor(e.Source, row, 5);
            Actor(e.Target, row, 15);
            row[25] = e.MentionIds.Any(id => mentions.GetValueOrDefault(id)?.Sentence == 0) ? "1" : "0";
            row[26] = e.Code;
            row[27] = e.Code.Length >= 3 ? e.Code[..3] : e.Code;
            row[28] = e.Root;
            row[29] = e.QuadClass.ToString(CultureInfo.InvariantCulture);
            row[30] = e.Goldstein?.ToString(CultureInfo.InvariantCulture);
            row[31] = e.MentionCount.ToString(CultureInfo.InvariantCulture);
            row[32] = e.OutletCount.ToString(CultureInfo.InvariantCulture);
            row[33] = e.ArticleCount.ToString(CultureInfo.InvariantCulture);
            if (e.LocationName is not null)
            {
                row[52] = e.LocationName;
                row[53] = e.LocationCountry;
            }

            row[59] = Compact(e.FirstReported) is { } added ? added + "000000" : null;
            row[60] = first is null ? null : SourceOf(articles.GetValueOrDefault(first.ArticleId), first.ArticleId);
            WriteRow(text, row);
            count++;
        }

        return count;
    }

    /// <summary>Writes one mentions-table row per event mention that belongs to an event; returns the row count.</summary>
    public static int WriteMentions(DyadStore store, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(store);
        var events = store.ReadEvents().ToDictionary(e => e.Id, StringComparer.Ordinal);
        var links = store.ReadEventLinks();
        var articles = store.ReadArticleOrigins().ToDictionary(a => a.Id, StringComparer.Ordinal);
        using var text = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        var count = 0;
        var row = new string?[16];
        foreach (var m in store.ReadEventMentions())
        {
            if (links.GetValueOrDefault(m.Id) is not { } eventId || events.GetValueOrDefault(eventId) is not { } e)
            {
                continue;
            }

            Array.Clear(row);
            var article = articles.GetValueOrDefault(m.ArticleId);
            row[0] = EventNumber(e.Id);
            row[1] = EventDay(e) is { } day ? day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : null;
            row[2] = Compact(article?.Published) is { } published ? published + "000000" : null;
            row[3] = "1";
            row[4] = article?.Source;
            row[5] = SourceOf(article, m.ArticleId);
            row[6] = (m.Sentence + 1).ToString(CultureInfo.InvariantCulture);
            row[7] = "-1";
            row[8] = "-1";
            row[9] = m.Start.ToString(CultureInfo.InvariantCulture);
            row[10] = "1";
            row[11] = Math.Round(e.Confidence * 100).ToString(CultureInfo.InvariantCulture);
            WriteRow(text, row);
            count++;
        }

        return count;
    }

    /// <summary>An event id (<c>ev-</c> and 16 hex digits) as the unsigned decimal GDELT's ids are; another id's 64-bit hash.</summary>
    public static string EventNumber(string id) =>
        (id.StartsWith("ev-", StringComparison.Ordinal) && ulong.TryParse(id.AsSpan(3), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number)
            ? number
            : Dyad.Core.StableHash.Mix(Fnv(id))).ToString(CultureInfo.InvariantCulture);

    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    // The event's date at its granularity's first day, else the first report's day.
    private static DateOnly? EventDay(StoredEvent e) => FirstDay(e.Date) ?? FirstDay(e.FirstReported);

    private static DateOnly? FirstDay(string? date)
    {
        if (string.IsNullOrEmpty(date) || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        var month = date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 1;
        var day = date.Length >= 10 && int.TryParse(date.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= DateTime.DaysInMonth(year, month) ? d : 1;
        return new DateOnly(year, month, day);
    }

    private static string? Compact(string? date) => FirstDay(date)?.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string SourceOf(ArticleOrigin? article, string articleId) => article?.Url is { Length: > 0 } url ? url : articleId;

    // Actor1Code, Actor1Name, Actor1CountryCode, four empty group/ethnic/religion codes, then Type1Code.
    private static void Actor(StoredActor? actor, string?[] row, int at)
    {
        if (actor is null)
        {
            return;
        }

        row[at] = actor.Code;
        row[at + 1] = actor.Name.ToUpperInvariant();
        row[at + 2] = actor.Country;
        if (actor.Code is { Length: >= 6 } code)
        {
            row[at + 7] = code.Substring(3, 3);
        }
    }

    private static void WriteRow(TextWriter text, string?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                text.Write('\t');
            }

            // Tabs and line breaks inside a value would break the table.
            text.Write(row[i]?.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
        }

        text.WriteLine();
    }
}
