using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Language.Pipeline;
using Dyad.Language.Sentences;
using Dyad.Language.Tokens;

namespace Dyad.Quotes.Tests;

public sealed class QuoteExtractorTests
{
    private static ImmutableArray<Quote> Extract(string text) => QuoteExtractor.Extract(LanguagePipeline.Default.Annotate(text));

    [Fact]
    public void AQuoteInterruptedByItsAttributionKeepsItsTwoPartsWithoutTheAttribution()
    {
        const string text = "“We are ready,” Justin Trudeau said. “The talks can start tomorrow morning.”";

        var quote = Assert.Single(Extract(text));

        Assert.Equal(2, quote.Parts.Length);
        Assert.Equal("“We are ready,”", quote.Parts[0].Slice(text).ToString());
        Assert.Equal("“The talks can start tomorrow morning.”", quote.Parts[1].Slice(text).ToString());
        Assert.Equal(quote.Content.Start, quote.Parts[0].Start);
        Assert.Equal(quote.Content.End, quote.Parts[1].End);
    }

    [Fact]
    public void AnUninterruptedQuoteHasOnePartEqualToItsContent()
    {
        var quote = Assert.Single(Extract("“We will not back down,” Emmanuel Macron said."));

        Assert.Equal(quote.Content, Assert.Single(quote.Parts));
    }

    [Fact]
    public void ALongQuoteWithNoCueAnywhereIsKeptUnattributed()
    {
        var quote = Assert.Single(Extract("The hall fell silent.\n\n“Nobody here expected the vote to go this way tonight.”\n\nThe count went on."));

        Assert.Null(quote.Speaker);
        Assert.Null(quote.ResolvedSpeaker);
        Assert.True(quote.Confidence < 0.5);
    }

    [Fact]
    public void ANamedSpeakerBesideItsCueIsMoreCertainThanACarriedOne()
    {
        var quotes = Extract("“The army will stay in its barracks tonight.”\n\n“Nobody should fear the soldiers,” Emmanuel Macron said.");

        Assert.Equal(2, quotes.Length);
        Assert.True(quotes[1].Confidence > quotes[0].Confidence);
    }

    [Fact]
    public void ASurnameResolvesToTheFullNameMentionedEarlier()
    {
        var quotes = Extract("Angela Merkel met the unions in Munich.\n\n“It was a useful meeting,” Merkel said.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Merkel", quote.SpeakerText);
        Assert.Equal("Angela Merkel", quote.ResolvedSpeaker);
        Assert.Equal("Angela Merkel", quote.ResolvedSpan!.Value.Slice("Angela Merkel met the unions in Munich.\n\n“It was a useful meeting,” Merkel said.").ToString());
    }

    [Fact]
    public void TheCueLemmaIsTheVerbsDictionaryForm()
    {
        var quote = Assert.Single(Extract("Justin Trudeau told reporters that the embassy would reopen next week."));

        Assert.Equal("told", quote.CueText);
        Assert.Equal("tell", quote.CueLemma);
    }

    [Fact]
    public void QuotesComeInTextOrder()
    {
        var quotes = Extract("Emmanuel Macron said the plan was ready.\n\n“We will sign it on Friday,” he added.\n\nAngela Merkel said the talks had gone well.");

        Assert.Equal(3, quotes.Length);
        Assert.True(quotes.Select(q => q.Content.Start).SequenceEqual(quotes.Select(q => q.Content.Start).Order()));
    }

    [Fact]
    public void AnEmptyTextHasNoQuotes() => Assert.Empty(Extract(string.Empty));

    [Fact]
    public void TokensAndSentencesAloneAreEnoughToFindDirectQuotes()
    {
        // No part-of-speech tags and no entities: the extractor still pairs the marks and reads the cue after them.
        const string text = "“We will win,” she said.";
        var tokens = ImmutableArray.Create(
            new Token(new TextSpan(0, 1), TokenKind.Quote),
            new Token(new TextSpan(1, 3), TokenKind.Word),
            new Token(new TextSpan(4, 8), TokenKind.Word),
            new Token(new TextSpan(9, 12), TokenKind.Word),
            new Token(new TextSpan(12, 13), TokenKind.Punctuation),
            new Token(new TextSpan(13, 14), TokenKind.Quote),
            new Token(new TextSpan(15, 18), TokenKind.Word),
            new Token(new TextSpan(19, 23), TokenKind.Word),
            new Token(new TextSpan(23, 24), TokenKind.Terminal));
        var words = tokens.Select(t => t.Slice(text).ToString()).ToImmutableArray();
        var annotated = AnnotatedText.Create(text).WithTokens(tokens, words).WithSentences([new Sentence(new TextSpan(0, 24), 0, 9)]);

        var quote = Assert.Single(QuoteExtractor.Extract(annotated));

        Assert.Equal("“We will win,”", quote.ContentText);
        Assert.Equal("said", quote.CueText);
    }

    [Fact]
    public void AnUnannotatedTextHasNoQuotes() => Assert.Empty(QuoteExtractor.Extract(AnnotatedText.Create("“We will win,” she said.")));

    [Fact]
    public void AnUnclosedQuoteEndsWithItsParagraph()
    {
        const string text = "“We will never accept this decision and we will fight it in every court, Emmanuel Macron said.\n\nThe court met on Monday.";

        var quote = Extract(text).First(q => q.ContentText.StartsWith('“'));

        Assert.DoesNotContain("\n", quote.ContentText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("said", "say")]
    [InlineData("says", "say")]
    [InlineData("saying", "say")]
    [InlineData("told", "tell")]
    [InlineData("Added", "add")]
    [InlineData("warned", "warn")]
    [InlineData("stressing", "stress")]
    [InlineData("emphasised", "emphasise")]
    [InlineData("wrote", "write")]
    [InlineData("noted", "note")]
    public void TheCueTableKnowsEveryInflection(string form, string lemma) => Assert.Equal(lemma, CueLexicon.LemmaOf(form));

    [Theory]
    [InlineData("believe")]
    [InlineData("thinks")]
    [InlineData("wants")]
    [InlineData("showed")]
    public void VerbsOfThinkingWantingOrFindingAreAttitudeCuesNotSpeech(string word)
    {
        Assert.True(CueLexicon.IsAttitudeVerb(word));
        Assert.False(CueLexicon.IsSpeechVerb(word));
    }

    [Theory]
    [InlineData("walked")]
    [InlineData("ate")]
    public void VerbsOfActionAreNoCues(string word) => Assert.Null(CueLexicon.LemmaOf(word));
}
