using Dyad.Core;
using Dyad.Storage;
using Dyad.Testing;

namespace Dyad.Storage.Tests;

public sealed class MetadataJsonTests
{
    [Fact]
    public void MetadataRoundTripsThroughJsonForRandomValuesAndEvidence()
    {
        Properties.ForAll(300, rng =>
        {
            var metadata = RandomMetadata(rng);
            Assert.Equal(metadata, MetadataJson.Read(MetadataJson.Write(metadata)));
        });
    }

    [Fact]
    public void EmptyMetadataRoundTrips()
    {
        Assert.Equal(ArticleMetadata.Empty, MetadataJson.Read(MetadataJson.Write(ArticleMetadata.Empty)));
    }

    [Fact]
    public void UnknownFieldsAreIgnoredSoOlderBuildsReadNewerRows()
    {
        var json = """{"title":{"value":"T","evidence":{"text":"T","method":"text:headline","start":0,"end":1,"inferred":false}},"sentiment":{"value":1}}""";
        Assert.Equal("T", MetadataJson.Read(json).Title!.Value);
    }

    private static ArticleMetadata RandomMetadata(Random rng)
    {
        Evidence Ev()
        {
            TextSpan? span = rng.Next(3) == 0 ? null : new TextSpan(rng.Next(0, 100), rng.Next(100, 200));
            return new Evidence(span, Properties.HostileText(rng, 40).Replace("\uD800", "", StringComparison.Ordinal).Replace("\uDC00", "", StringComparison.Ordinal),
                "method:" + rng.Next(10), rng.Next(2) == 0);
        }

        string Text() => Properties.HostileText(rng, 60).Replace("\uD800", "?", StringComparison.Ordinal).Replace("\uDC00", "?", StringComparison.Ordinal);

        PartialDate Date() => rng.Next(4) switch
        {
            0 => PartialDate.FromDay(rng.Next(1900, 2030), rng.Next(1, 13), rng.Next(1, 29)),
            1 => PartialDate.FromMonth(rng.Next(1900, 2030), rng.Next(1, 13)),
            2 => PartialDate.FromYear(rng.Next(1900, 2030)),
            _ => PartialDate.FromMonthDay(rng.Next(1, 13), rng.Next(1, 29)),
        };

        Attested<string>? S() => rng.Next(3) == 0 ? null : new Attested<string>(Text(), Ev());

        return new ArticleMetadata
        {
            Title = S(),
            Source = S(),
            Author = S(),
            Url = S(),
            Language = S(),
            Published = rng.Next(3) == 0 ? null : new Attested<PartialDate>(Date(), Ev()),
            Dateline = rng.Next(3) == 0 ? null : new Attested<Dateline>(
                new Dateline(rng.Next(2) == 0 ? null : Text(), rng.Next(2) == 0 ? null : Date(), Text()), Ev()),
        };
    }
}
