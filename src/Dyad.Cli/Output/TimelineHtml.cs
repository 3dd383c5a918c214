using System.Globalization;
using System.Net;
using System.Text;
using Dyad.Linking.Sources;
using Dyad.Storage;

namespace Dyad.Cli.Output;

/// <summary>A timeline as one self-contained HTML page (inline style, no scripts, nothing fetched).</summary>
internal static class TimelineHtml
{
    /// <summary>Writes the page: one row per event, its mentions with their outlets in a collapsible list, and under it
    /// the sources side by side (one block per side: who said what, through which outlet; contradicted reports and the
    /// sides that disagree highlighted).</summary>
    public static void Write(
        TextWriter output,
        string title,
        IReadOnlyList<StoredEvent> events,
        IReadOnlyDictionary<string, StoredEventMention> mentions,
        IReadOnlyDictionary<string, string?> outlets,
        Func<string, string?> label)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>\n<style>")
            .Append("body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}")
            .Append("th,td{border-bottom:1px solid #ddd;padding:.4em;text-align:left;vertical-align:top}th{background:#f4f4f4}")
            .Append(".occurred{color:#060}.planned{color:#036}.negated{color:#900}.claimed,.hypothetical{color:#850}")
            .Append("blockquote{margin:.2em 0;color:#555}small{color:#777}.contra{color:#900}")
            .Append("tr.sides td{border-bottom:2px solid #ccc;padding-top:0}.grid{display:flex;flex-wrap:wrap;gap:.6em}")
            .Append(".side{flex:1 1 16em;border:1px solid #ddd;border-radius:4px;padding:.2em .6em;background:#fafafa}")
            .Append(".side h3{font-size:1em;margin:.3em 0}.side.disagrees{border-color:#c00;background:#fff4f4}")
            .Append(".report{margin:.3em 0;color:#444}.report.contradicted{border-left:3px solid #c00;padding-left:.4em}.other{font-style:italic}")
            .Append("</style></head><body>\n<h1>").Append(E(title)).Append("</h1>\n<p>")
            .Append(events.Count.ToString(CultureInfo.InvariantCulture)).Append(" events, in date order.</p>\n<table>\n")
            .Append("<tr><th>date</th><th>event</th><th>who → whom</th><th>place</th><th>modality</th><th>sources</th><th>evidence</th></tr>\n");
        foreach (var e in events)
        {
            var name = label(e.Code);
            h.Append("<tr id=\"").Append(E(e.Id)).Append("\"><td>").Append(E(e.Date ?? "undated")).Append("</td><td>").Append(E(e.Code))
                .Append(name is null ? string.Empty : " " + E(name)).Append("</td><td>").Append(Actor(e.Source)).Append(" → ").Append(Actor(e.Target))
                .Append("</td><td>").Append(E(e.LocationName is null ? string.Empty : e.LocationCountry is null ? e.LocationName : $"{e.LocationName} ({e.LocationCountry})"))
                .Append("</td><td class=\"").Append(E(e.Modality)).Append("\">").Append(E(e.Modality)).Append("</td><td>")
                .Append(CultureInfo.InvariantCulture, $"{e.MentionCount} mentions, {e.ArticleCount} articles, {e.OutletCount} outlets")
                .Append("</td><td><details><summary>")
                .Append(E(FirstText(e, mentions))).Append("</summary>");
            foreach (var id in e.MentionIds)
            {
                if (mentions.TryGetValue(id, out var m))
                {
                    h.Append("<blockquote>“").Append(E(m.Text)).Append("” <small>").Append(E(outlets.GetValueOrDefault(m.ArticleId) ?? "unknown outlet"))
                        .Append(" · ").Append(E(m.ArticleId)).Append(" · ").Append(E(m.Modality)).Append("</small></blockquote>");
                }
            }

            foreach (var c in e.Contradictions)
            {
                h.Append("<p class=\"contra\">contradiction: ").Append(E(c.Reason)).Append("</p>");
            }

            h.Append("</details></td></tr>\n");
            Sides(h, StoredSources.Of(e, mentions, outlets));
        }

        h.Append("</table>\n</body></html>\n");
        output.Write(h.ToString());
    }

    // A row under the event: one block per side, its reports with outlet, the outlet's country, claimant and modality.
    private static void Sides(StringBuilder h, EventSources sources)
    {
        h.Append("<tr class=\"sides\"><td><small>sources side by side</small></td><td colspan=\"6\"><div class=\"grid\">");
        foreach (var side in sources.Sides)
        {
            h.Append("<div class=\"side").Append(side.Contradicted ? " disagrees" : string.Empty).Append("\"><h3>").Append(E(side.Side))
                .Append(" <span class=\"").Append(SideBySide.Name(side.Modality)).Append("\">")
                .Append(E(string.Join(" + ", side.Modalities.Select(SideBySide.Name)))).Append("</span></h3>");
            foreach (var r in sources.Reports)
            {
                if (r.Side != side.Side)
                {
                    continue;
                }

                var outlet = r.KnownOutlet is { } known ? $"{known.Name} ({known.Country}{(known.IsStateRun ? ", state" : string.Empty)})" : r.Outlet ?? "unknown outlet";
                h.Append("<div class=\"report").Append(r.Contradicted ? " contradicted" : string.Empty).Append("\">“").Append(E(r.Evidence.Trim('“', '”', '"'))).Append("” <small>")
                    .Append(r.Claimant is { } c ? E(c.Name) + " · " : string.Empty).Append(E(outlet)).Append(" · ").Append(SideBySide.Name(r.Modality))
                    .Append(r.InEvent ? string.Empty : " · <span class=\"other\">reported as another event</span>").Append("</small></div>");
            }

            h.Append("</div>");
        }

        h.Append("</div>");
        foreach (var c in sources.Disagreements)
        {
            h.Append("<p class=\"contra\">sides disagree: ").Append(E(c.Reason)).Append("</p>");
        }

        h.Append("</td></tr>\n");
    }

    private static string FirstText(StoredEvent e, IReadOnlyDictionary<string, StoredEventMention> mentions) =>
        e.MentionIds.Select(id => mentions.GetValueOrDefault(id)?.Text).FirstOrDefault(t => t is not null) ?? string.Empty;

    private static string Actor(StoredActor? a) => a is null ? "-" : E(a.Code is null ? a.Name : $"{a.Name} ({a.Code})");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
