using System.Diagnostics;
using Dyad.Testing;

namespace Dyad.Actors.Tests;

public sealed class HostileInputTests
{
    private static ActorKnowledgeBase Kb => ActorKnowledgeBase.Default;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",,,")]
    [InlineData("'''")]
    [InlineData("...")]
    [InlineData("-")]
    [InlineData("'s")]
    [InlineData("the")]
    [InlineData("of")]
    [InlineData("\0\u0007\uFEFF")]
    [InlineData("\uD800")]
    [InlineData("Заголовок")]
    [InlineData("مرحبا")]
    public void OddMentionsResolveToNothing(string text)
    {
        Assert.Null(Kb.ResolveMention(text, null));
        Assert.Null(Kb.ResolveMention(text, new DateOnly(2013, 1, 1)));
    }

    [Fact]
    public void NullMentionResolvesToNothing() => Assert.Null(Kb.ResolveMention(null!, null));

    [Fact]
    public void RandomHostileTextNeverThrows()
    {
        Properties.ForAll(300, random =>
        {
            var text = Properties.HostileText(random);
            var date = random.Next(2) == 0 ? (DateOnly?)null : new DateOnly(random.Next(1, 9999), 1, 1);
            var result = Kb.ResolveMention(text, date);
            if (result?.Evidence.Span is { } span)
            {
                Assert.True(span.End <= text.Length, "evidence span outside the text");
                Assert.Equal(result.Evidence.Text, text[span.Start..span.End]);
            }

            Kb.FindCountry(text);
            Kb.FindOrganisation(text);
            Kb.FindPeople(text);
            Kb.FindAgent(text);
            Kb.FindCountryByCapital(text);
        });
    }

    [Fact]
    public void AVeryLongTextIsNotAMentionAndReturnsAtOnce()
    {
        var text = string.Concat(Enumerable.Repeat("Russian President Vladimir Putin ", 40_000));
        var watch = Stopwatch.StartNew();

        Assert.Null(Kb.ResolveMention(text, null));
        Assert.Null(Kb.FindCountry(text));
        Assert.Empty(Kb.FindPeople(text));
        Assert.True(watch.ElapsedMilliseconds < 500, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void AVeryLongWordIsNoName()
    {
        var word = new string('x', 5000);

        Assert.Null(Kb.FindAgent(word));
        Assert.Null(Kb.ResolveMention("Russian " + new string('x', 300), null) is { Method: not ResolutionMethod.Country } r ? r : null);
    }

    [Fact]
    public void EvidenceSpansPointIntoTheMention()
    {
        const string text = "  the Syrian regime, ";
        var result = Kb.ResolveMention(text, null);

        Assert.NotNull(result);
        Assert.NotNull(result.Evidence.Span);
        var span = result.Evidence.Span.Value;
        Assert.Equal("Syrian regime", text[span.Start..span.End]);
        Assert.Equal("actors:CountryAgent", result.Evidence.Method);
    }
}
