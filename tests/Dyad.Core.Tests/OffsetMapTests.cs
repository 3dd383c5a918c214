using Dyad.Core;
using Dyad.Testing;

namespace Dyad.Core.Tests;

public sealed class OffsetMapTests
{
    [Fact]
    public void IdentityMapsEveryOffsetToItself()
    {
        var map = OffsetMap.Identity(10);
        for (var i = 0; i <= 10; i++)
        {
            Assert.Equal(i, map.MapStart(i));
            Assert.Equal(i, map.MapEnd(i));
        }
    }

    [Fact]
    public void CopiedRunsMapOneToOneAndDroppedTextIsSkipped()
    {
        const string raw = "Menu\nPutin met Obama.\nFooter";
        var b = new MappedTextBuilder(raw);
        b.Copy(5, 16); // "Putin met Obama."
        var text = b.Build(out var map);

        Assert.Equal("Putin met Obama.", text);
        Assert.Equal(new TextSpan(11, 14), map.Map(new TextSpan(6, 9)));
        Assert.Equal("met", raw[map.Map(new TextSpan(6, 9)).Start..map.Map(new TextSpan(6, 9)).End]);
    }

    [Fact]
    public void ReplacedRunMapsToTheWholeSourceItCameFrom()
    {
        const string raw = "a\r\nb";
        var b = new MappedTextBuilder(raw);
        b.Copy(0, 1);
        b.Replace("\n", 1, 2);
        b.Copy(3, 1);
        var text = b.Build(out var map);

        Assert.Equal("a\nb", text);
        Assert.Equal(new TextSpan(1, 3), map.Map(new TextSpan(1, 2)));
        Assert.Equal(new TextSpan(0, 4), map.Map(new TextSpan(0, 3)));
    }

    [Fact]
    public void InsertedJoiningSpaceCoversNoSourceText()
    {
        const string raw = "Aide Yury Ushakov\n, and";
        var b = new MappedTextBuilder(raw);
        b.Copy(0, 17);
        b.Copy(18, 5);
        var text = b.Build(out var map);

        Assert.Equal("Aide Yury Ushakov, and", text);
        Assert.Equal(new TextSpan(18, 19), map.Map(new TextSpan(17, 18)));
        Assert.Equal("Ushakov", raw[map.Map(new TextSpan(10, 17)).Start..map.Map(new TextSpan(10, 17)).End]);
    }

    [Fact]
    public void ComposingTwoMapsEqualsMappingTwice()
    {
        Properties.ForAll(200, rng =>
        {
            var (source, middle, inner) = RandomDerivation(rng, Properties.HostileText(rng, 200));
            var (_, target, outer) = RandomDerivation(rng, middle);
            var composed = outer.Then(inner);

            Assert.Equal(target.Length, composed.TargetLength);
            Assert.Equal(source.Length, composed.SourceLength);
            var last = 0;
            for (var i = 0; i < target.Length; i++)
            {
                var mid = outer.MapStart(i);
                var expected = inner.MapStart(mid);
                if (IsOneToOneAt(outer, i) && mid < middle.Length && IsOneToOneAt(inner, mid))
                {
                    // Where both steps map offset for offset, so does their composition.
                    Assert.Equal(expected, composed.MapStart(i));
                }

                Assert.InRange(composed.MapStart(i), last, source.Length);
                last = composed.MapStart(i);
            }
        });
    }

    [Fact]
    public void MapIsMonotonicAndInBounds()
    {
        Properties.ForAll(300, rng =>
        {
            var (source, target, map) = RandomDerivation(rng, Properties.HostileText(rng));
            var last = 0;
            for (var i = 0; i <= target.Length; i++)
            {
                var start = map.MapStart(i);
                Assert.InRange(start, last, source.Length);
                Assert.InRange(map.MapEnd(i), 0, source.Length);
                last = start;
            }

            foreach (var seg in map.Segments)
            {
                // The derivation below only copies or rewrites to a different length, so 1:1 runs are copies.
                if (seg.IsOneToOne)
                {
                    Assert.Equal(source.Substring(seg.SourceStart, seg.SourceLength), target.Substring(seg.TargetStart, seg.TargetLength));
                }
            }
        });
    }

    [Fact]
    public void BytesRoundTripExactly()
    {
        Properties.ForAll(200, rng =>
        {
            var (_, _, map) = RandomDerivation(rng, Properties.HostileText(rng));
            Assert.Equal(map, OffsetMap.FromBytes(map.ToBytes()));
        });
    }

    [Fact]
    public void CorruptBytesAreRejectedWithFormatException()
    {
        Assert.Throws<FormatException>(() => OffsetMap.FromBytes([0x80]));
    }

    [Fact]
    public void OffsetsOutsideTheTextAreRejected()
    {
        var map = OffsetMap.Identity(3);
        Assert.Throws<ArgumentOutOfRangeException>(() => map.MapStart(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.MapEnd(-1));
    }

    private static bool IsOneToOneAt(OffsetMap map, int offset) =>
        map.Segments.Any(s => s.IsOneToOne && offset >= s.TargetStart && offset < s.TargetStart + s.TargetLength);

    /// <summary>Derives a text by randomly copying, dropping, replacing and inserting pieces of the source.</summary>
    private static (string Source, string Target, OffsetMap Map) RandomDerivation(Random rng, string source)
    {
        var b = new MappedTextBuilder(source);
        var pos = 0;
        while (pos < source.Length)
        {
            var len = Math.Min(source.Length - pos, rng.Next(1, 12));
            switch (rng.Next(4))
            {
                case 0:
                    b.Copy(pos, len);
                    break;
                case 1:
                    break; // dropped
                case 2:
                    var n = rng.Next(0, 4);
                    b.Replace(new string('x', n == len ? n + 1 : n), pos, len);
                    break;
                default:
                    b.Insert(" ", pos);
                    b.Copy(pos, len);
                    break;
            }

            pos += len;
        }

        var target = b.Build(out var map);
        return (source, target, map);
    }
}
