using Dyad.Events.Codebook;
using Dyad.Events.Coding;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Tests.Coding;

public sealed class PloverTypesTests
{
    [Theory]
    [InlineData("Erdogan met Rouhani in Ankara .", "CONSULT")]
    [InlineData("Modi and Abe agreed to hold a summit in Tokyo .", "AGREE")]
    [InlineData("The army will withdraw its troops from the border .", "CONCEDE")]
    [InlineData("Brussels will impose sanctions on Minsk .", "THREATEN")]
    [InlineData("Israel threatened to ban voting in the city .", "THREATEN")]
    [InlineData("The minister said Libya must release the prisoners .", "REQUEST")]
    [InlineData("Katsav refused to meet the king .", "REJECT")]
    [InlineData("The EU imposed sanctions on Russia .", "COERCE")]
    public void AnEventsPloverTypeFollowsItsCodeAndModality(string sentence, string expected)
    {
        var events = EventCoder.Default.Code(LanguagePipeline.Default.Annotate(sentence));
        var types = events.Select(e => PloverTypes.Of(e, CameoCodebook.Default)).ToList();
        Assert.True(types.Contains(expected), $"{sentence}: {string.Join(", ", events.Select(e => e.Code + "/" + e.Modality.Modality))} gave {string.Join(", ", types)}");
    }
}
