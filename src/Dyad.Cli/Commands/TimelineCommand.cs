using System.CommandLine;
using System.Globalization;
using Dyad.Cli.Output;
using Dyad.Events.Codebook;
using Dyad.Linking;
using Dyad.Linking.Sources;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad timeline --db FILE [--actor NAME] [--with NAME] [--from DATE] [--to DATE] [--monthly]</c>: the linked events in date order, or their monthly series.</summary>
internal static class TimelineCommand
{
    private const int EvidenceLength = 100;

    public static Command Create()
    {
        var db = CommonOptions.Db(mustExist: true);
        var actor = new Option<string?>("--actor") { Description = "Only events with this actor on either side (name or CAMEO code, any part, any case)." };
        var with = new Option<string?>("--with") { Description = "Only events whose other side is this actor (with --actor), or that involve it." };
        var from = new Option<string?>("--from") { Description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)." };
        var format = CommonOptions.Format("table", "jsonl");
        var html = new Option<string?>("--html") { Description = "Also write the timeline as a self-contained HTML page to this file." };
        var monthly = new Option<bool>("--monthly") { Description = "Instead of the events, the monthly cooperation and conflict series of the selected events: events that took place, Goldstein sum, QuadClass counts." };
        var command = new Command("timeline", "The events linked across reports, in date order: what, who to whom, where, modality, how many sources, evidence.")
        {
            db, actor, with, from, to, format, html, monthly,
        };
        command.SetAction(result =>
        {
            var fromDate = LinkDate.Parse(result.GetValue(from));
            var toDate = LinkDate.Parse(result.GetValue(to));
            if ((result.GetValue(from) is not null && !fromDate.IsKnown) || (result.GetValue(to) is not null && !toDate.IsKnown))
            {
                Consoles.Error.MarkupLine("[red]error:[/] --from and --to take YYYY, YYYY-MM or YYYY-MM-DD.");
                return 1;
            }

            try
            {
                using var store = DyadStore.Open(result.GetValue(db)!);
                var filter = new TimelineFilter(result.GetValue(actor), result.GetValue(with), fromDate, toDate);
                var events = Select(store.ReadEvents(), filter);
                if (events.Count == 0)
                {
                    Consoles.Error.MarkupLine("No events match.");
                    return 1;
                }

                if (result.GetValue(monthly))
                {
                    var series = MonthlySeries.Of(events, out var unplaced);
                    if (result.GetValue(format) == "jsonl")
                    {
                        using var stdout = Console.OpenStandardOutput();
                        using var lines = new JsonLinesWriter(stdout);
                        foreach (var row in series)
                        {
                            lines.WriteLine(w =>
                            {
                                w.WriteStartObject();
                                w.WriteString("month", row.Month);
                                w.WriteNumber("events", row.Events);
                                w.WriteNumber("goldstein", row.Goldstein);
                                w.WriteNumber("verbal_cooperation", row.QuadClass[0]);
                                w.WriteNumber("material_cooperation", row.QuadClass[1]);
                                w.WriteNumber("verbal_conflict", row.QuadClass[2]);
                                w.WriteNumber("material_conflict", row.QuadClass[3]);
                                w.WriteNumber("not_occurred", row.NotOccurred);
                                w.WriteEndObject();
                            });
                        }
                    }
                    else
                    {
                        Console.Write(MonthlySeries.ToTable(series, unplaced));
                    }

                    return 0;
                }

                var mentions = store.ReadEventMentions().ToDictionary(m => m.Id, StringComparer.Ordinal);
                var outlets = store.ReadArticleOrigins().ToDictionary(a => a.Id, Running.EventLinking.OutletOf, StringComparer.Ordinal);
                if (result.GetValue(html) is { } htmlPath)
                {
                    using var page = new StreamWriter(htmlPath, append: false, new System.Text.UTF8Encoding(false));
                    TimelineHtml.Write(page, Title(filter), events, mentions, outlets, code => CameoCodebook.Default.Find(code)?.Name);
                    Consoles.Error.MarkupLineInterpolated($"Wrote {events.Count} events to {htmlPath}.");
                }

                if (result.GetValue(format) == "jsonl")
                {
                    // The same objects as export events, in timeline order.
                    using var stdout = Console.OpenStandardOutput();
                    using var lines = new JsonLinesWriter(stdout);
                    foreach (var e in events)
                    {
                        lines.WriteLine(w => LinkedEventJson.Write(w, e, mentions, outlets));
                    }
                }
                else
                {
                    Consoles.Out.Write(Render(events, mentions, outlets));
                }

                return 0;
            }
            catch (Exception ex) when (ex is StoreException or IOException or UnauthorizedAccessException)
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>The events the filter keeps, by date (undated last), then first report, then id.</summary>
    internal static List<StoredEvent> Select(IEnumerable<StoredEvent> events, TimelineFilter filter)
    {
        var kept = new List<(StoredEvent Event, LinkDate Date)>();
        foreach (var e in events)
        {
            var date = LinkDate.Parse(e.Date);
            if (filter.Keeps(e, date))
            {
                kept.Add((e, date));
            }
        }

        kept.Sort((a, b) =>
        {
            var c = (a.Date.IsKnown ? 0 : 1).CompareTo(b.Date.IsKnown ? 0 : 1);
            c = c != 0 ? c : a.Date.Start.CompareTo(b.Date.Start);
            c = c != 0 ? c : a.Date.End.CompareTo(b.Date.End);
            c = c != 0 ? c : string.CompareOrdinal(a.Event.FirstReported, b.Event.FirstReported);
            return c != 0 ? c : string.CompareOrdinal(a.Event.Id, b.Event.Id);
        });
        return kept.ConvertAll(k => k.Event);
    }

    private static Table Render(List<StoredEvent> events, Dictionary<string, StoredEventMention> mentions, Dictionary<string, string?> outlets)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("date").AddColumn("event").AddColumn("who → whom").AddColumn("place").AddColumn("modality")
            .AddColumn(new TableColumn("sources").NoWrap()).AddColumn("evidence");
        var book = CameoCodebook.Default;
        foreach (var e in events)
        {
            var label = book.Find(e.Code)?.Name;
            var place = e.LocationName is null ? string.Empty : e.LocationCountry is null ? e.LocationName : $"{e.LocationName} ({e.LocationCountry})";
            var quote = e.MentionIds.Select(id => mentions.GetValueOrDefault(id)?.Text).FirstOrDefault(t => t is not null) ?? string.Empty;
            table.AddRow(
                new Text(e.Date ?? "undated"),
                new Text(label is null ? e.Code : $"{e.Code} {Shorten(label, 40)}"),
                new Text($"{ActorLabel(e.Source)} → {ActorLabel(e.Target)}"),
                new Text(place),
                new Text(e.Modality),
                new Text(SourcesCell(e, StoredSources.Of(e, mentions, outlets))),
                new Text("\u201c" + Shorten(quote, EvidenceLength) + "\u201d"));
        }

        table.Caption(string.Create(CultureInfo.InvariantCulture, $"{events.Count} events"));
        return table;
    }

    // The counts, then one line per side with what it said ("RUS:planned"), then whether the sides disagree.
    private static string SourcesCell(StoredEvent e, EventSources sources)
    {
        var cell = new System.Text.StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{e.ArticleCount} art. / {e.OutletCount} outl."));
        foreach (var side in sources.Sides)
        {
            cell.Append('\n').Append(side.Side).Append(':').AppendJoin('+', side.Modalities.Select(SideBySide.Name));
        }

        return sources.SidesDisagree ? cell.Append("\nsides disagree").ToString() : cell.ToString();
    }

    private static string Title(TimelineFilter f)
    {
        var who = f.Actor is null && f.With is null ? "All events" : f.With is null ? f.Actor : f.Actor is null ? f.With : $"{f.Actor} and {f.With}";
        var from = f.From.IsKnown ? " from " + f.From : string.Empty;
        var to = f.To.IsKnown ? " to " + f.To : string.Empty;
        return $"Timeline: {who}{from}{to}";
    }

    private static string ActorLabel(StoredActor? a) => a is null ? "-" : a.Code is null ? a.Name : $"{a.Name} ({a.Code})";

    private static string Shorten(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : flat[..(length - 1)].TrimEnd() + "…";
    }
}

/// <summary>Which events a timeline keeps: actors by any part of their name or code (any case), dates by overlap.</summary>
/// <param name="Actor">One side must match this, or null.</param>
/// <param name="With">The other side must match this, or null.</param>
/// <param name="From">Events must reach this date or later (unknown: no bound).</param>
/// <param name="To">Events must start on or before this date's end (unknown: no bound).</param>
internal sealed record TimelineFilter(string? Actor, string? With, LinkDate From, LinkDate To)
{
    /// <summary>Whether the event passes; <paramref name="date"/> is its parsed date.</summary>
    public bool Keeps(StoredEvent e, LinkDate date)
    {
        var pair = (Matches(e.Source, Actor) && Matches(e.Target, With)) || (Matches(e.Target, Actor) && Matches(e.Source, With));
        if (!pair)
        {
            return false;
        }

        if (!From.IsKnown && !To.IsKnown)
        {
            return true;
        }

        return date.IsKnown && (!From.IsKnown || date.End >= From.Start) && (!To.IsKnown || date.Start <= To.End);
    }

    private static bool Matches(StoredActor? actor, string? query) =>
        string.IsNullOrWhiteSpace(query)
        || (actor is not null
            && (actor.Name.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase)
                || (actor.Code?.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase) ?? false)));
}
