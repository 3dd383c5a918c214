using Dyad.Language.Entities;

namespace Dyad.Language.Tests.Entities;

public sealed class EntityLabelsTests
{
    [Fact]
    public void Iob1SurvivesARoundTripThroughBilou()
    {
        // CoNLL-2003 style: B- only where two entities of one type touch.
        string[] iob1 = ["I-ORG", "O", "I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-MISC", "I-MISC", "B-MISC"];

        var bilou = EntityLabels.IobToBilou(iob1);
        var back = EntityLabels.ToIob1(EntityLabels.FromBilou(bilou), bilou.Length);

        Assert.Equal(["U-ORG", "O", "B-PER", "L-PER", "U-PER", "O", "U-LOC", "B-MISC", "L-MISC", "U-MISC"], bilou);
        Assert.Equal(iob1, back);
    }

    [Fact]
    public void ReadsIob2BeginningsAsNewEntities()
    {
        var spans = EntityLabels.FromIob(["B-PER", "I-PER", "B-PER", "O", "B-LOC"]);

        Assert.Equal([new EntitySpan(0, 2, "PER"), new EntitySpan(2, 3, "PER"), new EntitySpan(4, 5, "LOC")], spans);
    }

    [Theory]
    [InlineData("O I-PER L-PER O", "1-3 PER")] // inside with nothing open starts an entity
    [InlineData("L-ORG O", "0-1 ORG")] // a lone last is a one-word entity
    [InlineData("B-PER B-PER L-PER", "0-1 PER; 1-3 PER")] // begin while open closes the open one
    [InlineData("B-PER I-LOC L-LOC", "0-1 PER; 1-3 LOC")] // type change closes and restarts
    [InlineData("B-MISC I-MISC", "0-2 MISC")] // left open at the sentence end
    [InlineData("B-ORG O U-LOC", "0-1 ORG; 2-3 LOC")] // left open before O
    [InlineData("U-PER I-PER", "0-1 PER; 1-2 PER")] // nothing continues a unit
    [InlineData("X-PER - I- O", "")] // malformed labels are outside
    public void DecodingRepairsInvalidSequences(string labels, string expected)
    {
        var spans = EntityLabels.FromBilou(labels.Split(' '));

        Assert.Equal(expected, string.Join("; ", spans.Select(s => $"{s.Start}-{s.End} {s.Type}")));
    }

    [Fact]
    public void RejectsOverlappingSpans()
    {
        Assert.Throws<ArgumentException>(() => EntityLabels.ToBilou([new EntitySpan(0, 2, "PER"), new EntitySpan(1, 3, "ORG")], 3));
        Assert.Throws<ArgumentException>(() => EntityLabels.ToIob1([new EntitySpan(2, 4, "PER")], 3));
    }
}
