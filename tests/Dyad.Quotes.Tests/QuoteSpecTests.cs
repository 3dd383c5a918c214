using Dyad.Language.Pipeline;

namespace Dyad.Quotes.Tests;

/// <summary>Every example of testdata/specs/quotes.spec.md, through the language layer and the extractor.</summary>
public sealed class QuoteSpecTests
{
    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < QuoteSpecFile.Read().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void TheSpecCoversEveryRuleWithExamples()
    {
        var examples = QuoteSpecFile.Read();

        Assert.True(examples.Count >= 20, $"only {examples.Count} examples");
        Assert.Contains(examples, e => e.Expected.Any(q => q.Kind == QuoteKind.Transcript));
        Assert.Contains(examples, e => e.Expected.Any(q => q.Kind == QuoteKind.Mixed));
        Assert.Contains(examples, e => e.Expected.Count == 0);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleGivesTheExpectedQuotes(int index)
    {
        var example = QuoteSpecFile.Read()[index];

        var quotes = QuoteExtractor.Extract(LanguagePipeline.Default.Annotate(example.Text));

        var actual = string.Join("\n", quotes.Select(q => ExpectedQuote.From(q).ToString()));
        var expected = string.Join("\n", example.Expected.Select(q => q.ToString()));
        Assert.True(expected == actual, $"{example.Rule}\n{example.Text}\nexpected:\n{expected}\nactual:\n{actual}");
    }
}
