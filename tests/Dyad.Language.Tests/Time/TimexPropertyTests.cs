using System.Text;
using Dyad.Core;
using Dyad.Language.Time;
using Dyad.Testing;

namespace Dyad.Language.Tests.Time;

public sealed class TimexPropertyTests
{
    private static readonly string[] TimeWords =
    [
        "Friday", "last", "next", "week", "year", "years", "ago", "the", "past", "two", "three-day", "May", "24", "2012", "03.03.2013",
        "23:15", "3", "p.m.", "this", "morning", "every", "annually", "early", "mid-", "September", "1990s", "recently", "now", "future",
        "a", "few", "of", "end", "quarter", "third", "fiscal", "1/2", "more", "than", "at", "least", "'s", "Christmas", "tonight", "-",
    ];

    [Fact]
    public void NeverThrowsAndKeepsSpansInBoundsOnHostileText()
        => Properties.ForAll(300, rng => AssertWellFormed(Properties.HostileText(rng), RandomAnchor(rng)));

    [Fact]
    public void NeverThrowsOnDenseStreamsOfTimeWords()
        => Properties.ForAll(300, rng =>
        {
            var sb = new StringBuilder();
            var n = rng.Next(0, 60);
            for (var i = 0; i < n; i++)
            {
                sb.Append(TimeWords[rng.Next(TimeWords.Length)]).Append(rng.Next(4) == 0 ? ". " : " ");
            }

            AssertWellFormed(sb.ToString(), RandomAnchor(rng));
        });

    [Fact]
    public void NeverThrowsOnNumbersWithColonsDotsDashesAndSlashes()
        => Properties.ForAll(300, rng =>
        {
            // "12:3", "1:", "03.3.", "2013-1-": short and cut-off clock times and dates.
            const string Alphabet = "0123456789:.-/";
            var sb = new StringBuilder();
            for (var word = rng.Next(1, 12); word > 0; word--)
            {
                for (var n = rng.Next(1, 10); n > 0; n--)
                {
                    sb.Append(Alphabet[rng.Next(n == 1 ? 10 : Alphabet.Length)]);
                }

                sb.Append(rng.Next(3) == 0 ? " p.m. " : " ");
            }

            AssertWellFormed(sb.ToString(), RandomAnchor(rng));
        });

    [Fact]
    public void HandlesAMegabyteWithoutSpaces()
    {
        var sb = new StringBuilder(1 << 20);
        while (sb.Length < 1 << 20)
        {
            sb.Append("Friday-2012-last.week");
        }

        AssertWellFormed(sb.ToString(), PartialDate.FromDay(2012, 6, 18));
    }

    [Fact]
    public void NeverThrowsOnTokensAndSentencesThatDoNotFitTheText()
        => Properties.ForAll(200, rng =>
        {
            var text = Properties.HostileText(rng, 200);
            var other = "Friday last week, on May 24, 2012, three years ago " + Properties.HostileText(rng, 200);
            var sentences = Dyad.Language.Sentences.SentenceSplitter.Split(other, out var tokens);
            var found = TimeExpressionTagger.Default.Tag(text, tokens, sentences, RandomAnchor(rng));
            Assert.All(found, t => Assert.True(t.Span.End <= text.Length && t.Span.Length > 0));
            var shuffled = sentences.Reverse().Select(s => s with { FirstToken = s.FirstToken + rng.Next(-3, 4) }).ToArray();
            TimeExpressionTagger.Default.Tag(other, tokens, shuffled, RandomAnchor(rng), ["NN", null!, "VBD"]);
        });

    private static PartialDate? RandomAnchor(Random rng) => rng.Next(6) switch
    {
        0 => null,
        1 => PartialDate.FromYear(rng.Next(1, 10000)),
        2 => PartialDate.FromMonth(rng.Next(1, 10000), rng.Next(1, 13)),
        3 => PartialDate.FromMonthDay(rng.Next(1, 13), rng.Next(1, 29)),
        4 => PartialDate.FromDay(rng.Next(0, 2) == 0 ? 1 : 9999, rng.Next(1, 13), rng.Next(1, 29)),
        _ => PartialDate.FromDay(rng.Next(1900, 2100), rng.Next(1, 13), rng.Next(1, 29)),
    };

    private static void AssertWellFormed(string text, PartialDate? anchor)
    {
        var found = TimeExpressionTagger.Default.Tag(text, anchor);
        var previousEnd = 0;
        foreach (var t in found)
        {
            Assert.True(t.Span.Start >= previousEnd, $"Overlapping or unsorted span {t.Span} after {previousEnd}.");
            Assert.True(t.Span.End <= text.Length && t.Span.Length > 0, $"Span {t.Span} out of bounds for length {text.Length}.");
            Assert.Equal(text[t.Span.Start..t.Span.End], t.Text);
            Assert.False(string.IsNullOrEmpty(t.Value));
            previousEnd = t.Span.End;
        }
    }
}
