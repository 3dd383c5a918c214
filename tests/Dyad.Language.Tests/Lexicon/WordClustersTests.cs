using Dyad.Language.Lexicon;

namespace Dyad.Language.Tests.Lexicon;

public sealed class WordClustersTests
{
    // Paths: cluster 0 = 0, cluster 1 = 10, cluster 2 = 11.
    private static WordClusters Small() => new(
        ["the", "Monday", "Tuesday", "government"],
        [0, 1, 1, 2],
        [0b0UL, 0b10UL, 0b11UL],
        [1, 2, 2]);

    [Fact]
    public void FindsTheExactFormFirst()
    {
        Assert.True(Small().TryGet("Monday", out var path, out var length));

        Assert.Equal("10", WordClusters.Format(path, length));
    }

    [Fact]
    public void FallsBackToTheLowerCasedForm()
    {
        Assert.True(Small().TryGet("The", out var path, out var length));

        Assert.Equal("0", WordClusters.Format(path, length));
        Assert.True(Small().TryGet("GOVERNMENT".AsSpan(), out _, out _));
    }

    [Fact]
    public void FallsBackToTheCapitalisedFormForWordsInCapitals()
    {
        Assert.True(Small().TryGet("TUESDAY", out var path, out var length));

        Assert.Equal("10", WordClusters.Format(path, length));
    }

    [Fact]
    public void UnknownWordsHaveNoPath()
    {
        var clusters = Small();

        Assert.False(clusters.TryGet("Wednesday", out var path, out var length));
        Assert.Equal((0UL, 0), (path, length));
        Assert.False(clusters.TryGet(string.Empty, out _, out _));
        Assert.False(clusters.TryGet((string)null!, out _, out _));
        Assert.False(clusters.TryGet(new string('x', 500), out _, out _));
    }

    [Fact]
    public void RepeatedLookupsOfManyWordsGiveTheSameAnswersAsTheFirst()
    {
        // Lookups are memoised per thread by string instance; thousands of distinct instances share the memo's slots,
        // so later answers must come from the right word, not from whatever else sits in its slot.
        var clusters = Small();
        var other = Small();
        var words = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            words.Add(new string((i % 4) switch { 0 => "Monday", 1 => "the", 2 => "Wednesday", _ => "GOVERNMENT" }));
        }

        var first = words.Select(w => (clusters.TryGet(w, out var p, out var l), p, l)).ToList();
        var fromOther = words.Select(w => (other.TryGet(w, out var p, out var l), p, l)).ToList();
        var again = words.Select(w => (clusters.TryGet(w, out var p, out var l), p, l)).ToList();

        Assert.Equal(first, again);
        Assert.Equal(first, fromOther);
        Assert.Equal((true, 0b10UL, 2), first[0]);
        Assert.Equal((false, 0UL, 0), first[2]);
        Assert.Equal((true, 0b11UL, 2), again[^1]);
    }

    [Fact]
    public void PrefixCutsAPathToItsFirstBranches()
    {
        Assert.Equal(0b1UL, WordClusters.Prefix(0b1011UL, 4, 1));
        Assert.Equal(0b101UL, WordClusters.Prefix(0b1011UL, 4, 3));
        Assert.Equal(0b1011UL, WordClusters.Prefix(0b1011UL, 4, 10));
        Assert.Equal(0UL, WordClusters.Prefix(0b1011UL, 4, 0));
        Assert.Equal("1011", WordClusters.Format(0b1011UL, 4));
    }

    [Fact]
    public void SaveThenLoadGivesTheSamePathsAndBytes()
    {
        var original = Small();
        using var first = new MemoryStream();
        original.Save(first);
        first.Position = 0;

        var loaded = WordClusters.Load(first);
        using var second = new MemoryStream();
        loaded.Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(original.Words, loaded.Words);
        foreach (var word in original.Words)
        {
            original.TryGet(word, out var p1, out var l1);
            loaded.TryGet(word, out var p2, out var l2);
            Assert.Equal((p1, l1), (p2, l2));
        }
    }

    [Fact]
    public void LoadRejectsAnotherFormatOrATruncatedFile()
    {
        using var saved = new MemoryStream();
        Small().Save(saved);
        var bytes = saved.ToArray();

        Assert.Throws<InvalidDataException>(() => WordClusters.Load(new MemoryStream("DYADGAZ\0\u0001\0\0\0"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => WordClusters.Load(new MemoryStream(bytes[..3])));
        Assert.ThrowsAny<InvalidDataException>(() => WordClusters.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
    }

    [Fact]
    public void ConstructorRejectsInconsistentInput()
    {
        Assert.Throws<ArgumentException>(() => new WordClusters(["a", "a"], [0, 0], [0UL], [1]));
        Assert.Throws<ArgumentException>(() => new WordClusters(["a"], [1], [0UL], [1]));
        Assert.Throws<ArgumentException>(() => new WordClusters(["a"], [0], [0b100UL], [2]));
        Assert.Throws<ArgumentException>(() => new WordClusters(["a"], [0], [0UL], [65]));
        Assert.Throws<ArgumentException>(() => new WordClusters(["a", "b"], [0], [0UL], [1]));
    }
}
