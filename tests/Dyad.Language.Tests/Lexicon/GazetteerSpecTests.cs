using Dyad.Language.Lexicon;
using Dyad.Testing;

namespace Dyad.Language.Tests.Lexicon;

public sealed class GazetteerSpecTests
{
    public static TheoryData<string, string, string> Cases =>
        SpecFile.Read(Path.Combine(Repo.Root, "tests", "Dyad.Language.Tests", "Lexicon", "Specs", "gazetteer.md"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesAsTheSpecSays(string rule, string input, string expected)
    {
        var words = input.Split(' ');
        var matches = new List<GazetteerMatch>();
        LanguageModels.Gazetteer.Match(words, matches);

        var parts = new List<string>();
        var i = 0;
        foreach (var match in matches)
        {
            parts.AddRange(words[i..match.Start]);
            parts.Add($"[{string.Join(' ', words[match.Start..match.End])}]{{{match.Classes}}}");
            i = match.End;
        }

        parts.AddRange(words[i..]);
        var actual = string.Join(' ', parts);
        Assert.True(expected == actual, $"Rule: {rule}\nInput:    {input}\nExpected: {expected}\nActual:   {actual}");
    }

    [Fact]
    public void SpecFileHasExamples() => Assert.True(Cases.Count >= 10);
}
