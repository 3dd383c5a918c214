using Dyad.Linking.Sources;
using static Dyad.Linking.Tests.Reports;

namespace Dyad.Linking.Tests;

/// <summary>An event's sources side by side: outlets placed in countries, reports grouped by side, disagreements flagged.</summary>
public sealed class SideBySideTests
{
    private static readonly LinkActor KremlinSummary = new("Kremlin", "RUSGOV", "RUS", ActorKind.Group);
    private static readonly LinkActor UsOfficial = new("senior administration official", "USAGOV", "USA", ActorKind.Person);
    private static readonly LinkActor UnSpokesman = new("UN spokesman", "IGOUNO", null, ActorKind.Person);
    private static readonly LinkDate Sep29 = LinkDate.Day(2015, 9, 29);

    // One call reported by outlets of three countries: TASS relays the Kremlin's claim, Xinhua reports it as having
    // happened, AP quotes a US official denying it.
    private static LinkedEvent ThreeCountries() => Assert.Single(Link(
        Report("tass", Sep29, "062", Putin, Obama, outlet: "TASS", modality: LinkModality.Claimed, claimant: KremlinSummary),
        Report("xinhua", Sep29, "062", Putin, Obama, outlet: "english.news.cn"),
        Report("ap", Sep29, "062", Obama, Putin, outlet: "Associated Press", modality: LinkModality.Negated, claimant: UsOfficial)));

    [Fact]
    public void AnEventReportedByOutletsOfThreeCountriesIsGroupedIntoThreeSides()
    {
        var sources = SideBySide.Of(ThreeCountries());

        Assert.Equal(["CHN", "RUS", "USA"], sources.Sides.Select(s => s.Side).Order());
        Assert.Equal("CHN:occurred;RUS:claimed;USA:negated", sources.Summary);
        Assert.Equal(["CHN", "RUS", "USA"], sources.OutletCountries.ToArray());
        var china = Assert.Single(sources.Sides, s => s.Side == "CHN");
        Assert.Equal(["Xinhua News Agency"], china.Outlets.ToArray());
        Assert.Equal(SideBasis.Outlet, Assert.Single(sources.Reports, r => r.MentionId == "xinhua").Basis);
        Assert.Equal(SideBasis.Claimant, Assert.Single(sources.Reports, r => r.MentionId == "ap").Basis);
    }

    [Fact]
    public void TheSideThatDeniesWhatAnotherClaimsIsFlaggedThroughTheLinkersContradiction()
    {
        var linked = ThreeCountries();

        var sources = SideBySide.Of(linked);

        Assert.True(sources.SidesDisagree);
        Assert.Equal(linked.Contradictions.ToArray(), sources.Disagreements.ToArray());
        // Xinhua reports it as done and the US official denies it: China's side is contradicted too.
        Assert.Equal(["CHN", "RUS", "USA"], sources.Sides.Where(s => s.Contradicted).Select(s => s.Side).Order());
        Assert.Equal(["ap", "tass", "xinhua"], sources.Reports.Where(r => r.Contradicted).Select(r => r.MentionId).Order());
    }

    [Fact]
    public void SidesThatAllSayItHappenedDoNotDisagree()
    {
        var linked = Assert.Single(Link(
            Report("tass", Sep29, "062", Putin, Obama, outlet: "TASS"),
            Report("ap", Sep29, "062", Obama, Putin, outlet: "AP")));

        var sources = SideBySide.Of(linked);

        Assert.Equal("RUS:occurred;USA:occurred", sources.Summary);
        Assert.False(sources.SidesDisagree);
    }

    [Fact]
    public void AClaimAndADenialOnTheSameSideAreNoDisagreementBetweenSides()
    {
        var claim = Report("claim", Sep29, "062", outlet: "Pravda Weekly", modality: LinkModality.Claimed, claimant: KremlinSummary);
        var denial = Report("denial", Sep29, "062", outlet: "TASS", modality: LinkModality.Negated);

        var sources = SideBySide.Of([claim, denial], [new Contradiction("claim", "denial", "claimed by Kremlin (RUS), negated by TASS")], OutletTable.Default);

        Assert.Equal("RUS:claimed+negated", sources.Summary);
        Assert.False(sources.SidesDisagree);
    }

    [Fact]
    public void AnUnknownOutletTakesItsSideFromTheClaimantElseTheSideIsUnknown()
    {
        var quoted = Report("quoted", Sep29, outlet: "USPA News", modality: LinkModality.Claimed, claimant: KremlinSummary);
        var bare = Report("bare", Sep29, outlet: "USPA News");
        var stateless = Report("stateless", Sep29, outlet: null, modality: LinkModality.Claimed, claimant: UnSpokesman);

        var sources = SideBySide.Of([quoted, bare, stateless], [], OutletTable.Default);

        Assert.Equal(("RUS", SideBasis.Claimant), Pick(sources, "quoted"));
        Assert.Equal((SideBySide.Unknown, SideBasis.Unknown), Pick(sources, "bare"));
        Assert.Equal((SideBySide.Unknown, SideBasis.Unknown), Pick(sources, "stateless"));
        Assert.Null(sources.Reports[1].KnownOutlet);
        Assert.Equal(SideBySide.Unknown, sources.Sides[^1].Side);
        Assert.Empty(sources.OutletCountries);

        static (string, SideBasis) Pick(EventSources s, string id) => s.Reports.Where(r => r.MentionId == id).Select(r => (r.Side, r.Basis)).Single();
    }

    [Fact]
    public void ADenialKeptInAnotherEventIsBroughtInBesideTheClaimItContradicts()
    {
        var claim = Report("claim", Sep29, "062", Obama, Putin, outlet: "Asharq Al-awsat", modality: LinkModality.Planned, claimant: KremlinSummary, article: "a");
        var denial = Report("denial", Sep29, "062", null, Russia, outlet: "Asharq Al-awsat", modality: LinkModality.Negated, claimant: UsOfficial, article: "a");
        var pair = Assert.Single(ArticleContradictions.Find([claim, denial]));

        var sources = SideBySide.Of([claim], [pair], OutletTable.Default, counterReports: [denial]);

        Assert.Equal("RUS:planned;USA:negated", sources.Summary);
        Assert.True(sources.SidesDisagree);
        Assert.False(Assert.Single(sources.Reports, r => r.MentionId == "denial").InEvent);
        Assert.Equal("GBR", sources.Reports[0].OutletCountry);
    }

    [Fact]
    public void ASideWithMoreReportsComesFirstAndTellsTheEventByTheEventsOwnRule()
    {
        var sources = SideBySide.Of(
            [
                Report("a", Sep29, outlet: "Reuters", modality: LinkModality.Planned),
                Report("b", Sep29, outlet: "CNN", modality: LinkModality.Hypothetical),
                Report("c", Sep29, outlet: "Fox News", modality: LinkModality.Planned),
                Report("d", Sep29, outlet: "BBC"),
                Report("e", Sep29, outlet: "nytimes.com"),
            ],
            [],
            OutletTable.Default);

        var usa = sources.Sides[0];
        Assert.Equal(("USA", LinkModality.Occurred, 3), (usa.Side, usa.Modality, usa.Reports));
        Assert.Equal(["CNN", "Fox News", "The New York Times"], usa.Outlets.ToArray());
        Assert.Equal("USA:occurred+planned+hypothetical;GBR:occurred+planned", sources.Summary);
    }
}
