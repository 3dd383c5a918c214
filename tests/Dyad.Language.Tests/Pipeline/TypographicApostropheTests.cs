using Dyad.Language.Pipeline;

namespace Dyad.Language.Tests.Pipeline;

/// <summary>The taggers were trained on straight apostrophes; web text has typographic ones. Both read the same.</summary>
public sealed class TypographicApostropheTests
{
    [Theory]
    [InlineData("The U.S. and Russia aren't coordinating operations , nor is Moscow's envoy in O'Brien's office .")]
    [InlineData("He's lost that legitimacy by the actions he's taken , and we weren't going to wait .")]
    public void ATypographicApostropheTagsAndChunksLikeAStraightOne(string straight)
    {
        var curly = straight.Replace('\'', '\u2019');

        var a = LanguagePipeline.Default.Annotate(straight);
        var b = LanguagePipeline.Default.Annotate(curly);

        Assert.Equal(a.PartsOfSpeech.ToArray(), b.PartsOfSpeech.ToArray());
        Assert.Equal(a.Chunks.Select(c => (c.FirstToken, c.TokenCount, c.Type)), b.Chunks.Select(c => (c.FirstToken, c.TokenCount, c.Type)));
        Assert.Equal(a.Entities.Select(e => (e.FirstToken, e.TokenCount, e.Type)), b.Entities.Select(e => (e.FirstToken, e.TokenCount, e.Type)));
        Assert.All(b.Entities, e => Assert.Equal(curly[e.Span.Start..e.Span.End], e.Text));
    }
}
