namespace Dyad.Storage;

/// <summary>The store's schema, as an ordered list of migrations; a database records which it has applied.</summary>
/// <remarks>Never edit a published migration: add a new one. Each runs in its own transaction with its bookkeeping,
/// so a database is always at exactly one version. Later issues add their tables here (linked events).</remarks>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "articles, duplicate fingerprints, full-text index, runs and failures", """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                path TEXT NOT NULL,
                format TEXT NOT NULL,
                encoding TEXT NOT NULL,
                raw_text TEXT NOT NULL,
                text TEXT NOT NULL,
                offset_map BLOB NOT NULL,
                paragraphs BLOB NOT NULL,
                title TEXT,
                source TEXT,
                author TEXT,
                dateline TEXT,
                dateline_place TEXT,
                dateline_date TEXT,
                published TEXT,
                published_precision TEXT,
                published_inferred INTEGER NOT NULL DEFAULT 0,
                url TEXT,
                language TEXT,
                metadata_json TEXT NOT NULL,
                exact_hash TEXT NOT NULL,
                simhash INTEGER NOT NULL,
                shingles INTEGER NOT NULL,
                duplicate_of TEXT REFERENCES articles(id),
                duplicate_kind TEXT,
                duplicate_distance INTEGER,
                run_id INTEGER,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX articles_exact_hash ON articles(exact_hash) WHERE duplicate_of IS NULL;
            CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
            CREATE INDEX articles_published ON articles(published);

            CREATE TABLE simhash_bands (
                band INTEGER NOT NULL,
                key INTEGER NOT NULL,
                article_rowid INTEGER NOT NULL,
                PRIMARY KEY (band, key, article_rowid)
            ) WITHOUT ROWID;

            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2');
            -- Only first copies are indexed: search leaves duplicates out, and indexing them would double the cost.
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN new.duplicate_of IS NULL BEGIN
                INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
            END;
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles WHEN old.duplicate_of IS NULL BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
            END;
            CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles
                WHEN old.duplicate_of IS NULL AND new.duplicate_of IS NULL BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
                INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
            END;

            CREATE TABLE runs (
                id INTEGER PRIMARY KEY,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                status TEXT NOT NULL,
                inputs TEXT NOT NULL,
                summary_json TEXT
            );

            CREATE TABLE failures (
                id INTEGER PRIMARY KEY,
                run_id INTEGER NOT NULL REFERENCES runs(id),
                locator TEXT NOT NULL,
                reason TEXT NOT NULL,
                severity TEXT NOT NULL DEFAULT 'error'
            );
            CREATE INDEX failures_run ON failures(run_id);
            """),
        new(2, "coded event mentions (issue 4)", """
            CREATE TABLE event_mentions (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles(id),
                ordinal INTEGER NOT NULL,
                sentence INTEGER NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                text TEXT NOT NULL,
                code TEXT NOT NULL,
                root TEXT NOT NULL,
                quad_class INTEGER NOT NULL,
                goldstein REAL NOT NULL,
                plover TEXT,
                source_name TEXT, source_code TEXT, source_country TEXT, source_text TEXT,
                target_name TEXT, target_code TEXT, target_country TEXT, target_text TEXT,
                modality TEXT NOT NULL,
                cue TEXT NOT NULL,
                claimant_name TEXT, claimant_code TEXT, claimant_country TEXT, claimant_text TEXT,
                date TEXT,
                date_value TEXT,
                date_source TEXT,
                location_name TEXT,
                location_country TEXT,
                issues TEXT NOT NULL,
                form TEXT NOT NULL,
                pattern TEXT NOT NULL
            );
            CREATE INDEX event_mentions_article ON event_mentions(article_id, ordinal);
            CREATE INDEX event_mentions_date ON event_mentions(date);
            CREATE INDEX event_mentions_pair ON event_mentions(source_code, target_code);
            """),
        new(3, "quotes with their speakers (issue 4)", """
            CREATE TABLE quotes (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles(id),
                ordinal INTEGER NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                cue_text TEXT,
                cue_lemma TEXT,
                cue_start INTEGER,
                cue_end INTEGER,
                speaker_text TEXT,
                speaker_start INTEGER,
                speaker_end INTEGER,
                speaker_name TEXT,
                speaker_code TEXT,
                speaker_country TEXT,
                confidence REAL NOT NULL
            );
            CREATE INDEX quotes_article ON quotes(article_id, ordinal);
            CREATE INDEX quotes_speaker ON quotes(speaker_code);
            """),
        new(4, "what a quote attributes: speech, belief, intention or evidence (issue 4)", """
            ALTER TABLE quotes ADD COLUMN attribution TEXT NOT NULL DEFAULT 'speech';
            """),
        new(5, "events linked across reports, and which mentions each holds (issue 5)", """
            CREATE TABLE events (
                id TEXT PRIMARY KEY,
                code TEXT NOT NULL,
                root TEXT NOT NULL,
                family TEXT NOT NULL,
                quad_class INTEGER NOT NULL,
                goldstein REAL,
                plover TEXT,
                source_name TEXT, source_code TEXT, source_country TEXT,
                target_name TEXT, target_code TEXT, target_country TEXT,
                modality TEXT NOT NULL,
                claimant_name TEXT, claimant_code TEXT, claimant_country TEXT,
                date TEXT,
                date_granularity TEXT NOT NULL,
                location_name TEXT,
                location_country TEXT,
                issues TEXT NOT NULL,
                mention_count INTEGER NOT NULL,
                article_count INTEGER NOT NULL,
                outlet_count INTEGER NOT NULL,
                first_reported TEXT,
                last_reported TEXT,
                confidence REAL NOT NULL,
                contradictions TEXT NOT NULL
            );
            CREATE INDEX events_pair ON events(source_code, target_code);
            CREATE INDEX events_date ON events(date);

            CREATE TABLE event_links (
                mention_id TEXT PRIMARY KEY,
                event_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL
            );
            CREATE INDEX event_links_event ON event_links(event_id, ordinal);
            """),
    ];
}

/// <summary>One schema step.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
