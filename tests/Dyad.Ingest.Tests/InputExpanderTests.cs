namespace Dyad.Ingest.Tests;

public sealed class InputExpanderTests
{
    [Fact]
    public void WalksFolderRecursivelyInOrdinalOrderSkippingHiddenAndNonInputFiles()
    {
        using var dir = new TempFolder();
        dir.File("b.txt", "b");
        dir.File("a/z.html", "z");
        dir.File("a/B.jsonl", "{}");
        dir.File("a/deep/x.warc.gz", "x");
        dir.File("a/notes", "n");
        dir.File("a/LICENSE", "MIT");
        dir.File(".git/config.txt", "hidden");
        dir.File(".hidden.txt", "hidden");
        dir.File("a/report.pdf", "%PDF");
        dir.File("a/data.csv.gz", "c");

        var set = InputExpander.Expand([dir.Path]);

        Assert.Equal(
            ["a/B.jsonl", "a/deep/x.warc.gz", "a/notes", "a/z.html", "b.txt"],
            set.Files.Select(f => Path.GetRelativePath(dir.Path, f.Path)));
        Assert.Equal(["a/LICENSE", "a/data.csv.gz", "a/report.pdf"], set.Skipped.Select(p => Path.GetRelativePath(dir.Path, p)).Order(StringComparer.Ordinal));
        Assert.Empty(set.Failures);
    }

    [Fact]
    public void ExpandsDoubleStarGlobAcrossFolders()
    {
        using var dir = new TempFolder();
        dir.File("data/top.jsonl", "{}");
        dir.File("data/2024/05/day.jsonl", "{}");
        dir.File("data/2024/05/day.txt", "t");
        dir.File("data/.cache/skip.jsonl", "{}");

        var set = InputExpander.Expand([dir.Path + "/data/**/*.jsonl"]);

        Assert.Equal(["data/2024/05/day.jsonl", "data/top.jsonl"], set.Files.Select(f => Path.GetRelativePath(dir.Path, f.Path)));
    }

    [Fact]
    public void ExpandsSingleStarAndQuestionMarkWithinOneFolder()
    {
        using var dir = new TempFolder();
        dir.File("in/a1.txt", "1");
        dir.File("in/a22.txt", "2");
        dir.File("in/sub/a3.txt", "3");

        var star = InputExpander.Expand([dir.Path + "/in/a*.txt"]);
        var question = InputExpander.Expand([dir.Path + "/in/a?.txt"]);

        Assert.Equal(["a1.txt", "a22.txt"], star.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(["a1.txt"], question.Files.Select(f => Path.GetFileName(f.Path)));
    }

    [Fact]
    public void ListsAFileNamedTwiceOnce()
    {
        using var dir = new TempFolder();
        var a = dir.File("a.txt", "a");
        dir.File("b.txt", "b");

        var set = InputExpander.Expand([a, dir.Path, dir.Path + "/./a.txt", dir.Path + "/*.txt"]);

        Assert.Equal([a, Path.Combine(dir.Path, "b.txt")], set.Files.Select(f => f.Path));
        Assert.Equal(1, set.Files[0].Length);
    }

    [Fact]
    public void TakesExplicitFileWhateverItsExtension()
    {
        using var dir = new TempFolder();
        var odd = dir.File("scrape.dat", "text");

        Assert.Equal(odd, Assert.Single(InputExpander.Expand([odd]).Files).Path);
    }

    [Fact]
    public void ReportsGlobMatchingNothingAndEmptyFolder()
    {
        using var dir = new TempFolder();
        var empty = Directory.CreateDirectory(Path.Combine(dir.Path, "empty")).FullName;
        var pattern = dir.Path + "/none/**/*.jsonl";

        var set = InputExpander.Expand([pattern, empty]);

        Assert.Empty(set.Files);
        Assert.Equal(
            [new Dyad.Core.IngestFailure(pattern, "no files match this pattern"), new Dyad.Core.IngestFailure(empty, "no input files in this folder")],
            set.Failures);
    }

    [Fact]
    public void WalksAFolderLinkedIntoItselfOnce()
    {
        using var dir = new TempFolder();
        dir.File("root/a.txt", "a");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "root", "loop"), Path.Combine(dir.Path, "root"));

        var set = InputExpander.Expand([Path.Combine(dir.Path, "root")]);

        Assert.Equal(["a.txt"], set.Files.Select(f => Path.GetFileName(f.Path)));
    }
}
