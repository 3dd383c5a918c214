using static Dyad.Linking.Tests.Reports;

namespace Dyad.Linking.Tests;

public sealed class RepresentativeTests
{
    [Fact]
    public void AMeetingWithAPlaceIsCodedAsTheMeetingEvenWhenAConversationAtItIsReportedFirst()
    {
        var day = LinkDate.Day(2012, 6, 18);
        var e = Assert.Single(Link(
            Report("a", day, code: "041", article: "transcript", place: LosCabos),
            Report("b", day, code: "040", article: "transcript", place: LosCabos),
            Report("c", day, code: "040", article: "transcript")));

        Assert.Equal("040", e.Code);
    }

    [Fact]
    public void ACallWithoutAPlaceKeepsTheCallCodeItsDatedMentionGives()
    {
        var e = Assert.Single(Link(
            Report("a", LinkDate.Day(2013, 3, 1), code: "041", article: "summary"),
            Report("b", LinkDate.Day(2013, 3, 1), code: "040", article: "summary", articleDate: true),
            Report("c", LinkDate.Day(2013, 3, 1), code: "040", article: "summary", articleDate: true)));

        Assert.Equal("041", e.Code);
    }

    [Fact]
    public void AmongEquallyDatedMentionsTheCodeMostOfThemCarryWins()
    {
        var day = LinkDate.Day(2013, 6, 17);
        var e = Assert.Single(Link(
            Report("a", day, code: "043", article: "one"),
            Report("b", day, code: "040", article: "one"),
            Report("c", day, code: "040", article: "one")));

        Assert.Equal("040", e.Code);
    }
}
