using System.Text;
using Dyad.Cleaning;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.Normalization;

public sealed class TextNormalizerTests
{
    [Fact]
    public void CleanTextIsReturnedAsItIsWithAnIdentityMap()
    {
        const string raw = "Putin met Obama.\nThey talked.";
        var text = TextNormalizer.Normalize(raw, out var map);
        Assert.Same(raw, text);
        Assert.Equal(raw.Length, map.TargetLength);
    }

    [Fact]
    public void WindowsAndOldMacLineEndingsBecomeLineFeeds()
    {
        var text = TextNormalizer.Normalize("a\r\nb\rc\u2028d", out var map);
        Assert.Equal("a\nb\nc\nd", text);
        Assert.Equal(new Dyad.Core.TextSpan(4, 5), map.Map(new Dyad.Core.TextSpan(3, 4)));
    }

    [Fact]
    public void DecomposedAccentsAreComposedAndMapToBothSourceCharacters()
    {
        const string raw = "Cafe\u0301 society";
        var text = TextNormalizer.Normalize(raw, out var map);
        Assert.Equal("Caf\u00E9 society", text);
        Assert.Equal(new Dyad.Core.TextSpan(3, 5), map.Map(new Dyad.Core.TextSpan(3, 4)));
        Assert.Equal("society", raw[map.Map(new Dyad.Core.TextSpan(5, 12)).Start..map.Map(new Dyad.Core.TextSpan(5, 12)).End]);
    }

    [Fact]
    public void ControlCharactersAndByteOrderMarksAreDropped()
    {
        Assert.Equal("ab\tc", TextNormalizer.Normalize("\uFEFFa\0b\tc\u0007", out _));
    }

    [Fact]
    public void LoneSurrogatesBecomeReplacementCharacters()
    {
        Assert.Equal("a\uFFFDb", TextNormalizer.Normalize("a\uD800b", out _));
    }

    [Fact]
    public void ResultIsNfcIdempotentAndMapsInBounds()
    {
        Properties.ForAll(300, rng =>
        {
            var raw = Properties.HostileText(rng);
            var text = TextNormalizer.Normalize(raw, out var map);

            Assert.True(text.IsNormalized(NormalizationForm.FormC));
            Assert.DoesNotContain('\r', text);
            Assert.Equal(text, TextNormalizer.Normalize(text, out _));
            Assert.Equal(text.Length, map.TargetLength);
            var last = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                Assert.InRange(map.MapStart(i), last, raw.Length);
                last = map.MapStart(i);
            }
        });
    }
}
