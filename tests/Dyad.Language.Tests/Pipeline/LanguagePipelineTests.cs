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
}
