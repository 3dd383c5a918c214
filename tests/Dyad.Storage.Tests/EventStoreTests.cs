using Dyad.Storage;

namespace Dyad.Storage.Tests;

public sealed class EventStoreTests
{
    [Fact]
    public void AnEventRoundTripsWithItsMentionsInOrderAndItsContradictions()
    {
        using var store = DyadStore.Open(Some.TempDb());
        var e = Event("ev-1", "2012-06-18", "a#e2", "b#e1") with
        {
            Contradictions = [new StoredContradiction("a#e2", "b#e1", "claimed by Kremlin (RUS), negated by an official (USA)")],
        };

        store.ApplyEventChanges([e], []);

        var read = Assert.Single(store.ReadEvents());
        Assert.Equal(["a#e2", "b#e1"], read.MentionIds);
        Assert.Equal(e.Contradictions, read.Contradictions);
        Assert.Equal(e.Issues, read.Issues);
        Assert.Equal(e with { MentionIds = read.MentionIds, Issues = read.Issues, Contradictions = read.Contradictions }, read);
        Assert.Equal("ev-1", store.ReadEventLinks()["b#e1"]);
    }

    [Fact]
    public void AnUpdateRemovesEventsAndMovesTheirMentionsToTheEventThatNowHoldsThem()
    {
        using var store = DyadStore.Open(Some.TempDb());
        store.ApplyEventChanges([Event("ev-1", "2013-06", "a#e1"), Event("ev-2", "2013-06-17", "b#e1")], []);

        store.ApplyEventChanges([Event("ev-2", "2013-06-17", "b#e1", "a#e1")], ["ev-1"]);

        var read = Assert.Single(store.ReadEvents());
        Assert.Equal("ev-2", read.Id);
        Assert.Equal(["b#e1", "a#e1"], read.MentionIds);
        Assert.Equal((1L, 2L), store.CountEvents());
    }

    [Fact]
    public void EventsReadInDateOrderWithUndatedOnesLast()
    {
        using var store = DyadStore.Open(Some.TempDb());
        store.ApplyEventChanges([Event("ev-c", null, "c#e1"), Event("ev-b", "2013-03-01", "b#e1"), Event("ev-a", "2012-06-18", "a#e1")], []);

        Assert.Equal(["ev-a", "ev-b", "ev-c"], store.ReadEvents().Select(e => e.Id));
    }

    [Fact]
    public void AFullRelinkReplacesEveryStoredEvent()
    {
        using var store = DyadStore.Open(Some.TempDb());
        store.ApplyEventChanges([Event("ev-old", "2013", "a#e1")], []);

        store.ApplyEventChanges([Event("ev-new", "2013", "b#e1")], [], replaceAll: true);

        Assert.Equal(["ev-new"], store.ReadEvents().Select(e => e.Id));
        Assert.False(store.ReadEventLinks().ContainsKey("a#e1"));
    }

    [Fact]
    public void AFailedUpdateLeavesTheStoredEventsAsTheyWere()
    {
        using var store = DyadStore.Open(Some.TempDb());
        store.ApplyEventChanges([Event("ev-1", "2013", "a#e1")], []);

        // A null code violates NOT NULL half-way through the update, after the removal ran.
        var broken = Event("ev-2", "2013", "b#e1") with { Code = null! };
        Assert.ThrowsAny<Exception>(() => store.ApplyEventChanges([broken], ["ev-1"]));

        Assert.Equal(["ev-1"], store.ReadEvents().Select(e => e.Id));
    }

    [Fact]
    public void AStoreAtSchemaFourGainsEmptyEventTablesAndKeepsItsArticles()
    {
        var (path, _) = DyadStoreTests.StoreWithOneArticle();
        DyadStoreTests.Rewind(path, DyadStoreTests.DropEvents + "PRAGMA user_version = 4;");

        using var reopened = DyadStore.Open(path);
        Assert.Equal(DyadStore.LatestSchemaVersion, reopened.SchemaVersion);
        Assert.Equal((1L, 0L), reopened.CountArticles());
        Assert.Equal((0L, 0L), reopened.CountEvents());
        reopened.ApplyEventChanges([Event("ev-1", "2013", "a#e1")], []);
        Assert.Single(reopened.ReadEvents());
    }

    private static StoredEvent Event(string id, string? date, params string[] mentions) => new(
        id, "042", "04", "MEET", 1, 1.9, "CONSULT",
        new StoredActor("Barack Obama", "USAGOV", "USA", string.Empty), new StoredActor("Vladimir Putin", "RUSGOV", "RUS", string.Empty),
        "occurred", null, date, date is null ? "unknown" : date.Length == 10 ? "day" : "month", "Los Cabos", "MEX", ["SYRIA"],
        mentions.Length, mentions.Length, 1, "2012-06-18", "2012-06-19", 0.5, [], mentions);
}
