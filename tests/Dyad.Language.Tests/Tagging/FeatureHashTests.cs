using Dyad.Language.Tagging;

namespace Dyad.Language.Tests.Tagging;

public sealed class FeatureHashTests
{
    [Fact]
    public void AddLowerHashesEveryCharacterAsItsInvariantLowerCase()
    {
        // The keys index trained models: the ASCII shortcut must agree with ToLowerInvariant on every character.
        const ulong start = 14695981039346656037UL;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var expected = FeatureHash.Add(start, [char.ToLowerInvariant(ch)]);
            Assert.True(expected == FeatureHash.AddLower(start, [ch]), $"U+{c:X4} hashes unlike its lower case");
        }

        Assert.Equal(FeatureHash.Add(start, "ab@`[z"), FeatureHash.AddLower(start, "AB@`[Z"));
        Assert.NotEqual(FeatureHash.AddLower(start, "@"), FeatureHash.AddLower(start, "`"));
    }
}
