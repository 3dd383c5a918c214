using Dyad.Testing;
using static Dyad.Linking.Tests.Reports;

namespace Dyad.Linking.Tests;

/// <summary>Linking in batches: new mentions attach to known events, and the result never depends on order or batching.</summary>
public sealed class IncrementalLinkingTests
{
    [Fact]
    public void ANewReportAttachesToTheKnownEventAndOnlyThatEventIsReported()
    {
        var linker = new EventLinker();
        linker.Add([
            Report("meeting", LinkDate.Day(2012, 6, 18), published: Day(2012, 6, 18)),
            Report("accusation", LinkDate.Day(2012, 6, 18), "112", published: Day(2012, 6, 18))]);

        var update = linker.Add([Report("a-later-report", LinkDate.Month(2012, 6), published: Day(2012, 6, 30))]);

        var changed = Assert.Single(update.Changed);
        Assert.Equal(["meeting", "a-later-report"], MentionIds(changed));
        Assert.Equal(EventLinker.EventId("meeting"), changed.Id);
        Assert.Empty(update.Removed);
        Assert.Equal(changed.Id, linker.EventIdOf("meeting"));
    }

    [Fact]
    public void AReportBridgingTwoEventsMergesThemAndNamesTheIdThatIsGone()
    {
        var linker = new EventLinker();
        linker.Add([Report("b-monday", LinkDate.Day(2013, 5, 6)), Report("a-wednesday", LinkDate.Day(2013, 5, 8))]);

        var update = linker.Add([Report("c-tuesday", LinkDate.Day(2013, 5, 7))]);

        Assert.Equal(["a-wednesday", "b-monday", "c-tuesday"], MentionIds(Assert.Single(update.Changed)));
        Assert.Equal([EventLinker.EventId("b-monday")], update.Removed.ToArray());
    }

    [Fact]
    public void APlannedEventBecomesOccurredOnceTheMeetingIsReported()
    {
        var linker = new EventLinker();
        var planned = linker.Add([Report("announced", LinkDate.Month(2013, 6), modality: LinkModality.Planned)]);
        Assert.Equal(LinkModality.Planned, planned.Changed.Single().Modality);

        var held = linker.Add([Report("held", LinkDate.Day(2013, 6, 17))]);

        Assert.Equal(LinkModality.Occurred, held.Changed.Single().Modality);
        Assert.Equal(planned.Changed.Single().Id, held.Changed.Single().Id);
    }

    [Fact]
    public void AddingMentionsAlreadyLinkedChangesNothing()
    {
        var linker = new EventLinker();
        var mentions = new[] { Report("a", LinkDate.Day(2012, 6, 18)), Report("b", LinkDate.Day(2012, 6, 18)) };
        linker.Add(mentions);

        var again = linker.Add(mentions);

        Assert.Equal((0, 2), (again.Added, again.Skipped));
        Assert.Empty(again.Changed);
    }

    [Fact]
    public void AnyFeedingOrderAndAnyBatchingGiveTheSameEvents()
    {
        var mentions = SyntheticMentions.Generate(4000, seed: 11);
        var expected = Describe(EventLinker.Link(mentions));

        Properties.ForAll(8, random =>
        {
            var shuffled = mentions.ToArray();
            random.Shuffle(shuffled);
            var linker = new EventLinker();
            for (var start = 0; start < shuffled.Length;)
            {
                var size = Math.Min(random.Next(1, 1500), shuffled.Length - start);
                linker.Add(shuffled.AsSpan(start, size).ToArray());
                start += size;
            }

            Assert.Equal(expected, Describe(linker.Events()));
        });
    }

    [Fact]
    public void TheChangesReportedBatchByBatchAddUpToTheFinalEvents()
    {
        var mentions = SyntheticMentions.Generate(5000, seed: 5);

        Properties.ForAll(4, random =>
        {
            var linker = new EventLinker();
            var store = new Dictionary<string, LinkedEvent>(StringComparer.Ordinal);
            for (var start = 0; start < mentions.Count;)
            {
                var size = Math.Min(random.Next(1, 400), mentions.Count - start);
                var update = linker.Add(mentions.Skip(start).Take(size));
                start += size;
                foreach (var id in update.Removed)
                {
                    Assert.True(store.Remove(id), $"removed {id} was never reported");
                }

                foreach (var e in update.Changed)
                {
                    store[e.Id] = e;
                }
            }

            var events = linker.Events();
            Assert.Equal(Describe(events), Describe(store.Values.OrderBy(e => e.Id, StringComparer.Ordinal)));
            Assert.All(events, e => Assert.All(e.Mentions, m => Assert.Equal(e.Id, linker.EventIdOf(m.Id))));
        });
    }

    private static string[] Describe(IEnumerable<LinkedEvent> events) =>
        [.. events.Select(e => $"{e.Id} {e.Modality} {e.Date} {string.Join(',', e.Mentions.Select(m => m.Id))}")];
}
