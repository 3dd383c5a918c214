using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Language.Pipeline;
using Dyad.Language.Tokens;
using Dyad.Testing;

namespace Dyad.Language.Tests.Pipeline;

public sealed class LanguagePipelineTests
{
    [Fact]
    public void TheDefaultPipelineProducesEveryLayerItsStagesDeclare()
    {
        var annotated = LanguagePipeline.Default.Annotate("The ministers met in Geneva on Tuesday. They agreed to meet again.");

        Assert.True(annotated.Has(LanguagePipeline.Default.Produces));
        Assert.Equal(2, annotated.Sentences.Length);
        Assert.Equal(annotated.Tokens.Length, annotated.PartsOfSpeech.Length);
        Assert.Equal("NNP", annotated.PartsOfSpeech[annotated.Words.IndexOf("Geneva")]);
    }

    [Fact]
    public void AStageWhoseRequirementsComeLaterIsRefusedWhenBuilt()
    {
        var builder = new LanguagePipelineBuilder().UsePartsOfSpeech().UseTokenizer().UseSentenceSplitter();

        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("'pos' requires", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UsingAStageTwiceKeepsOneStage()
    {
        var pipeline = new LanguagePipelineBuilder().UseTokenizer().UseTokenizer().UseSentenceSplitter().Build();

        Assert.Equal(["tokens", "sentences"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void TheAnchorDateTravelsWithTheText()
    {
        var anchor = PartialDate.FromDay(2013, 5, 24);

        Assert.Equal(anchor, LanguagePipeline.Default.Annotate("Talks resumed on Friday.", anchor).Anchor);
    }

    [Fact]
    public void WithPartOfSpeechTagsAnAgreedMeetingStillLooksAhead()
    {
        var annotated = LanguagePipeline.Default.Annotate(
            "The two leaders spoke on Friday and agreed to hold talks in Geneva on June 17.", PartialDate.FromDay(2013, 3, 3));

        Assert.Equal(["2013-03-01", "2013-06-17"], annotated.Timexes.Select(t => t.Value));
    }

    [Fact]
    public void LayersAreCheckedWhenAdded()
    {
        var text = AnnotatedText.Create("ab cd");
        var tokens = ImmutableArray.Create(new Token(new TextSpan(0, 2), TokenKind.Word), new Token(new TextSpan(1, 5), TokenKind.Word));

        Assert.Throws<ArgumentException>(() => text.WithTokens(tokens, ["ab", "cd"]));
        Assert.Throws<InvalidOperationException>(() => text.WithPartsOfSpeech(["NN"]));
    }

    [Fact]
    public void HostileTextGetsConsistentLayersAndNeverThrows()
    {
        Properties.ForAll(100, random =>
        {
            var text = Properties.HostileText(random);
            var annotated = LanguagePipeline.Default.Annotate(text);

            Assert.Equal(annotated.Tokens.Length, annotated.Words.Length);
            Assert.Equal(annotated.Tokens.Length, annotated.PartsOfSpeech.Length);
            Assert.Equal(annotated.Tokens.Length, annotated.Sentences.Sum(s => s.TokenCount));
            for (var i = 0; i < annotated.Tokens.Length; i++)
            {
                Assert.Equal(annotated.Tokens[i].Span.Slice(text).ToString(), annotated.Words[i]);
            }
        });
    }

    [Fact]
    public void TheEntityStageFindsWhatTheTaggerFindsSentenceBySentence()
    {
        // The stage hands the tagger the whole text's word and tag arrays cut into sentences; the public per-sentence
        // entry point must give the same mentions.
        Properties.ForAll(40, random =>
        {
            var text = Properties.HostileText(random) + " Barack Obama met Vladimir Putin in Moscow. The White House said so on Monday. " + Properties.HostileText(random);
            var annotated = LanguagePipeline.Default.Annotate(text);
            var sentences = annotated.Sentences;
            string[][] words = [.. sentences.Select(s => annotated.Words.Skip(s.FirstToken).Take(s.TokenCount).ToArray())];
            string[][] tags = [.. sentences.Select(s => annotated.PartsOfSpeech.Skip(s.FirstToken).Take(s.TokenCount).ToArray())];
            var expected = LanguageModels.Entities.TagDocument(words, tags)
                .Select(m => (sentences[m.Sentence].FirstToken + m.Start, m.End - m.Start, m.Type, m.Subtype));

            Assert.Equal(expected, annotated.Entities.Select(e => (e.FirstToken, e.TokenCount, e.Type, e.Subtype)));
            Assert.Contains(annotated.Entities, e => e.Type == "PER");
        });
    }
}
