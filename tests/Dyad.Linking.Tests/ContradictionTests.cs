using static Dyad.Linking.Tests.Reports;

namespace Dyad.Linking.Tests;

/// <summary>Claims and reports of one side against denials of another, within one event.</summary>
public sealed class ContradictionTests
{
    private static readonly LinkActor KremlinSummary = new("Kremlin", "RUSGOV", "RUS", ActorKind.Group);
    private static readonly LinkActor AdministrationOfficial = new("senior Obama administration official", "USAGOV", "USA", ActorKind.Person);

    [Fact]
    public void AKremlinClaimAgainstAnAmericanDenialIsMarkedAsContradicting()
    {
        var call = Assert.Single(Link(
            Report("claim", LinkDate.Day(2015, 9, 29), "062", Putin, Obama, modality: LinkModality.Claimed, claimant: KremlinSummary, article: "asharq"),
            Report("denial", LinkDate.Day(2015, 9, 29), "062", Obama, Putin, modality: LinkModality.Negated, claimant: AdministrationOfficial, article: "asharq")));

        var contradiction = Assert.Single(call.Contradictions);
        Assert.Equal(("claim", "denial"), (contradiction.ClaimedMentionId, contradiction.NegatedMentionId));
        Assert.Equal("claimed by Kremlin (RUS), negated by senior Obama administration official (USA)", contradiction.Reason);
    }

    [Fact]
    public void AClaimAndADenialFromTheSameSideAreNoContradiction()
    {
        var call = Assert.Single(Link(
            Report("claim", LinkDate.Day(2015, 9, 29), "062", Putin, Obama, modality: LinkModality.Claimed, claimant: KremlinSummary),
            Report("denial", LinkDate.Day(2015, 9, 29), "062", Putin, Obama, modality: LinkModality.Negated, claimant: Lavrov)));

        Assert.Empty(call.Contradictions);
    }

    [Fact]
    public void AnOutletsReportThatItHappenedAgainstAnotherSidesDenialIsMarked()
    {
        var meeting = Assert.Single(Link(
            Report("reported", LinkDate.Day(2015, 9, 29), "040", outlet: "Reuters"),
            Report("denied", LinkDate.Day(2015, 9, 29), "040", modality: LinkModality.Negated, claimant: AdministrationOfficial)));

        var contradiction = Assert.Single(meeting.Contradictions);
        Assert.Equal("reported as done by Reuters (Reuters), negated by senior Obama administration official (USA)", contradiction.Reason);
    }

    [Fact]
    public void AnAnnouncementWithoutAClaimantContradictsNothing()
    {
        var meeting = Assert.Single(Link(
            Report("announced", LinkDate.Day(2015, 9, 29), "040", modality: LinkModality.Planned),
            Report("denied", LinkDate.Day(2015, 9, 29), "040", modality: LinkModality.Negated, claimant: AdministrationOfficial)));

        Assert.Empty(meeting.Contradictions);
    }

    [Fact]
    public void ManyReportsAgainstManyDenialsListOnePairPerPairOfSidesClaimsFirst()
    {
        var reports = Enumerable.Range(1, 6)
            .Select(i => Report($"reported-{i}", LinkDate.Day(2015, 9, 29), "040", outlet: "TASS", article: $"tass-{i}"))
            .Append(Report("claim", LinkDate.Day(2015, 9, 29), "040", modality: LinkModality.Claimed, claimant: KremlinSummary, outlet: "TASS"))
            .Concat(Enumerable.Range(1, 4).Select(i => Report($"denied-{i}", LinkDate.Day(2015, 9, 29), "040", modality: LinkModality.Negated, claimant: AdministrationOfficial, article: $"ap-{i}")));

        var meeting = Assert.Single(Link([.. reports]));

        Assert.Equal(
            [("claim", "denied-1"), ("reported-1", "denied-1")],
            meeting.Contradictions.Select(c => (c.ClaimedMentionId, c.NegatedMentionId)));
    }
}
