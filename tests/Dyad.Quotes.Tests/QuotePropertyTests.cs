using System.Text;
using Dyad.Language.Pipeline;
using Dyad.Testing;

namespace Dyad.Quotes.Tests;

public sealed class QuotePropertyTests
{
    [Fact]
    public void ExtractNeverThrowsAndKeepsEverySpanInsideTheTextAndInOrder()
    {
        Properties.ForAll(300, random =>
        {
            var text = random.Next(3) == 0 ? QuotedText(random) : Properties.HostileText(random, 600);
            var annotated = LanguagePipeline.Default.Annotate(text);

            var quotes = QuoteExtractor.Extract(annotated);

            var previous = 0;
            foreach (var q in quotes)
            {
                Assert.True(q.Content.Start >= previous, $"quote at {q.Content} before {previous}");
                previous = q.Content.Start;
                Assert.True(q.Content.Length > 0 && q.Content.FitsIn(text.Length), $"content {q.Content} outside {text.Length}");
                Assert.Equal(text[q.Content.Start..q.Content.End], q.ContentText);
                Assert.NotEmpty(q.Parts);
                Assert.All(q.Parts, p => Assert.True(p.Start >= q.Content.Start && p.End <= q.Content.End));
                Assert.All(new[] { q.Cue, q.Speaker, q.ResolvedSpan }, s => Assert.True(s is null || s.Value.FitsIn(text.Length)));
                Assert.Equal(q.Cue is null, q.CueText is null);
                Assert.Equal(q.Speaker is null, q.SpeakerText is null);
                Assert.InRange(q.Confidence, 0.0, 1.0);
            }
        });
    }

    [Fact]
    public void ManyUnbalancedQuotationMarksStayLinear()
    {
        // 200,000 marks and words with no pairing: a quadratic pass would take minutes.
        var sb = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            sb.Append(i % 3 == 0 ? "“said he " : i % 3 == 1 ? "\" Putin: " : "” the\n\n");
        }

        var annotated = LanguagePipeline.Default.Annotate(sb.ToString());
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var quotes = QuoteExtractor.Extract(annotated);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.All(quotes, q => Assert.True(q.Content.FitsIn(annotated.Text.Length)));
    }

    [Fact]
    public void ManyAttributedQuotesAndPronounSpeakersStayLinear()
    {
        // 20,000 quotes and reported clauses by "he" with no name anywhere: every pass must stay linear.
        var sb = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append("“We will look at every option on the table,” he said. He said the talks had gone well, adding that more would follow.\n\n");
        }

        var annotated = LanguagePipeline.Default.Annotate(sb.ToString());
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var quotes = QuoteExtractor.Extract(annotated);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.True(quotes.Length >= 20_000, $"{quotes.Length} quotes");
    }

    /// <summary>News-like text with quotes, cues, labels and paragraph breaks in random order.</summary>
    private static string QuotedText(Random random)
    {
        string[] pieces =
        [
            "“We will win,” ", "\"", "” ", "“", "he said. ", "said Angela Merkel, ", "Emmanuel Macron said ", "that ",
            "the talks failed", ". ", "\n\n", "\n: ", "President Vladimir Putin: ", "according to officials", ", ",
            "the “reform” ", "told reporters ", "she added.", "'", "Thank you.", "\n",
        ];
        var sb = new StringBuilder();
        var count = random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            sb.Append(pieces[random.Next(pieces.Length)]);
        }

        return sb.ToString();
    }
}
