using Dyad.Core;
using Dyad.Events.Clauses;
using Dyad.Events.Modality;
using Dyad.Language.Pipeline;
using Dyad.Testing;

namespace Dyad.Events.Tests.Modality;

public sealed class ModalityClassifierTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.Read("modality.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsModalityAsTheSpecSays(string rule, string input, string expected)
    {
        PartialDate? anchor = null;
        if (input.StartsWith('@'))
        {
            Assert.True(PartialDate.TryParse(input.AsSpan(1, 10), out var date), $"{rule}: bad date in '{input}'");
            anchor = date;
            input = input[12..];
        }

        var text = LanguagePipeline.Default.Annotate(input, anchor);
        var clauses = ClauseExtractor.Extract(text);
        var actual = string.Join(" ‖ ", clauses.Select((c, i) => Render(c, ModalityClassifier.Classify(text, clauses, i))));
        Assert.True(expected == actual, $"{rule}\n  expected: {expected}\n  actual:   {actual}");
    }

    [Fact]
    public void SpecFileHasExamples() => Assert.True(Cases.Count >= 15);

    [Fact]
    public void AClauseIndexOutsideTheListIsRefused()
    {
        var text = LanguagePipeline.Default.Annotate("Obama met Putin .");
        var clauses = ClauseExtractor.Extract(text);
        Assert.Throws<ArgumentOutOfRangeException>(() => ModalityClassifier.Classify(text, clauses, clauses.Length));
    }

    private static string Render(Clause clause, ModalityReading reading) =>
        $"{clause.Verb.Lemma}:{reading.Modality.ToString().ToLowerInvariant()}({reading.Cue})" +
        (reading.Claimant is null || reading.Modality == Dyad.Events.Modality.Modality.Occurred && reading.ReportingVerb is null ? "" : "<" + reading.Claimant.Text);
}
