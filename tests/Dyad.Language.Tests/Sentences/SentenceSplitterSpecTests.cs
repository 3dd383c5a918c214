using Dyad.Language.Sentences;
using Dyad.Testing;

namespace Dyad.Language.Tests.Sentences;

public sealed class SentenceSplitterSpecTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.Read("sentences.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitsAsTheSpecSays(string rule, string input, string expected)
    {
        var sentences = SentenceSplitter.Split(input, out _);
        var actual = string.Join(" || ", sentences.Select(s => s.Span.Slice(input).ToString()));
        Assert.True(expected == actual, $"Rule: {rule}\nInput:    {input}\nExpected: {expected}\nActual:   {actual}");
    }

    [Fact]
    public void SpecFileHasExamples() => Assert.True(Cases.Count >= 12);
}
