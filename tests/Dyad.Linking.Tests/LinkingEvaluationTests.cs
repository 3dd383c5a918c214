using Dyad.Evaluation.Linking;

namespace Dyad.Linking.Tests;

/// <summary>The linking evaluation draws its samples from what the linker decided, the same way for the same seed.</summary>
public sealed class LinkingEvaluationTests
{
    private static readonly IReadOnlyList<LinkMention> Mentions = SyntheticMentions.Generate(3_000, seed: 5);
    private static readonly IReadOnlyList<LinkedEvent> Events = EventLinker.Link(Mentions);

    [Fact]
    public void CountsMentionsBeforeAndEventsAfterLinking()
    {
        var report = LinkingEvaluation.Run(Mentions, Events, pairs: 10, seed: 1);

        Assert.Equal(Mentions.Count, report.Mentions);
        Assert.Equal(Events.Count, report.Events);
        Assert.Equal(Events.Count(e => e.MentionCount > 1), report.MultiMentionEvents);
        Assert.Equal(Events.Count, report.EventsBySize.Values.Sum());
        Assert.True(report.PhoenixRecords <= report.Mentions);
    }

    [Fact]
    public void EverySampledMergeIsTwoDifferentMentionsOfOneEvent()
    {
        var report = LinkingEvaluation.Run(Mentions, Events, pairs: 25, seed: 2);
        var eventOf = EventOf();

        Assert.Equal(25, report.Merges.Count);
        Assert.All(report.Merges, p =>
        {
            Assert.True(p.Merged);
            Assert.NotEqual(p.A.Id, p.B.Id);
            Assert.Equal(eventOf[p.A.Id], eventOf[p.B.Id]);
        });
    }

    [Fact]
    public void EverySampledNonMergeIsTwoEventsOfOneBlockReportedWithinTwoWeeks()
    {
        var report = LinkingEvaluation.Run(Mentions, Events, pairs: 25, seed: 3);
        var eventOf = EventOf();
        var events = Events.ToDictionary(e => e.Id);

        Assert.NotEmpty(report.NonMerges);
        Assert.All(report.NonMerges, p =>
        {
            Assert.False(p.Merged);
            Assert.NotEqual(eventOf[p.A.Id], eventOf[p.B.Id]);
            Assert.Equal(EventLinker.BlockOf(p.A), EventLinker.BlockOf(p.B));
            var (a, b) = (events[p.EventA].FirstReported!.Value, events[p.EventB].FirstReported!.Value);
            Assert.InRange(Math.Abs(a.DayNumber - b.DayNumber), 0, LinkingEvaluation.NearDays);
        });
    }

    [Fact]
    public void TheSameSeedDrawsTheSamePairsAndAnotherSeedOthers()
    {
        var first = LinkingEvaluation.Run(Mentions, Events, pairs: 20, seed: 7);
        var again = LinkingEvaluation.Run(Mentions, Events, pairs: 20, seed: 7);
        var other = LinkingEvaluation.Run(Mentions, Events, pairs: 20, seed: 8);

        Assert.Equal(Keys(first), Keys(again));
        Assert.NotEqual(Keys(first), Keys(other));
    }

    [Fact]
    public void PrecisionCountsAMergeRightWhenJudgedOneEventAndANonMergeRightWhenJudgedTwo()
    {
        var report = LinkingEvaluation.Run(Mentions, Events, pairs: 4, seed: 9);
        var verdicts = new Dictionary<string, Verdict>
        {
            [report.Merges[0].Key] = new(SameEvent: true, "right merge"),
            [report.Merges[1].Key] = new(SameEvent: false, "wrong merge"),
            [report.NonMerges[0].Key] = new(SameEvent: false, "right non-merge"),
        };

        Assert.Equal((1, 2), LinkingReport.Precision(report.Merges, verdicts));
        Assert.Equal((1, 1), LinkingReport.Precision(report.NonMerges, verdicts));
        Assert.Contains("WRONG", report.ToMarkdown(m => m.Evidence, verdicts), StringComparison.Ordinal);
    }

    [Fact]
    public void AVerdictsFileWithAMalformedLineIsRejectedNamingTheLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# comment", "a#e1 b#e2\tyes\tsame summit", string.Empty, "a#e1 c#e3\tmaybe"]);

            var error = Assert.Throws<FormatException>(() => LinkingEvaluation.ReadVerdicts(path));
            Assert.Contains(path + ":4", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Dictionary<string, string> EventOf() =>
        Events.SelectMany(e => e.Mentions.Select(m => (m.Id, e.Id))).ToDictionary(x => x.Item1, x => x.Item2);

    private static string[] Keys(LinkingReport r) => [.. r.Merges.Select(p => p.Key), .. r.NonMerges.Select(p => p.Key)];
}
