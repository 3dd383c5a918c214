namespace Dyad.Actors.Tests;

public sealed class ActorSpecTests
{
    public static TheoryData<string, string, string> Cases => ActorSpecFile.Read("actors.spec.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ResolvesMentionsAsTheSpecSays(string rule, string mention, string expected)
    {
        var at = mention.LastIndexOf(" @ ", StringComparison.Ordinal);
        var text = at < 0 ? mention : mention[..at];
        DateOnly? date = at < 0 ? null : DateOnly.ParseExact(mention[(at + 3)..].Trim(), "yyyy-MM-dd");

        var result = ActorKnowledgeBase.Default.ResolveMention(text, date);

        var actual = result is null ? "none" : Describe(result, expected);
        Assert.True(expected == actual, $"{rule}\n  mention:  {mention}\n  expected: {expected}\n  actual:   {actual}");
    }

    [Fact]
    public void SpecFileHasExamplesForEveryMethod()
    {
        var methods = new HashSet<string>();
        foreach (var row in Cases)
        {
            var expected = (string)row[2];
            var by = expected.IndexOf(" by ", StringComparison.Ordinal);
            if (by >= 0)
            {
                methods.Add(expected[(by + 4)..].Split(';')[0].Trim());
            }
        }

        Assert.True(Cases.Count >= 60, $"only {Cases.Count} examples");
        foreach (var method in Enum.GetNames<ResolutionMethod>())
        {
            Assert.Contains(method, methods);
        }
    }

    // Renders the result in the spec's form, giving only the keys the expectation names.
    private static string Describe(ActorResolution result, string expected)
    {
        var parts = new List<string> { $"{result.Code} by {result.Method}" };
        foreach (var part in expected.Split(';').Skip(1))
        {
            var key = part.Split(':')[0].Trim();
            parts.Add(key switch
            {
                "title" => $"title: {result.Title}",
                "name" => $"name: {result.Name}",
                _ => $"{key}: ?",
            });
        }

        return string.Join("; ", parts);
    }
}
