using Dyad.Events.Coding;

namespace Dyad.Events.Tests.Coding;

public sealed class NominalPatternSetTests
{
    [Fact]
    public void ShippedNounPatternsLoadWithoutDiagnostics()
    {
        Assert.Empty(NominalPatternSet.Default.Diagnostics);
        Assert.True(NominalPatternSet.Default.Patterns.Length >= 15);
    }

    [Fact]
    public void TheLongestAlternativeWhoseWordsAllStandInThePhraseWins()
    {
        var set = NominalPatternSet.Default;
        Assert.Equal("041", set.Match("call", new HashSet<string> { "their", "phone", "call" })?.Code);
        Assert.Equal("073", set.Match("aid", new HashSet<string> { "humanitarian", "aid" })?.Code);
        Assert.Null(set.Match("aid", new HashSet<string> { "aid" }));
        Assert.Null(set.Match("weather", new HashSet<string> { "weather" }));
    }

    [Fact]
    public void BadLinesBecomeDiagnosticsAndTheRestLoads()
    {
        var set = NominalPatternSet.Load(new StringReader("040\tmeeting\tposs\twith\nx\tmeeting\tposs\twith\n040\tMeeting!\tposs\twith\n040\tmeeting\n"), "n.tsv");
        Assert.Single(set.Patterns);
        Assert.Equal(["n.tsv:2", "n.tsv:3", "n.tsv:4"], set.Diagnostics.Select(d => d.Location));
    }
}
