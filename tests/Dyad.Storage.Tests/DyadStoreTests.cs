using Dyad.Core;
using Dyad.Dedup;
using Dyad.Storage;

namespace Dyad.Storage.Tests;

public sealed class DyadStoreTests
{
    /// <summary>Undoes schema 5, so a rewound store is what a build before linked events left.</summary>
    internal const string DropEvents = "DROP TABLE event_links; DROP TABLE events; ";

    [Fact]
    public void NewStoreIsMigratedToTheLatestSchemaInWalMode()
    {
        using var store = DyadStore.Open(Some.TempDb());
        Assert.Equal(DyadStore.LatestSchemaVersion, store.SchemaVersion);
        Assert.True(File.Exists(store.Path + "-wal") || File.Exists(store.Path));
    }

    [Fact]
    public void AddingTheSameArticleTwiceStoresItOnce()
    {
        var path = Some.TempDb();
        var doc = Some.Doc(Some.Story());
        for (var run = 0; run < 2; run++)
        {
            using var store = DyadStore.Open(path);
            using var batch = store.BeginBatch();
            batch.Add(doc, Some.Info(doc), null);
            batch.Commit();
        }

        using var reopened = DyadStore.Open(path);
        Assert.Equal((1L, 0L), reopened.CountArticles());
    }

    [Fact]
    public void UncommittedBatchLeavesNothingBehind()
    {
        var path = Some.TempDb();
        using (var store = DyadStore.Open(path))
        {
            var batch = store.BeginBatch();
            batch.Add(Some.Doc("One article."), Some.Info(Some.Doc("One article.")), null);
            batch.Dispose();
        }

        using var reopened = DyadStore.Open(path);
        Assert.Equal((0L, 0L), reopened.CountArticles());
    }

    [Fact]
    public void DocumentRoundTripsWithItsOffsetMapParagraphsAndMetadata()
    {
        const string raw = "Menu\nPutin met Obama.\nFooter";
        var b = new MappedTextBuilder(raw);
        b.Copy(5, 16);
        var text = b.Build(out var map);
        var metadata = new ArticleMetadata
        {
            Title = new Attested<string>("Talks", new Evidence(new TextSpan(0, 4), "Menu", "text:title")),
            Published = new Attested<PartialDate>(PartialDate.FromMonthDay(5, 24), new Evidence(new TextSpan(22, 28), "May 24", "text:dateline")),
            Dateline = new Attested<Dateline>(new Dateline("BOCHAROV RUCHEI", PartialDate.FromMonthDay(5, 24), "BOCHAROV RUCHEI, May 24"),
                new Evidence(null, "BOCHAROV RUCHEI, May 24", "text:dateline")),
        };
        var doc = Document.Create("a", "a.txt", raw, text, map, metadata, [new TextSpan(0, text.Length)]);

        using var store = DyadStore.Open(Some.TempDb());
        using (var batch = store.BeginBatch())
        {
            batch.Add(doc, Some.Info(doc), null);
            batch.Commit();
        }

        var loaded = store.LoadDocument(doc.Id.Value)!;
        Assert.Equal(doc.Text, loaded.Text);
        Assert.Equal(doc.ToRaw, loaded.ToRaw);
        Assert.Equal(doc.Paragraphs.ToArray(), loaded.Paragraphs.ToArray());
        Assert.Equal(metadata, loaded.Metadata);
        Assert.Equal("Obama", loaded.RawOf(new TextSpan(10, 15)));
    }

    [Fact]
    public void StoreFindsExactAndNearDuplicatesOfFirstCopiesOnly()
    {
        using var store = DyadStore.Open(Some.TempDb());
        var detector = new DuplicateDetector(store);
        var first = Some.Doc(Some.Story(0), "first");
        var edited = Some.Doc(Some.Story(1), "edited");
        using var batch = store.BeginBatch();
        batch.Add(first, Some.Info(first), null);

        var verdict = detector.Check(Fingerprint.Of(edited.Text));
        Assert.Equal(DuplicateKind.Near, verdict.Kind);
        Assert.Equal(first.Id.Value, verdict.Of);

        var rewrapped = Some.Story(0).Replace(". ", ".\n\n", StringComparison.Ordinal);
        Assert.Equal(new DuplicateVerdict(DuplicateKind.Exact, first.Id.Value, 0), detector.Check(Fingerprint.Of(rewrapped)));
        batch.Commit();
    }

    [Fact]
    public void SearchRanksMatchesWithSnippetsAndSkipsDuplicates()
    {
        using var store = DyadStore.Open(Some.TempDb());
        var a = Some.Doc("Putin and Obama met in Los Cabos to discuss Syria.", "a");
        var b = Some.Doc("The weather in Moscow was cold.", "b");
        var dup = Some.Doc("Putin and Obama met in Los Cabos to discuss Syria!", "dup");
        using (var batch = store.BeginBatch())
        {
            batch.Add(a, Some.Info(a), null);
            batch.Add(b, Some.Info(b), null);
            batch.Add(dup, Some.Info(dup, new DuplicateVerdict(DuplicateKind.Near, a.Id.Value, 1)), null);
            batch.Commit();
        }

        var hits = store.Search("Syria");
        var hit = Assert.Single(hits);
        Assert.Equal(a.Id.Value, hit.Id);
        Assert.Contains("⟦Syria⟧", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidFtsSyntaxFallsBackToPlainWords()
    {
        using var store = DyadStore.Open(Some.TempDb());
        var a = Some.Doc("Talks on P5+1 and Iran (nuclear).");
        using (var batch = store.BeginBatch())
        {
            batch.Add(a, Some.Info(a), null);
            batch.Commit();
        }

        Assert.Single(store.Search("Iran (nuclear"));
    }

    [Fact]
    public void NonDyadDatabaseIsRefusedWithAClearMessage()
    {
        var path = Some.TempDb();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE other(x)";
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(() => DyadStore.Open(path));
        Assert.Contains("not a Dyad store", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatIsNotSqliteIsRefusedWithAClearMessage()
    {
        var path = Some.TempDb();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "this is not a database, just some text that is long enough to be a header....");
        var ex = Assert.Throws<StoreException>(() => DyadStore.Open(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingAnArticlesQuotesAgainReplacesThemInsteadOfAddingTwice()
    {
        var path = Some.TempDb();
        var doc = Some.Doc(Some.Story());
        var id = doc.Id.Value;
        const string Content = "both leaders would discuss their disagreement over the war and the sanctions";
        var start = doc.Text.IndexOf(Content, StringComparison.Ordinal);
        var speaker = doc.Text.IndexOf("officials said", StringComparison.Ordinal);
        StoredQuote Quote(int ordinal, string? code) => new(
            $"{id}#q{ordinal}", id, ordinal, "indirect", Content, start, start + Content.Length,
            "said", "say", speaker + 10, speaker + 14, "officials", speaker, speaker + 9, "officials", code, code is null ? null : "USA", 0.7);

        for (var run = 0; run < 2; run++)
        {
            using var store = DyadStore.Open(path);
            using var batch = store.BeginBatch();
            batch.Add(doc, Some.Info(doc), null);
            batch.SetQuotes(id, run == 0 ? [Quote(1, null), Quote(2, null)] : [Quote(1, "USAGOV")]);
            batch.Commit();
        }

        using var reopened = DyadStore.Open(path);
        var quote = Assert.Single(reopened.ReadQuotes());
        Assert.Equal(Quote(1, "USAGOV"), quote);
    }

    [Fact]
    public void QuotesOfAnUncommittedBatchAreNotStored()
    {
        var path = Some.TempDb();
        var doc = Some.Doc(Some.Story());
        using var store = DyadStore.Open(path);
        using (var batch = store.BeginBatch())
        {
            batch.Add(doc, Some.Info(doc), null);
            batch.SetQuotes(doc.Id.Value, [new($"{doc.Id.Value}#q1", doc.Id.Value, 1, "direct", "\"Trade\"", 0, 7, null, null, null, null, null, null, null, null, null, null, 0.3)]);
        }

        Assert.Empty(store.ReadQuotes());
    }

    [Fact]
    public void StoreAtSchemaTwoGainsTheQuotesTableAndKeepsItsArticles()
    {
        var (path, doc) = StoreWithOneArticle();

        // Take the store back to what a build before quotes left: no quotes table, schema version 2.
        Rewind(path, DropEvents + "DROP TABLE quotes; PRAGMA user_version = 2;");

        using var reopened = DyadStore.Open(path);
        Assert.Equal(DyadStore.LatestSchemaVersion, reopened.SchemaVersion);
        Assert.Equal((1L, 0L), reopened.CountArticles());
        using (var batch = reopened.BeginBatch())
        {
            batch.SetQuotes(doc.Id.Value, [new($"{doc.Id.Value}#q1", doc.Id.Value, 1, "mixed", "Trade", 0, 5, null, null, null, null, null, null, null, null, null, null, 0.3)]);
            batch.Commit();
        }

        Assert.Equal("mixed", Assert.Single(reopened.ReadQuotes()).Kind);
    }

    [Fact]
    public void AQuotesAttributionIsStoredAndReadBack()
    {
        var path = Some.TempDb();
        var doc = Some.Doc(Some.Story());
        using var store = DyadStore.Open(path);
        using (var batch = store.BeginBatch())
        {
            batch.Add(doc, Some.Info(doc), null);
            batch.SetQuotes(doc.Id.Value, [new($"{doc.Id.Value}#q1", doc.Id.Value, 1, "indirect", "trade will grow", 0, 15, null, null, null, null, null, null, null, null, null, null, 0.6, "belief")]);
            batch.Commit();
        }

        Assert.Equal("belief", Assert.Single(store.ReadQuotes()).Attribution);
    }

    [Fact]
    public void StoreAtSchemaThreeGainsTheAttributionColumnAndItsQuotesReadAsSpeech()
    {
        var path = Some.TempDb();
        var doc = Some.Doc(Some.Story());
        using (var store = DyadStore.Open(path))
        {
            using var batch = store.BeginBatch();
            batch.Add(doc, Some.Info(doc), null);
            batch.SetQuotes(doc.Id.Value, [new($"{doc.Id.Value}#q1", doc.Id.Value, 1, "direct", "\"Trade\"", 0, 7, null, null, null, null, null, null, null, null, null, null, 0.3, "intention")]);
            batch.Commit();
        }

        // Take the store back to what a build before attributions left: no attribution column, schema version 3.
        Rewind(path, DropEvents + "ALTER TABLE quotes DROP COLUMN attribution; PRAGMA user_version = 3;");

        using var reopened = DyadStore.Open(path);
        Assert.Equal(DyadStore.LatestSchemaVersion, reopened.SchemaVersion);
        var quote = Assert.Single(reopened.ReadQuotes());
        Assert.Equal(("direct", "speech"), (quote.Kind, quote.Attribution));
    }

    // Runs <sql> on the store file outside DyadStore, to make it look like one an older build left.
    /// <summary>A new store holding one story; its path and the story.</summary>
    internal static (string Path, Document Doc) StoreWithOneArticle()
    {
        var path = Some.TempDb();
        var doc = Some.Doc(Some.Story());
        using var store = DyadStore.Open(path);
        using var batch = store.BeginBatch();
        batch.Add(doc, Some.Info(doc), null);
        batch.Commit();
        return (path, doc);
    }

    internal static void Rewind(string path, string sql)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path + ";Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
