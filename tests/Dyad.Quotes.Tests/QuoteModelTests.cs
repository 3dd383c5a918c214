using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Language.Pipeline;

namespace Dyad.Quotes.Tests;

public sealed class QuoteModelTests
{
    private const string Lambasted = "Republican leaders lambasted the proposal as a giveaway to donors.";

    private const string Derided = "Republican leaders derided the proposal as a giveaway to donors.";

    [Fact]
    public void TheEmbeddedModelLoadsWithTheFeatureSetThisBuildExtracts()
    {
        var model = QuoteModel.Default;

        Assert.Equal(QuoteModel.CurrentFeatureSet, model.FeatureSet);
        Assert.True(model.FeatureCount > 1000, $"{model.FeatureCount} features");
        Assert.True(model.SkipWordCount > 100, $"{model.SkipWordCount} words skipped");
        Assert.Contains((string[])["won", "met", "opened", "died", "took", "got"], w => !model.IsCueWord(w));
        Assert.True(model.IsCueWord("lambasted"));
    }

    [Fact]
    public void TheModelAddsAVerbOutsideTheCueTableThatTheRulesAloneLeave()
    {
        var annotated = LanguagePipeline.Default.Annotate(Derided);

        var learned = Assert.Single(QuoteExtractor.Extract(annotated));

        Assert.Empty(QuoteExtractor.ExtractWith(annotated, model: null));
        Assert.Equal("derided", learned.CueText);
        Assert.Equal("Republican leaders", learned.SpeakerText);
        Assert.Equal("the proposal as a giveaway to donors", learned.ContentText);
        Assert.Equal(QuoteAttribution.Belief, learned.Attribution);
    }

    [Fact]
    public void TheModelLeavesAVerbThatReportsNothing()
    {
        Assert.Empty(QuoteExtractor.Extract(LanguagePipeline.Default.Annotate("The senator signed the bill on Tuesday.")));
    }

    [Fact]
    public void ASavedModelReadsBackToTheSameBytes()
    {
        var first = Bytes(QuoteModel.Default);

        var again = Bytes(QuoteModel.Load(new MemoryStream(first)));

        Assert.Equal(first, again);
    }

    [Fact]
    public void AFileOfAnotherKindIsRefused()
    {
        Assert.Throws<InvalidDataException>(() => QuoteModel.Load(new MemoryStream("DYADPOS\0 not a quote model"u8.ToArray())));
    }

    [Fact]
    public void ATruncatedModelIsRefusedWithAClearError()
    {
        using var whole = new MemoryStream();
        QuoteModel.Default.Save(whole);
        var bytes = whole.ToArray();
        foreach (var length in new[] { 12, bytes.Length / 2, bytes.Length - 3 })
        {
            var error = Assert.Throws<InvalidDataException>(() => QuoteModel.Load(new MemoryStream(bytes[..length])));
            Assert.Contains("quote model", error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void TrainingIsDeterministicAndLearnsTheAttributionItWasShown()
    {
        var annotated = LanguagePipeline.Default.Annotate(Lambasted);
        int cue = Lambasted.IndexOf("lambasted", StringComparison.Ordinal), content = Lambasted.IndexOf("the proposal", StringComparison.Ordinal);
        QuoteTrainingArticle[] articles =
        [
            new(annotated, [new QuoteTrainingAttribution([new TextSpan(cue, cue + 9)], [new TextSpan(content, Lambasted.Length - 1)])]),
            new(LanguagePipeline.Default.Annotate("The senator signed the bill on Tuesday."), []),
        ];
        var options = new QuoteTrainingOptions { Iterations = 3 };

        var model = QuoteModelTrainer.Train(articles, options);

        Assert.Equal(Bytes(model), Bytes(QuoteModelTrainer.Train(articles, options)));
        Assert.Equal("lambasted", Assert.Single(QuoteExtractor.ExtractWith(annotated, model)).CueText);
    }

    private static byte[] Bytes(QuoteModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
