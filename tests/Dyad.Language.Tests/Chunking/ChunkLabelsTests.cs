using Dyad.Language.Chunking;

namespace Dyad.Language.Tests.Chunking;

public sealed class ChunkLabelsTests
{
    private static string Show(IReadOnlyList<Chunk> chunks) => string.Join(' ', chunks.Select(c => $"{c.Type}[{c.Start},{c.End})"));

    private static string Decode(string labels) => Show(ChunkLabels.Decode(labels.Split(' ')));

    [Fact]
    public void DecodesIob1WhereBOnlySeparatesAdjacentPhrasesOfOneType()
    {
        // "EU rejects German call ... it" as in CoNLL-2003: I- opens a phrase after O or another type.
        Assert.Equal("NP[0,1) VP[1,2) NP[2,4) NP[4,5) PP[5,6)", Decode("I-NP I-VP I-NP I-NP B-NP I-PP"));
    }

    [Fact]
    public void DecodesBioAndBilouToTheSamePhrases()
    {
        var bio = Decode("B-NP I-NP B-VP O B-NP B-NP I-NP");
        var bilou = Decode("B-NP L-NP U-VP O U-NP B-NP L-NP");

        Assert.Equal("NP[0,2) VP[2,3) NP[4,5) NP[5,7)", bio);
        Assert.Equal(bio, bilou);
    }

    [Fact]
    public void InsideLabelOfAnotherTypeStartsANewPhrase()
    {
        Assert.Equal("NP[0,2) VP[2,3) NP[3,4)", Decode("B-NP I-NP I-VP I-NP"));
    }

    [Fact]
    public void InsideOrLastLabelAfterAClosedPhraseStartsANewOne()
    {
        Assert.Equal("NP[0,1) NP[1,3) NP[3,4)", Decode("U-NP I-NP L-NP L-NP"));
    }

    [Fact]
    public void LastLabelWithoutABeginningIsStillAPhrase()
    {
        Assert.Equal("VP[1,2) NP[3,4)", Decode("O L-VP O E-NP"));
    }

    [Fact]
    public void UnreadableLabelsCountAsOutside()
    {
        Assert.Equal("NP[1,2) NP[4,5)", Decode("X I-NP Q- B- I-NP ?"));
        Assert.Empty(ChunkLabels.Decode(Array.Empty<string>()));
    }

    [Fact]
    public void RewritingAsBioOrBilouKeepsThePhrases()
    {
        string[] iob1 = ["I-NP", "I-NP", "B-NP", "I-VP", "O", "I-PP", "I-NP"];

        Assert.Equal(["B-NP", "I-NP", "B-NP", "B-VP", "O", "B-PP", "B-NP"], ChunkLabels.ToBio(iob1));
        Assert.Equal(["B-NP", "L-NP", "U-NP", "U-VP", "O", "U-PP", "U-NP"], ChunkLabels.ToBilou(iob1));
        Assert.Equal(Show(ChunkLabels.Decode(iob1)), Show(ChunkLabels.Decode(ChunkLabels.ToBilou(iob1))));
    }

    [Fact]
    public void IndexDecodingRejectsALabelOutsideTheTables()
    {
        ChunkPosition[] positions = [ChunkPosition.Outside, ChunkPosition.Begin];
        string[] types = ["", "NP"];

        Assert.Throws<ArgumentOutOfRangeException>(() => ChunkLabels.Decode([0, 1, 2], positions, types, new List<Chunk>()));
    }

    [Fact]
    public void AnyRandomLabelSequenceDecodesToOrderedPhrasesWithinTheSentence()
    {
        string[] vocabulary = ["O", "B-NP", "I-NP", "L-NP", "U-NP", "B-VP", "I-VP", "E-VP", "S-PP", "I-PP", "junk", ""];
        var random = new Random(17);
        for (var n = 0; n < 500; n++)
        {
            var labels = new string[random.Next(0, 20)];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = vocabulary[random.Next(vocabulary.Length)];
            }

            var previousEnd = 0;
            foreach (var chunk in ChunkLabels.Decode(labels))
            {
                Assert.True(chunk.Start >= previousEnd && chunk.End > chunk.Start && chunk.End <= labels.Length, string.Join(' ', labels));
                Assert.All(labels[chunk.Start..chunk.End], label => Assert.EndsWith(chunk.Type, label, StringComparison.Ordinal));
                previousEnd = chunk.End;
            }
        }
    }
}
