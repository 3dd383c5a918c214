using System.Text;
using Dyad.Cleaning.PlainText;
using Dyad.Core;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.PlainText;

public sealed class PlainTextCleanerPropertyTests
{
    private static readonly PlainTextCleaner Cleaner = new();

    private static readonly string[] Sentences =
    [
        "The two presidents met for two hours on Monday and agreed to resume arms control talks next month.",
        "Officials on both sides said the meeting had been frank but constructive, and that more work lay ahead.",
        "\u201CWe have always said it is an interest-based relationship,\u201D the adviser told reporters.",
        "Thank you, everybody.",
        "He said the talks would continue.",
        "The ministers will meet again in Geneva, where they hope to",
        "agree on a timetable for the next round of talks.",
        ", and the ambassador to the United Nations.",
        "GENEVA, May 24 (Wire Agency) - The foreign ministers arrived on Thursday for two days of talks on the ceasefire.",
        "Shr 28 cts vs 22 cts",
        "Prime Minister Ann Berg",
        ": Thank you very much, and welcome.",
        "The court held the publisher liable for the accuracy and completeness of the report, citing copyright law.",
    ];

    private static readonly string[] Furniture =
    [
        "Home", "World", "Log in or register", "Subscribe", "Share this article", "2 of 5", "Media ID: 4471", "Tags: diplomacy",
        "\u00A9 Agency / Jane Roe", "https://example.org/story.html", "contact (at) example.org", "June 18, 2012", "23:15",
        "Presidents Agree to Resume Arms Control Talks", "- Example World News", "Topics", "\u2013XYZ", "Read more:",
        "Disclaimer: all rights reserved.", "\u0417\u0430\u0433\u043E\u043B\u043E\u0432\u043E\u043A", "* * *", "",
    ];

    private static string Page(Random rng)
    {
        var sb = new StringBuilder();
        var lines = rng.Next(0, 30);
        for (var i = 0; i < lines; i++)
        {
            var pool = rng.Next(3) == 0 ? Furniture : Sentences;
            sb.Append(pool[rng.Next(pool.Length)]);
            sb.Append(rng.Next(4) switch { 0 => "\n\n", 1 => "\n   ", _ => "\n" });
        }

        return sb.ToString();
    }

    private static void AssertMapIsSound(string raw, CleanedText cleaned)
    {
        var map = cleaned.ToRaw;
        Assert.Equal(cleaned.Text.Length, map.TargetLength);
        Assert.Equal(raw.Length, map.SourceLength);
        var previous = 0;
        for (var i = 0; i <= cleaned.Text.Length; i++)
        {
            var s = map.MapStart(i);
            Assert.InRange(s, previous, raw.Length);
            previous = s;
        }

        foreach (var seg in map.Segments)
        {
            if (seg.IsOneToOne)
            {
                Assert.True(cleaned.Text.AsSpan(seg.TargetStart, seg.TargetLength).SequenceEqual(raw.AsSpan(seg.SourceStart, seg.SourceLength)),
                    $"Copied segment {seg} differs from the raw text.");
            }
        }

        foreach (var p in cleaned.Paragraphs)
        {
            Assert.True(p.FitsIn(cleaned.Text.Length));
            Assert.False(p.IsEmpty);
        }
    }

    private static void AssertEvidenceQuotesRaw(string raw, ArticleMetadata m)
    {
        foreach (var e in new[] { m.Title?.Evidence, m.Source?.Evidence, m.Author?.Evidence, m.Dateline?.Evidence, m.Published?.Evidence })
        {
            if (e?.Span is { } span)
            {
                Assert.True(span.FitsIn(raw.Length));
                Assert.Equal(e.Text, raw[span.Start..span.End]);
            }
        }
    }

    [Fact]
    public void OffsetMapIsMonotonicInBoundsAndCopiesRawCharactersOnGeneratedPages()
    {
        Properties.ForAll(300, rng =>
        {
            var raw = Page(rng);
            var cleaned = Cleaner.Clean(raw, ArticleHints.None);
            AssertMapIsSound(raw, cleaned);
            AssertEvidenceQuotesRaw(raw, cleaned.Metadata);
        });
    }

    [Fact]
    public void OffsetMapIsSoundOnHostileText()
    {
        Properties.ForAll(300, rng =>
        {
            var raw = TextNormalizer.Normalize(Properties.HostileText(rng, 2000), out _);
            var cleaned = Cleaner.Clean(raw, ArticleHints.None);
            AssertMapIsSound(raw, cleaned);
            AssertEvidenceQuotesRaw(raw, cleaned.Metadata);
        });
    }

    [Fact]
    public void NeverThrowsOnUnnormalisedHostileText()
    {
        Properties.ForAll(200, rng =>
        {
            var raw = Properties.HostileText(rng, 1000);
            AssertMapIsSound(raw, Cleaner.Clean(raw, ArticleHints.None));
            Assert.NotNull(Cleaner.Annotate(raw));
        });
    }

    [Fact]
    public void CleaningIsIdempotentOnGeneratedPages()
    {
        Properties.ForAll(1000, rng =>
        {
            var once = Cleaner.Clean(Page(rng), ArticleHints.None).Text;
            Assert.Equal(once, Cleaner.Clean(once, ArticleHints.None).Text);
        });
    }

    [Fact]
    public void CleaningIsIdempotentOnHostileText()
    {
        Properties.ForAll(300, rng =>
        {
            var once = Cleaner.Clean(TextNormalizer.Normalize(Properties.HostileText(rng, 1500), out _), ArticleHints.None).Text;
            Assert.Equal(once, Cleaner.Clean(once, ArticleHints.None).Text);
        });
    }

    [Fact]
    public void CleaningIsIdempotentOnTheSamples()
    {
        foreach (var file in Directory.GetFiles(Repo.Samples, "*.txt"))
        {
            var once = Cleaner.Clean(TextNormalizer.Normalize(File.ReadAllText(file), out _), ArticleHints.None).Text;
            Assert.Equal(once, Cleaner.Clean(once, ArticleHints.None).Text);
        }
    }

    [Fact]
    public void HandlesAMegabyteLineWithoutSpaces()
    {
        var raw = new string('x', 1 << 20);
        var cleaned = Cleaner.Clean(raw, ArticleHints.None);
        AssertMapIsSound(raw, cleaned);
        Assert.Equal(string.Empty, cleaned.Text);
    }

    [Fact]
    public void HandlesAMegabyteSentenceWithoutLineBreaks()
    {
        var raw = string.Concat(Enumerable.Repeat("The talks went on for hours and ended late at night. ", 20000));
        var cleaned = Cleaner.Clean(raw, ArticleHints.None);
        Assert.Equal(raw.Trim(), cleaned.Text);
    }

    [Fact]
    public void HandlesAHundredThousandShortLines()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append(i % 3 == 0 ? "Menu item\n" : i % 3 == 1 ? "He said so.\n" : "x\n");
        }

        var raw = sb.ToString();
        var cleaned = Cleaner.Clean(raw, ArticleHints.None);
        AssertMapIsSound(raw, cleaned);
    }

    [Fact]
    public void HandlesEmptyAndWhitespaceOnlyText()
    {
        foreach (var raw in new[] { string.Empty, " ", "\n", "\n\n\n", " \t \n \t" })
        {
            var cleaned = Cleaner.Clean(raw, ArticleHints.None);
            Assert.Equal(string.Empty, cleaned.Text);
            Assert.Empty(cleaned.Paragraphs);
            AssertMapIsSound(raw, cleaned);
        }
    }
}
