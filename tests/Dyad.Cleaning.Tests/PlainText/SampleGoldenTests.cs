using Dyad.Cleaning.PlainText;
using Dyad.Core;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.PlainText;

/// <summary>The five sample articles, cleaned without the preparer (normalise, then clean), against reviewed golden files.</summary>
public sealed class SampleGoldenTests
{
    private static readonly PlainTextCleaner Cleaner = new();

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repo.Samples, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void CleanTextMatchesGolden(string name)
    {
        var (_, cleaned) = Clean(name);
        Golden.Verify(Path.Combine(Repo.TestData, "golden", name + ".clean.txt"), cleaned.Text + "\n");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void MetadataMatchesGolden(string name)
    {
        var (_, cleaned) = Clean(name);
        Golden.Verify(Path.Combine(Repo.TestData, "golden", name + ".meta.json"), MetadataJson.Write(cleaned.Metadata));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EvidenceSpansQuoteTheRawText(string name)
    {
        var (raw, cleaned) = Clean(name);
        var m = cleaned.Metadata;
        foreach (var e in new[] { m.Title?.Evidence, m.Source?.Evidence, m.Author?.Evidence, m.Dateline?.Evidence, m.Published?.Evidence })
        {
            if (e?.Span is { } span)
            {
                Assert.Equal(e.Text, raw[span.Start..span.End]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryParagraphIsCopiedFromTheRawText(string name)
    {
        var (raw, cleaned) = Clean(name);
        Assert.NotEmpty(cleaned.Paragraphs);
        foreach (var p in cleaned.Paragraphs)
        {
            var back = cleaned.ToRaw.Map(p);
            Assert.Equal(cleaned.Text[p.Start], raw[back.Start]);
            Assert.Equal(cleaned.Text[p.End - 1], raw[back.End - 1]);
        }
    }

    [Fact]
    public void AgencyPageKeepsEveryLineButTheSignature()
    {
        var (raw, cleaned) = Clean("000_c68bf4345ab70349");
        var lines = raw.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(lines[..^1], cleaned.Text.Split("\n\n"));
        Assert.Equal("PTI", cleaned.Metadata.Source?.Value);
        Assert.Null(cleaned.Metadata.Published);
    }

    [Fact]
    public void TranscriptPageRunsFromTheLeadToTheClosingThanksWithLinkBreaksRejoined()
    {
        var (_, cleaned) = Clean("001_61d24ba88863823d");
        Assert.StartsWith("Vladimir Putin had talks with Barack Obama.\n\n", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n\nThank you, everybody.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Foreign Minister Sergei Lavrov, Presidential Aide Yury Ushakov, and Russian Ambassador", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nPresident of The United States of America Barack Obama: Thank you very much, Mr President.\n\n", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("President of Russia Vladimir Putin: Mr President", cleaned.Text, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Events", "2 of 5", "Topics", "1 more", "Publication", "Text version", "* * *", "Los Cabos\n" })
        {
            Assert.DoesNotContain(furniture, cleaned.Text, StringComparison.Ordinal);
        }

        Assert.Equal("Meeting with President of the United States of America Barack Obama", cleaned.Metadata.Title?.Value);
        Assert.Equal("2012-06-18", cleaned.Metadata.Published?.Value.ToString());
        Assert.Equal("Publication date: June 18, 2012, 23:15", cleaned.Metadata.Published?.Evidence.Text);
    }

    [Fact]
    public void ArchivePageSplitsTheTitleLineIntoHeadlineAndSite()
    {
        var (_, cleaned) = Clean("002_cc39000ba7115282");
        Assert.StartsWith("Washington-U.S. President Obama spoke on Wednesday", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("Lute said.", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kevin Lamarque", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Media ID", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("|", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal("Obama, Putin did not Reach Cooperation Agreement on Syria", cleaned.Metadata.Title?.Value);
        Assert.Equal("Asharq Al-awsat", cleaned.Metadata.Source?.Value);
    }

    [Fact]
    public void WirePageDropsTheImprintAndReadsTheDottedDate()
    {
        var (_, cleaned) = Clean("003_3c0780f787e20235");
        Assert.Equal(2, cleaned.Paragraphs.Length);
        Assert.StartsWith("USPA News - Russian President Vladimir Putin", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("liability", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal("USPA News", cleaned.Metadata.Source?.Value);
        Assert.Equal("2013-03-03", cleaned.Metadata.Published?.Value.ToString());
        Assert.Equal("Putin, Obama task top diplomats to seek new Syria initiatives", cleaned.Metadata.Title?.Value);
    }

    [Fact]
    public void NewsSitePageDropsTheTeaserAndKeepsTheDatelineDatePartial()
    {
        var (_, cleaned) = Clean("004_e7aabe6b07c08349");
        Assert.StartsWith("BOCHAROV RUCHEI, May 24 (RIA Novosti) - Presidents", cleaned.Text, StringComparison.Ordinal);
        Assert.Single(AllIndexes(cleaned.Text, "will meet at a G8 summit in June"));
        foreach (var furniture in new[] { "Subscribe", "Sputnik", "Newsfeed", "log in", "Chats", "\u0417", "mediabank", "Stay tuned" })
        {
            Assert.DoesNotContain(furniture, cleaned.Text, StringComparison.Ordinal);
        }

        var m = cleaned.Metadata;
        Assert.Equal("RIA Novosti", m.Source?.Value);
        Assert.Equal("BOCHAROV RUCHEI", m.Dateline?.Value.Place);
        Assert.Equal(DatePrecision.MonthDay, m.Published?.Value.Precision);
        Assert.Equal("--05-24", m.Published?.Value.ToString());
        Assert.Equal("Putin, Obama to Meet in June, September - Kremlin", m.Title?.Value);
    }

    [Fact]
    public void OutletIsFoundForTheFourPagesThatNameOne()
    {
        var withSource = Directory.GetFiles(Repo.Samples, "*.txt")
            .Count(f => Clean(Path.GetFileNameWithoutExtension(f)).Cleaned.Metadata.Source is not null);
        Assert.Equal(4, withSource);
    }

    private static List<int> AllIndexes(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }

    private static (string Raw, CleanedText Cleaned) Clean(string name)
    {
        var raw = TextNormalizer.Normalize(File.ReadAllText(Path.Combine(Repo.Samples, name + ".txt")), out _);
        return (raw, Cleaner.Clean(raw, ArticleHints.None));
    }
}
