using Dyad.Dedup;

namespace Dyad.Storage.Tests;

public sealed class DuplicateDetectorTests
{
    [Fact]
    public void SmallEditKeepsSimHashWithinThreeBits()
    {
        var a = SimHash.Compute(Some.Story(0), out _);
        var b = SimHash.Compute(Some.Story(1), out _);
        Assert.InRange(SimHash.Distance(a, b), 0, 3);
    }

    [Fact]
    public void DifferentStoriesAreFarApart()
    {
        var a = SimHash.Compute(Some.Story(0), out _);
        var b = SimHash.Compute(
            "The central bank raised interest rates by half a point on Tuesday, citing inflation that has stayed above "
            + "its target for two years; markets had expected a smaller move and the currency rose sharply after the decision.", out _);
        Assert.True(SimHash.Distance(a, b) > 10, $"distance {SimHash.Distance(a, b)}");
    }

    [Fact]
    public void CaseAndPunctuationDoNotChangeTheFingerprint()
    {
        Assert.Equal(
            SimHash.Compute("Putin met Obama in Mexico on Monday", out _),
            SimHash.Compute("PUTIN met obama, in Mexico -- on Monday!", out _));
    }

    [Fact]
    public void ShortTextsAreOnlyEverExactDuplicates()
    {
        var index = new InMemoryFingerprintIndex();
        index.Add("a", Fingerprint.Of("Putin met Obama."));
        var detector = new DuplicateDetector(index);
        Assert.Equal(DuplicateKind.None, detector.Check(Fingerprint.Of("Putin met Obama!")).Kind);
        Assert.Equal(DuplicateKind.Exact, detector.Check(Fingerprint.Of("Putin  met\nObama.")).Kind);
    }

    [Fact]
    public void EmptyTextsAreNeverDuplicates()
    {
        var index = new InMemoryFingerprintIndex();
        index.Add("a", Fingerprint.Of(string.Empty));
        Assert.Equal(DuplicateKind.None, new DuplicateDetector(index).Check(Fingerprint.Of(string.Empty)).Kind);
    }

    [Fact]
    public void NearDuplicatePointsAtTheClosestFirstCopy()
    {
        var index = new InMemoryFingerprintIndex();
        index.Add("first", Fingerprint.Of(Some.Story(0)));
        var verdict = new DuplicateDetector(index).Check(Fingerprint.Of(Some.Story(1)));
        Assert.Equal(DuplicateKind.Near, verdict.Kind);
        Assert.Equal("first", verdict.Of);
    }

    [Fact]
    public void DistanceBeyondWhatBandsGuaranteeIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DuplicateDetector(new InMemoryFingerprintIndex(), new DuplicateOptions { MaxDistance = 4 }));
    }

    [Fact]
    public void ExactHashIgnoresWhiteSpaceLayoutOnly()
    {
        Assert.Equal(Fingerprint.ExactHashOf("a b\n\nc"), Fingerprint.ExactHashOf("  a   b c "));
        Assert.NotEqual(Fingerprint.ExactHashOf("a b c"), Fingerprint.ExactHashOf("a b c."));
    }
}
