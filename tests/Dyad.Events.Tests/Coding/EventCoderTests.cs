using Dyad.Events.Coding;
using Dyad.Language.Pipeline;
using Dyad.Testing;

namespace Dyad.Events.Tests.Coding;

public sealed class EventCoderTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.Read("events.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void CodesEventsAsTheSpecSays(string rule, string sentence, string expected)
    {
        var events = EventCoder.Default.Code(LanguagePipeline.Default.Annotate(sentence));
        var actual = string.Join(" ‖ ", events.Select(e =>
            $"{e.Code} {e.Source?.Text ?? "_"} -> {e.Target?.Text ?? "_"} {e.Modality.Modality.ToString().ToLowerInvariant()}"));
        Assert.True(expected == actual, $"{rule}\n  expected: {expected}\n  actual:   {actual}");
    }

    [Fact]
    public void SpecFileHasExamples() => Assert.True(Cases.Count >= 12);

    [Fact]
    public void ShippedPatternsLoadWithoutDiagnosticsAndCoverEveryRootCategory()
    {
        var set = EventPatternSet.Default;
        Assert.Empty(set.Diagnostics);
        var roots = set.Patterns.Select(p => p.Code[..2]).ToHashSet();
        for (var root = 1; root <= 20; root++)
        {
            Assert.Contains(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture), roots);
        }
    }

    [Fact]
    public void BadPatternLinesBecomeDiagnosticsNamingTheLineAndTheRestLoads()
    {
        var text = "# comment\n040\tmeet\t*\tobj|with\n4x0\tmeet\t*\tobj\n040\tMeet\t*\tobj\n040\tmeet\n057\tsign\tagreement|deal\twith\n";
        var set = EventPatternSet.Load(new StringReader(text), "mine.tsv");
        Assert.Equal(["040", "057"], set.Patterns.Select(p => p.Code));
        Assert.Equal(["mine.tsv:3", "mine.tsv:4", "mine.tsv:5"], set.Diagnostics.Select(d => d.Location));
        Assert.Contains("CAMEO event code", set.Diagnostics[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EvidenceSpansLieInsideTheTextOnAnyInput()
    {
        Properties.ForAll(100, random =>
        {
            var text = Properties.HostileText(random, 300) + " The army attacked the town and met the envoys .";
            foreach (var e in EventCoder.Default.Code(LanguagePipeline.Default.Annotate(text)))
            {
                Assert.InRange(e.Evidence.Start, 0, e.Evidence.End);
                Assert.InRange(e.Evidence.End, e.Evidence.Start, text.Length);
            }
        });
    }
}
