using System.Text.Json;
using Dyad.Cleaning.PlainText;
using Dyad.Core;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.PlainText;

/// <summary>AFP and Xinhua stories with their datelines put back in front, as a scraper would see them.</summary>
public sealed class WireSampleTests
{
    private static IEnumerable<(string Page, string Dateline, string Text)> Pages()
    {
        foreach (var line in File.ReadLines(Path.Combine(Repo.SharedData!, "te3-silver-wire-sample", "articles.jsonl")))
        {
            var doc = JsonDocument.Parse(line).RootElement;
            var dateline = doc.GetProperty("dateline").GetString() ?? string.Empty;
            var text = doc.GetProperty("text").GetString() ?? string.Empty;
            yield return (TextNormalizer.Normalize(dateline + " - " + text, out _), dateline, text);
        }
    }

    [SharedDataFact("te3-silver-wire-sample/articles.jsonl")]
    public void KeepsNearlyEveryCharacterOfWireStories()
    {
        var pages = Pages().Select(p => p.Page).ToList();
        var kept = Dyad.Evaluation.Throughput.CleaningThroughput.KeptFraction(pages, new PlainTextCleaner());
        Assert.True(kept >= 0.985, $"Kept {kept:P2}.");
    }

    [SharedDataFact("te3-silver-wire-sample/articles.jsonl")]
    public void ReadsTheDatelineOfMostWireStories()
    {
        var cleaner = new PlainTextCleaner();
        var total = 0;
        var read = 0;
        foreach (var (page, dateline, _) in Pages())
        {
            total++;
            var m = cleaner.Clean(page, ArticleHints.None).Metadata;
            if (m.Dateline is { } d)
            {
                // A story may carry a second dateline of its own in the first paragraph; only the given one counts.
                read += dateline.StartsWith(d.Value.Place!, StringComparison.Ordinal) ? 1 : 0;
                Assert.Equal(d.Evidence.Text, page[d.Evidence.Span!.Value.Start..d.Evidence.Span.Value.End]);
            }
        }

        // About fifty of the sample's datelines repeat their year ("ISTANBUL, Dec 1 , 2006, 2006 -"), which is not a
        // dateline form the reader accepts; three in four is the floor.
        Assert.True(read * 4 >= total * 3, $"Read {read} of {total} datelines.");
    }
}
