using Dyad.Language.Tagging;

namespace Dyad.Language.Tests.Tagging;

public sealed class CoNllReaderTests
{
    [Fact]
    public void SplitsSentencesAtBlankLinesAndSkipsDocumentMarkers()
    {
        const string text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n\n";

        var sentences = CoNllReader.Read(new StringReader(text));

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["EU", "rejects"], sentences[0].Words);
        Assert.Equal(["NNP", "VBZ"], sentences[0].PartsOfSpeech);
        Assert.Equal(["I-NP", "I-VP"], sentences[0].Chunks);
        Assert.Equal(["I-ORG", "O"], sentences[0].Entities);
        Assert.Equal(["Peter"], sentences[1].Words);
    }

    [Fact]
    public void NamesTheLineOfAMalformedRow()
    {
        var error = Assert.Throws<InvalidDataException>(() => CoNllReader.Read(new StringReader("EU NNP I-NP I-ORG\nbroken NNP\n"), "sample"));

        Assert.Contains("sample, line 2", error.Message, StringComparison.Ordinal);
    }
}
