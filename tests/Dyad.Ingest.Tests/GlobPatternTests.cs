namespace Dyad.Ingest.Tests;

public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("data/**/*.jsonl", "data", "a.jsonl", true)]
    [InlineData("data/**/*.jsonl", "data", "x/y/a.jsonl", true)]
    [InlineData("data/**/*.jsonl", "data", "x/a.txt", false)]
    [InlineData("data/**/*.jsonl", "data", ".hidden/a.jsonl", false)]
    [InlineData("/abs/path/*.txt", "/abs/path", "note.txt", true)]
    [InlineData("*.txt", "", "dir/note.txt", false)]
    [InlineData("a?c/**", "", "abc/d/e", true)]
    [InlineData("**/2024-??-*/*.warc.gz", "", "crawl/2024-05-01/CC-NEWS.warc.gz", true)]
    public void MatchesRelativePathsUnderTheLiteralBase(string pattern, string baseDirectory, string relative, bool expected)
    {
        var glob = GlobPattern.Parse(pattern);

        Assert.Equal(baseDirectory, glob.BaseDirectory);
        Assert.Equal(expected, glob.IsMatch(relative));
    }

    [Theory]
    [InlineData("abc", "a*", true)]
    [InlineData("abc", "*c", true)]
    [InlineData("abc", "a*b*c", true)]
    [InlineData("abc", "a?d", false)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaab", "a*a*a*a*a*a*c", false)]
    [InlineData(".env", "*", false)]
    [InlineData(".env", ".*", true)]
    [InlineData("", "*", true)]
    public void MatchesSegmentsWithStarAndQuestionMark(string name, string pattern, bool expected) =>
        Assert.Equal(expected, GlobPattern.SegmentMatches(name, pattern));

    [Theory]
    [InlineData("data/*.txt", true)]
    [InlineData("a?.html", true)]
    [InlineData("data/plain.txt", false)]
    public void TellsPatternsFromPaths(string argument, bool expected) => Assert.Equal(expected, GlobPattern.IsPattern(argument));
}
