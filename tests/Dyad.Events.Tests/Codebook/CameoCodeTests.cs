using Dyad.Events.Codebook;

namespace Dyad.Events.Tests.Codebook;

public sealed class CameoCodeTests
{
    [Theory]
    [InlineData("04", "04", null, 4)]
    [InlineData("042", "04", "04", 4)]
    [InlineData("0874", "08", "087", 8)]
    [InlineData(" 190 ", "19", "19", 19)]
    [InlineData("20", "20", null, 20)]
    public void ParsesRootAndParent(string text, string root, string? parent, int rootNumber)
    {
        var code = CameoCode.Parse(text);
        Assert.Equal(text.Trim(), code.Value);
        Assert.Equal(root, code.Root.Value);
        Assert.Equal(parent, code.Parent?.Value);
        Assert.Equal(rootNumber, code.RootNumber);
        Assert.Equal(parent is null, code.IsRoot);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("00")]
    [InlineData("21")]
    [InlineData("99")]
    [InlineData("04a")]
    [InlineData("04211")]
    [InlineData("RUSGOV")]
    [InlineData("---")]
    public void RejectsWhatIsNotAnEventCode(string text)
    {
        Assert.False(CameoCode.TryParse(text, out var code));
        Assert.True(code.IsEmpty);
        Assert.Throws<FormatException>(() => CameoCode.Parse(text));
    }

    [Fact]
    public void RejectsNull() => Assert.False(CameoCode.TryParse((string?)null, out _));

    [Fact]
    public void EqualsByDigitsKeepingLeadingZeros()
    {
        Assert.Equal(CameoCode.Parse("042"), CameoCode.Parse(" 042"));
        Assert.NotEqual(CameoCode.Parse("042"), CameoCode.Parse("0420"));
        Assert.True(CameoCode.Parse("04") < CameoCode.Parse("040"));
        Assert.True(CameoCode.Parse("0874").IsWithin(CameoCode.Parse("08")));
        Assert.False(CameoCode.Parse("0874").IsWithin(CameoCode.Parse("04")));
    }

    [Theory]
    [InlineData("01", QuadClass.VerbalCooperation)]
    [InlineData("057", QuadClass.VerbalCooperation)]
    [InlineData("06", QuadClass.MaterialCooperation)]
    [InlineData("0874", QuadClass.MaterialCooperation)]
    [InlineData("09", QuadClass.VerbalConflict)]
    [InlineData("138", QuadClass.VerbalConflict)]
    [InlineData("14", QuadClass.MaterialConflict)]
    [InlineData("204", QuadClass.MaterialConflict)]
    public void QuadClassFollowsTheRoot(string code, QuadClass expected) => Assert.Equal(expected, CameoCode.Parse(code).QuadClass);

    [Fact]
    public void DefaultValueHasNoQuadClass() => Assert.Throws<InvalidOperationException>(() => default(CameoCode).QuadClass);
}
