using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Dyad.Core;
using Dyad.Dedup;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage;

/// <summary>The embedded SQLite store: articles with metadata and evidence, duplicates, full-text search, runs.</summary>
/// <remarks>
/// <para>Opens in WAL mode and migrates the schema to the newest version. Articles are keyed by their content hash,
/// so a rerun over the same input adds nothing twice; writes go through <see cref="BeginBatch"/>, whose commit is
/// atomic, so a run killed part-way keeps every committed batch and loses none.</para>
/// <para>One store wraps one connection and is not thread-safe: use it from one thread.</para>
/// </remarks>
public sealed partial class DyadStore : IDisposable, IFingerprintIndex
{
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    private DyadStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestSchemaVersion => Migrations.All[^1].Version;

    /// <summary>The schema version of the open database.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    /// <summary>Opens (creating when absent) the store at <paramref name="path"/> and migrates it.</summary>
    /// <exception cref="StoreException">The file is not a Dyad database, or is newer than this build.</exception>
    public static DyadStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var store = new DyadStore(connection, full);
            store.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            store.Migrate();
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open as a Dyad database: {ex.Message}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>True when an article with this id is stored.</summary>
    public bool HasArticle(string id) => Scalar("SELECT 1 FROM articles WHERE id = $id", ("$id", id)) is not null;

    /// <summary>The ids of every stored article (16 hex digits each), so a rerun can skip them before any work.</summary>
    public HashSet<string> ReadArticleIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT id FROM articles");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            ids.Add(r.GetString(0));
        }

        return ids;
    }

    /// <summary>Number of stored articles, and how many of them are duplicates.</summary>
    public (long Articles, long Duplicates) CountArticles()
    {
        using var cmd = Command("SELECT count(*), count(duplicate_of) FROM articles");
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt64(0), r.GetInt64(1));
    }

    /// <summary>Starts a write batch: everything written until <see cref="WriteBatch.Commit"/> lands atomically.</summary>
    public WriteBatch BeginBatch()
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A write batch is already open.");
        }

        _transaction = _connection.BeginTransaction();
        return new WriteBatch(this);
    }

    /// <summary>Records the start of a run over <paramref name="inputs"/>; returns its id.</summary>
    public long StartRun(IEnumerable<string> inputs)
    {
        var json = JsonSerializer.Serialize(inputs.ToArray(), StoreJsonContext.Default.StringArray);
        return Convert.ToInt64(
            Scalar("INSERT INTO runs(started_at, status, inputs) VALUES ($t, 'running', $i) RETURNING id", ("$t", Now()), ("$i", json)),
            CultureInfo.InvariantCulture);
    }

    /// <summary>Marks a run finished with its summary (a JSON object).</summary>
    public void FinishRun(long runId, string status, string summaryJson) =>
        Execute("UPDATE runs SET finished_at = $t, status = $s, summary_json = $j WHERE id = $id",
            ("$t", Now()), ("$s", status), ("$j", summaryJson), ("$id", runId));

    /// <summary>Reads every article in insertion order, streaming.</summary>
    public IEnumerable<ArticleRecord> ReadArticles(bool includeRaw = false)
    {
        using var cmd = Command(
            "SELECT id, name, path, format, encoding, metadata_json, duplicate_of, duplicate_kind, text"
            + (includeRaw ? ", raw_text" : string.Empty) + " FROM articles ORDER BY rowid");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new ArticleRecord
            {
                Id = r.GetString(0),
                Name = r.GetString(1),
                Path = r.GetString(2),
                Format = r.GetString(3),
                Encoding = r.GetString(4),
                Metadata = MetadataJson.Read(r.GetString(5)),
                DuplicateOf = r.IsDBNull(6) ? null : r.GetString(6),
                DuplicateKind = r.IsDBNull(7) ? null : r.GetString(7),
                Text = r.GetString(8),
                RawText = includeRaw ? r.GetString(9) : null,
            };
        }
    }

    /// <summary>Loads one article as a <see cref="Document"/>, with its offset map and paragraphs.</summary>
    public Document? LoadDocument(string id)
    {
        using var cmd = Command("SELECT name, path, raw_text, text, offset_map, paragraphs, metadata_json FROM articles WHERE id = $id", ("$id", id));
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var raw = r.GetString(2);
        var map = OffsetMap.FromBytes((byte[])r.GetValue(4));
        return Document.Create(r.GetString(0), r.GetString(1), raw, r.GetString(3), map,
            MetadataJson.Read(r.GetString(6)), SpanCodec.Decode((byte[])r.GetValue(5)));
    }

    /// <summary>Full-text search over titles and cleaned texts (FTS5, BM25), skipping duplicates.</summary>
    /// <remarks>The query uses FTS5 syntax (phrases in quotes, AND/OR/NOT, NEAR, prefix*); a query that is not valid
    /// FTS5 is searched again as plain words.</remarks>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        try
        {
            return SearchRaw(query, limit);
        }
        catch (SqliteException ex) when (ex.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase)
                                         || ex.Message.Contains("syntax", StringComparison.OrdinalIgnoreCase)
                                         || ex.Message.Contains("no such column", StringComparison.OrdinalIgnoreCase))
        {
            return SearchRaw(QuoteWords(query), limit);
        }
    }

    /// <inheritdoc />
    public string? FindExact(string exactHash) =>
        Scalar("SELECT id FROM articles WHERE exact_hash = $h AND duplicate_of IS NULL ORDER BY rowid LIMIT 1", ("$h", exactHash)) as string;

    /// <inheritdoc />
    public IEnumerable<(string Id, ulong SimHash, int Length)> FindBandCandidates(ulong simHash)
    {
        using var cmd = Command("""
            SELECT DISTINCT a.id, a.simhash, length(a.text), a.rowid FROM simhash_bands b JOIN articles a ON a.rowid = b.article_rowid
            WHERE (b.band = 0 AND b.key = $k0) OR (b.band = 1 AND b.key = $k1) OR (b.band = 2 AND b.key = $k2) OR (b.band = 3 AND b.key = $k3)
            ORDER BY a.rowid
            """,
            ("$k0", SimHash.Band(simHash, 0)), ("$k1", SimHash.Band(simHash, 1)), ("$k2", SimHash.Band(simHash, 2)), ("$k3", SimHash.Band(simHash, 3)));
        using var r = cmd.ExecuteReader();
        var results = new List<(string, ulong, int)>();
        while (r.Read())
        {
            results.Add((r.GetString(0), unchecked((ulong)r.GetInt64(1)), r.GetInt32(2)));
        }

        return results;
    }

    /// <summary>Every stored event mention, by article and then in text order.</summary>
    public IEnumerable<StoredEventMention> ReadEventMentions()
    {
        using var cmd = Command("""
            SELECT id, article_id, ordinal, sentence, start, end, text, code, root, quad_class, goldstein, plover,
                source_name, source_code, source_country, source_text, target_name, target_code, target_country, target_text,
                modality, cue, claimant_name, claimant_code, claimant_country, claimant_text,
                date, date_value, date_source, location_name, location_country, issues, form, pattern
            FROM event_mentions ORDER BY article_id, ordinal
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new StoredEventMention(
                r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6),
                r.GetString(7), r.GetString(8), r.GetInt32(9), r.GetDouble(10), NullableString(r, 11),
                ActorAt(r, 12), ActorAt(r, 16), r.GetString(20), r.GetString(21), ActorAt(r, 22),
                NullableString(r, 26), NullableString(r, 27), NullableString(r, 28), NullableString(r, 29), NullableString(r, 30),
                JsonSerializer.Deserialize(r.GetString(31), StoreJsonContext.Default.StringArray) ?? [],
                r.GetString(32), r.GetString(33));
        }

        static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

        static StoredActor? ActorAt(SqliteDataReader r, int i) =>
            r.IsDBNull(i) ? null : new StoredActor(r.GetString(i), NullableString(r, i + 1), NullableString(r, i + 2), NullableString(r, i + 3) ?? string.Empty);
    }

    /// <summary>Every stored quote, by article and then in text order.</summary>
    public IEnumerable<StoredQuote> ReadQuotes()
    {
        using var cmd = Command("""
            SELECT id, article_id, ordinal, kind, text, start, end, cue_text, cue_lemma, cue_start, cue_end,
                speaker_text, speaker_start, speaker_end, speaker_name, speaker_code, speaker_country, confidence, attribution
            FROM quotes ORDER BY article_id, ordinal
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new StoredQuote(
                r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6),
                NullableString(r, 7), NullableString(r, 8), NullableInt(r, 9), NullableInt(r, 10),
                NullableString(r, 11), NullableInt(r, 12), NullableInt(r, 13),
                NullableString(r, 14), NullableString(r, 15), NullableString(r, 16), r.GetDouble(17), r.GetString(18));
        }

        static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

        static int? NullableInt(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }

    internal void Insert(Document document, ArticleInfo info, long? runId)
    {
        var m = document.Metadata;
        using var cmd = Command("""
            INSERT INTO articles(id, name, path, format, encoding, raw_text, text, offset_map, paragraphs, title, source, author,
                dateline, dateline_place, dateline_date, published, published_precision, published_inferred, url, language,
                metadata_json, exact_hash, simhash, shingles, duplicate_of, duplicate_kind, duplicate_distance, run_id, ingested_at)
            VALUES ($id, $name, $path, $format, $encoding, $raw, $text, $map, $paras, $title, $source, $author,
                $dateline, $dplace, $ddate, $published, $pprec, $pinf, $url, $lang,
                $meta, $exact, $simhash, $shingles, $dupof, $dupkind, $dupdist, $run, $at)
            ON CONFLICT(id) DO NOTHING
            RETURNING rowid
            """,
            ("$id", document.Id.Value), ("$name", document.Name), ("$path", document.Locator),
            ("$format", info.Format == SourceFormat.Html ? "html" : "text"), ("$encoding", info.Encoding),
            ("$raw", document.RawText), ("$text", document.Text), ("$map", document.ToRaw.ToBytes()),
            ("$paras", SpanCodec.Encode(document.Paragraphs)),
            ("$title", m.Title?.Value), ("$source", m.Source?.Value), ("$author", m.Author?.Value),
            ("$dateline", m.Dateline?.Value.Text), ("$dplace", m.Dateline?.Value.Place), ("$ddate", m.Dateline?.Value.Date?.ToString()),
            ("$published", m.Published?.Value.ToString()), ("$pprec", m.Published?.Value.Precision.ToString().ToLowerInvariant()),
            ("$pinf", m.Published?.Evidence.Inferred == true ? 1 : 0),
            ("$url", m.Url?.Value), ("$lang", m.Language?.Value), ("$meta", MetadataJson.Write(m)),
            ("$exact", info.Fingerprint.ExactHash), ("$simhash", unchecked((long)info.Fingerprint.SimHash)),
            ("$shingles", info.Fingerprint.Shingles),
            ("$dupof", info.Duplicate.Of),
            ("$dupkind", info.Duplicate.Kind switch { DuplicateKind.Exact => "exact", DuplicateKind.Near => "near", _ => null }),
            ("$dupdist", info.Duplicate.Kind == DuplicateKind.None ? null : info.Duplicate.Distance),
            ("$run", runId), ("$at", Now()));
        var rowid = cmd.ExecuteScalar();
        if (rowid is long row && info.Duplicate.Kind == DuplicateKind.None
            && info.Fingerprint.Length > 0)
        {
            // Only first copies are candidates, so every duplicate points at an original.
            for (var band = 0; band < 4; band++)
            {
                Execute("INSERT OR IGNORE INTO simhash_bands(band, key, article_rowid) VALUES ($b, $k, $r)",
                    ("$b", band), ("$k", SimHash.Band(info.Fingerprint.SimHash, band)), ("$r", row));
            }
        }
    }

    internal void UpdatePublished(Document document)
    {
        var m = document.Metadata;
        Execute("""
            UPDATE articles SET published = $published, published_precision = $pprec, published_inferred = $pinf, metadata_json = $meta
            WHERE id = $id
            """,
            ("$id", document.Id.Value), ("$published", m.Published?.Value.ToString()),
            ("$pprec", m.Published?.Value.Precision.ToString().ToLowerInvariant()),
            ("$pinf", m.Published?.Evidence.Inferred == true ? 1 : 0), ("$meta", MetadataJson.Write(m)));
    }

    internal void ReplaceEvents(string articleId, IReadOnlyList<StoredEventMention> mentions)
    {
        // Rerunning an article replaces its mentions, so a rerun never doubles them.
        Execute("DELETE FROM event_mentions WHERE article_id = $a", ("$a", articleId));
        foreach (var e in mentions)
        {
            Execute("""
                INSERT INTO event_mentions(id, article_id, ordinal, sentence, start, end, text, code, root, quad_class, goldstein, plover,
                    source_name, source_code, source_country, source_text, target_name, target_code, target_country, target_text,
                    modality, cue, claimant_name, claimant_code, claimant_country, claimant_text,
                    date, date_value, date_source, location_name, location_country, issues, form, pattern)
                VALUES ($id, $a, $o, $s, $start, $end, $text, $code, $root, $quad, $gold, $plover,
                    $sn, $sc, $sk, $st, $tn, $tc, $tk, $tt, $mod, $cue, $cn, $cc, $ck, $ct,
                    $date, $dv, $ds, $ln, $lc, $issues, $form, $pattern)
                """,
                ("$id", e.Id), ("$a", articleId), ("$o", e.Ordinal), ("$s", e.Sentence), ("$start", e.Start), ("$end", e.End),
                ("$text", e.Text), ("$code", e.Code), ("$root", e.Root), ("$quad", e.QuadClass), ("$gold", e.Goldstein), ("$plover", e.Plover),
                ("$sn", e.Source?.Name), ("$sc", e.Source?.Code), ("$sk", e.Source?.Country), ("$st", e.Source?.Text),
                ("$tn", e.Target?.Name), ("$tc", e.Target?.Code), ("$tk", e.Target?.Country), ("$tt", e.Target?.Text),
                ("$mod", e.Modality), ("$cue", e.Cue),
                ("$cn", e.Claimant?.Name), ("$cc", e.Claimant?.Code), ("$ck", e.Claimant?.Country), ("$ct", e.Claimant?.Text),
                ("$date", e.Date), ("$dv", e.DateValue), ("$ds", e.DateSource), ("$ln", e.LocationName), ("$lc", e.LocationCountry),
                ("$issues", JsonSerializer.Serialize(e.Issues.ToArray(), StoreJsonContext.Default.StringArray)),
                ("$form", e.Form), ("$pattern", e.Pattern));
        }
    }

    internal void ReplaceQuotes(string articleId, IReadOnlyList<StoredQuote> quotes)
    {
        // As with events: a rerun replaces the article's quotes, in the batch that stores its events.
        Execute("DELETE FROM quotes WHERE article_id = $a", ("$a", articleId));
        foreach (var q in quotes)
        {
            Execute("""
                INSERT INTO quotes(id, article_id, ordinal, kind, text, start, end, cue_text, cue_lemma, cue_start, cue_end,
                    speaker_text, speaker_start, speaker_end, speaker_name, speaker_code, speaker_country, confidence, attribution)
                VALUES ($id, $a, $o, $kind, $text, $start, $end, $ct, $cl, $cs, $ce, $st, $ss, $se, $sn, $sc, $sk, $conf, $attr)
                """,
                ("$id", q.Id), ("$a", articleId), ("$o", q.Ordinal), ("$kind", q.Kind), ("$text", q.Text),
                ("$start", q.Start), ("$end", q.End), ("$ct", q.CueText), ("$cl", q.CueLemma), ("$cs", q.CueStart), ("$ce", q.CueEnd),
                ("$st", q.SpeakerText), ("$ss", q.SpeakerStart), ("$se", q.SpeakerEnd),
                ("$sn", q.SpeakerName), ("$sc", q.SpeakerCode), ("$sk", q.SpeakerCountry), ("$conf", q.Confidence),
                ("$attr", q.Attribution));
        }
    }

    internal void RecordFailure(long runId, string locator, string reason, string severity) =>
        Execute("INSERT INTO failures(run_id, locator, reason, severity) VALUES ($r, $l, $m, $s)",
            ("$r", runId), ("$l", locator), ("$m", reason), ("$s", severity));

    internal void CommitBatch()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }

    internal void RollbackBatch()
    {
        _transaction?.Rollback();
        _transaction?.Dispose();
        _transaction = null;
    }

    private List<SearchHit> SearchRaw(string query, int limit)
    {
        using var cmd = Command("""
            SELECT a.id, a.title, a.path, a.published, snippet(articles_fts, 1, '⟦', '⟧', '…', 16), -bm25(articles_fts, 4.0, 1.0) AS score
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH $q AND a.duplicate_of IS NULL
            ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT $n
            """, ("$q", query), ("$n", limit));
        using var r = cmd.ExecuteReader();
        var hits = new List<SearchHit>();
        while (r.Read())
        {
            hits.Add(new SearchHit(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetDouble(5)));
        }

        return hits;
    }

    private static string QuoteWords(string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    private void Migrate()
    {
        var version = SchemaVersion;
        if (version == 0 && Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") is long n && n > 0)
        {
            throw new StoreException($"{Path} is an SQLite database but not a Dyad store (it has tables and no Dyad schema version).");
        }

        if (version > LatestSchemaVersion)
        {
            throw new StoreException(
                $"{Path} has schema version {version}, newer than this build of dyad knows ({LatestSchemaVersion}). Use a newer dyad.");
        }

        foreach (var migration in Migrations.All)
        {
            if (migration.Version <= version)
            {
                continue;
            }

            using var tx = _connection.BeginTransaction();
            _transaction = tx;
            Execute(migration.Sql);
            Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version}"));
            tx.Commit();
            _transaction = null;
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        return cmd.ExecuteScalar();
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
