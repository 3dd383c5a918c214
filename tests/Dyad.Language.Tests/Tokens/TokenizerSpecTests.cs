using Dyad.Language.Tokens;
using Dyad.Testing;

namespace Dyad.Language.Tests.Tokens;

public sealed class TokenizerSpecTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.Read("tokenizer.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void TokenizesAsTheSpecSays(string rule, string input, string expected)
    {
        var tokens = Tokenizer.Tokenize(input);
        var actual = string.Join(" | ", tokens.Select(t => t.Slice(input).ToString()));
        Assert.True(expected == actual, $"Rule: {rule}\nInput:    {input}\nExpected: {expected}\nActual:   {actual}");
    }

    [Fact]
    public void SpecFileHasExamples() => Assert.True(Cases.Count >= 15);
}
