using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage;

/// <summary>Linked events: read them, read which mention belongs to which, and apply the linker's changes.</summary>
public sealed partial class DyadStore
{
    private const string EventColumns = """
        id, code, root, family, quad_class, goldstein, plover,
        source_name, source_code, source_country, target_name, target_code, target_country,
        modality, claimant_name, claimant_code, claimant_country, date, date_granularity, location_name, location_country,
        issues, mention_count, article_count, outlet_count, first_reported, last_reported, confidence, contradictions
        """;

    /// <summary>Every stored event, dated ones first in date order, then by id; each with its mention ids in report order.</summary>
    public IEnumerable<StoredEvent> ReadEvents()
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var links = Command("SELECT event_id, mention_id FROM event_links ORDER BY event_id, ordinal"))
        using (var lr = links.ExecuteReader())
        {
            while (lr.Read())
            {
                var id = lr.GetString(0);
                if (!members.TryGetValue(id, out var list))
                {
                    members[id] = list = [];
                }

                list.Add(lr.GetString(1));
            }
        }

        using var cmd = Command($"SELECT {EventColumns} FROM events ORDER BY date IS NULL, date, id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetString(0);
            yield return new StoredEvent(
                id, r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.IsDBNull(5) ? null : r.GetDouble(5), Text(r, 6),
                Actor(r, 7), Actor(r, 10), r.GetString(13), Actor(r, 14), Text(r, 17), r.GetString(18), Text(r, 19), Text(r, 20),
                JsonSerializer.Deserialize(r.GetString(21), StoreJsonContext.Default.StringArray) ?? [],
                r.GetInt32(22), r.GetInt32(23), r.GetInt32(24), Text(r, 25), Text(r, 26), r.GetDouble(27),
                JsonSerializer.Deserialize(r.GetString(28), StoreJsonContext.Default.StoredContradictionArray) ?? [],
                members.TryGetValue(id, out var m) ? m : []);
        }

        static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

        static StoredActor? Actor(SqliteDataReader r, int i) =>
            r.IsDBNull(i) ? null : new StoredActor(r.GetString(i), Text(r, i + 1), Text(r, i + 2), string.Empty);
    }

    /// <summary>Which event each linked mention belongs to (mention id → event id).</summary>
    public Dictionary<string, string> ReadEventLinks()
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT mention_id, event_id FROM event_links");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            links[r.GetString(0)] = r.GetString(1);
        }

        return links;
    }

    /// <summary>Number of stored events and of mentions linked into them.</summary>
    public (long Events, long LinkedMentions) CountEvents()
    {
        using var cmd = Command("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_links)");
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt64(0), r.GetInt64(1));
    }

    /// <summary>Each article's outlet, URL, publication date and title, for linking and timelines.</summary>
    public IEnumerable<ArticleOrigin> ReadArticleOrigins()
    {
        using var cmd = Command("SELECT id, source, url, published, published_precision, title FROM articles ORDER BY rowid");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new ArticleOrigin(r.GetString(0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5));
        }

        static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    }

    /// <summary>Applies one linking step in a single transaction: deletes the <paramref name="removed"/> events, then
    /// writes each of <paramref name="upserts"/> (replacing an event with the same id) and points its mentions at it.</summary>
    /// <param name="upserts">New or changed events.</param>
    /// <param name="removed">Ids of events that no longer exist.</param>
    /// <param name="replaceAll">Delete every stored event and link first (a full relink).</param>
    public void ApplyEventChanges(IReadOnlyList<StoredEvent> upserts, IReadOnlyList<string> removed, bool replaceAll = false)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(removed);
        using var batch = BeginBatch();
        if (replaceAll)
        {
            Execute("DELETE FROM event_links; DELETE FROM events;");
        }

        foreach (var id in removed)
        {
            Execute("DELETE FROM event_links WHERE event_id = $id", ("$id", id));
            Execute("DELETE FROM events WHERE id = $id", ("$id", id));
        }

        foreach (var e in upserts)
        {
            UpsertEvent(e);
        }

        batch.Commit();
    }

    private void UpsertEvent(StoredEvent e)
    {
        Execute("DELETE FROM event_links WHERE event_id = $id", ("$id", e.Id));
        Execute($"""
            INSERT OR REPLACE INTO events({EventColumns})
            VALUES ($id, $code, $root, $family, $quad, $gold, $plover, $sn, $sc, $sk, $tn, $tc, $tk, $mod, $cn, $cc, $ck,
                $date, $gran, $ln, $lc, $issues, $mc, $ac, $oc, $first, $last, $conf, $contra)
            """,
            ("$id", e.Id), ("$code", e.Code), ("$root", e.Root), ("$family", e.Family), ("$quad", e.QuadClass),
            ("$gold", e.Goldstein), ("$plover", e.Plover),
            ("$sn", e.Source?.Name), ("$sc", e.Source?.Code), ("$sk", e.Source?.Country),
            ("$tn", e.Target?.Name), ("$tc", e.Target?.Code), ("$tk", e.Target?.Country), ("$mod", e.Modality),
            ("$cn", e.Claimant?.Name), ("$cc", e.Claimant?.Code), ("$ck", e.Claimant?.Country),
            ("$date", e.Date), ("$gran", e.DateGranularity), ("$ln", e.LocationName), ("$lc", e.LocationCountry),
            ("$issues", JsonSerializer.Serialize(e.Issues.ToArray(), StoreJsonContext.Default.StringArray)),
            ("$mc", e.MentionCount), ("$ac", e.ArticleCount), ("$oc", e.OutletCount),
            ("$first", e.FirstReported), ("$last", e.LastReported), ("$conf", e.Confidence),
            ("$contra", JsonSerializer.Serialize(e.Contradictions.ToArray(), StoreJsonContext.Default.StoredContradictionArray)));
        for (var i = 0; i < e.MentionIds.Count; i++)
        {
            // A mention belongs to one event: linking it here takes it from any event it was in before.
            Execute("INSERT OR REPLACE INTO event_links(mention_id, event_id, ordinal) VALUES ($m, $e, $o)",
                ("$m", e.MentionIds[i]), ("$e", e.Id), ("$o", i));
        }
    }
}
