using System.Collections.Immutable;
using Dyad.Core;

namespace Dyad.Core.Tests;

public sealed class DocumentTests
{
    [Fact]
    public void IdIsTheSameForTheSameRawTextAndDiffersOtherwise()
    {
        var a = Make("Putin met Obama.");
        var b = Make("Putin met Obama.");
        var c = Make("Putin met Xi.");

        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, c.Id);
        Assert.Matches("^[0-9a-f]{16}$", a.Id.Value);
    }

    [Fact]
    public void MapThatDoesNotFitTheTextsIsRejected()
    {
        Assert.Throws<ArgumentException>(() =>
            Document.Create("n", "p", "abc", "ab", OffsetMap.Identity(3), ArticleMetadata.Empty, []));
    }

    [Fact]
    public void OverlappingParagraphsAreRejected()
    {
        Assert.Throws<ArgumentException>(() =>
            Document.Create("n", "p", "abcd", "abcd", OffsetMap.Identity(4), ArticleMetadata.Empty, [new TextSpan(0, 3), new TextSpan(2, 4)]));
    }

    [Fact]
    public void RawOfShowsASpanInTheOriginal()
    {
        const string raw = "Menu\nPutin met Obama.";
        var b = new MappedTextBuilder(raw);
        b.Copy(5, 16);
        var text = b.Build(out var map);
        var doc = Document.Create("n", "p", raw, text, map, ArticleMetadata.Empty, [new TextSpan(0, text.Length)]);

        Assert.Equal("Obama", doc.RawOf(new TextSpan(10, 15)));
    }

    private static Document Make(string raw) =>
        Document.Create("n", "p", raw, raw, OffsetMap.Identity(raw.Length), ArticleMetadata.Empty, ImmutableArray<TextSpan>.Empty);
}
