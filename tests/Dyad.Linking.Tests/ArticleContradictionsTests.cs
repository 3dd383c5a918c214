using static Dyad.Linking.Tests.Reports;

namespace Dyad.Linking.Tests;

public sealed class ArticleContradictionsTests
{
    private static readonly LinkActor KremlinSide = new("Kremlin", "RUSGOV", "RUS", ActorKind.Group);
    private static readonly LinkActor Official = new("administration official", "USAGOV", "USA", ActorKind.Person);
    private static readonly LinkActor Syria = new("Syria", "SYR", "SYR", ActorKind.Group);

    private static LinkMention Claim(string id, string article = "a", string code = "062", LinkActor? claimant = null, LinkModality modality = LinkModality.Planned) =>
        Report(id, LinkDate.Unknown, code: code, source: Obama, target: Putin, modality: modality, claimant: claimant ?? KremlinSide, article: article);

    private static LinkMention Denial(string id, string article = "a", string code = "062", LinkActor? claimant = null, LinkActor? target = null) =>
        Report(id, LinkDate.Unknown, code: code, source: null, target: target ?? Russia, modality: LinkModality.Negated, claimant: claimant ?? Official, article: article) with { Source = null };

    [Fact]
    public void AClaimAndADenialOfTheSameKindOfEventInOneArticleContradictEvenWithASideMissing()
    {
        var pair = Assert.Single(ArticleContradictions.Find([Claim("c"), Denial("d")]));

        Assert.Equal(("c", "d"), (pair.ClaimedMentionId, pair.NegatedMentionId));
        Assert.Equal("claimed by Kremlin (RUS), negated by administration official (USA)", pair.Reason);
    }

    [Fact]
    public void TheSameSideClaimingAndDenyingIsNoContradiction()
    {
        Assert.Empty(ArticleContradictions.Find([Claim("c"), Denial("d", claimant: KremlinSide)]));
    }

    [Fact]
    public void DifferentArticlesOrDifferentKindsOfEventDoNotContradictHere()
    {
        Assert.Empty(ArticleContradictions.Find([Claim("c", article: "a"), Denial("d", article: "b")]));
        Assert.Empty(ArticleContradictions.Find([Claim("c", code: "062"), Denial("d", code: "173")]));
    }

    [Fact]
    public void ActorsOfOtherCountriesDoNotContradict()
    {
        Assert.Empty(ArticleContradictions.Find([Claim("c"), Denial("d", target: Syria)]));
    }

    [Fact]
    public void AnAssertionWithoutAClaimantIsTheArticlesOwnAndNotAClaim()
    {
        var unclaimed = Report("c", LinkDate.Unknown, code: "062", modality: LinkModality.Occurred, article: "a");

        Assert.Empty(ArticleContradictions.Find([unclaimed, Denial("d")]));
    }

    [Fact]
    public void PairsComeInTheSameOrderWhateverTheInputOrder()
    {
        LinkMention[] mentions = [Claim("c2"), Denial("d1"), Claim("c1", claimant: KremlinSide), Denial("d2")];

        Assert.Equal(
            ArticleContradictions.Find(mentions).Select(p => (p.ClaimedMentionId, p.NegatedMentionId)),
            ArticleContradictions.Find(mentions.Reverse()).Select(p => (p.ClaimedMentionId, p.NegatedMentionId)));
        Assert.Equal(4, ArticleContradictions.Find(mentions).Count);
    }
}
