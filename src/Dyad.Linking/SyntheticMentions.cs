using System.Collections.Immutable;
using System.Globalization;

namespace Dyad.Linking;

/// <summary>
/// Realistic synthetic mentions for benchmarks and property tests: true events between Zipf-distributed country
/// pairs, each reported a few times by Zipf-distributed outlets in different words (persons, governments, countries;
/// related codes), at different date granularities and modalities; one article in twenty has no publication date, and
/// one in five mentions its event a second time without a date.
/// </summary>
public static class SyntheticMentions
{
    private static readonly string[] Codes =
    [
        "040", "040", "040", "041", "042", "043", "044", "046", "036", "010", "012", "020", "051", "057", "061",
        "111", "112", "112", "120", "130", "138", "160", "173", "190", "193",
    ];

    private static readonly string[] Issues = ["NUCLEAR", "TRADE", "SECURITY", "SYRIA", "ENERGY", "SANCTIONS"];

    /// <summary>Generates <paramref name="count"/> mentions from <paramref name="seed"/>; the same arguments give the same list.</summary>
    public static IReadOnlyList<LinkMention> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        const int Countries = 200;
        const int Outlets = 60;
        var pairs = new Zipf(Countries, 1.1);
        var outlets = new Zipf(Outlets, 1.0);
        var mentions = new List<LinkMention>(count);
        var start = new DateOnly(2010, 1, 1).DayNumber;
        var article = 0;
        while (mentions.Count < count)
        {
            var a = pairs.Next(random);
            var b = pairs.Next(random);
            if (a == b)
            {
                b = (b + 1) % Countries;
            }

            var code = Codes[random.Next(Codes.Length)];
            var day = DateOnly.FromDayNumber(start + random.Next(6 * 365));
            var place = random.Next(3) == 0 ? new LinkPlace("City" + a.ToString(CultureInfo.InvariantCulture), Country(a)) : null;
            var issues = random.Next(2) == 0 ? ImmutableArray.Create(Issues[random.Next(Issues.Length)]) : [];
            var reports = 1 + (int)Math.Min(40, -Math.Log(1 - random.NextDouble()) * 3);
            for (var r = 0; r < reports && mentions.Count < count; r++)
            {
                var outlet = "outlet" + outlets.Next(random).ToString(CultureInfo.InvariantCulture);
                var planned = random.Next(10) == 0;
                var published = planned ? day.AddDays(-1 - random.Next(30)) : day.AddDays(random.Next(3));
                var modality = planned ? LinkModality.Planned
                    : random.Next(20) switch { 0 => LinkModality.Claimed, 1 => LinkModality.Negated, _ => LinkModality.Occurred };
                var (date, fromArticle) = random.Next(20) switch
                {
                    < 11 => (LinkDate.Day(day), false),
                    < 15 => (LinkDate.Day(published), true),
                    < 17 => (LinkDate.Month(day.Year, day.Month), false),
                    17 => (LinkDate.Year(day.Year), false),
                    _ => (LinkDate.Unknown, false),
                };
                var id = (article++).ToString("x8", CultureInfo.InvariantCulture);
                DateOnly? stamp = random.Next(20) == 0 ? null : published;
                if (stamp is null && fromArticle)
                {
                    (date, fromArticle) = (LinkDate.Unknown, false);
                }

                var report = new LinkMention(
                    id + "#e1",
                    id,
                    outlet,
                    stamp,
                    code,
                    code[0] == '0' ? 1 : 3,
                    Actor(a, random),
                    Actor(b, random),
                    modality,
                    null,
                    date,
                    fromArticle,
                    random.Next(2) == 0 ? place : null,
                    random.Next(2) == 0 ? issues : [],
                    "synthetic");
                mentions.Add(report);
                if (random.Next(5) == 0 && mentions.Count < count)
                {
                    // The article mentions the event again further on, without a date of its own.
                    var swap = CameoFamilies.IsSymmetric(CameoFamilies.FamilyOf(code));
                    mentions.Add(report with
                    {
                        Id = id + "#e2",
                        Date = LinkDate.Unknown,
                        DateIsArticleDate = false,
                        Source = Actor(swap ? b : a, random),
                        Target = Actor(swap ? a : b, random),
                    });
                }
            }
        }

        return mentions;
    }

    private static string Country(int i) => "C" + i.ToString("D2", CultureInfo.InvariantCulture);

    private static LinkActor Actor(int country, Random random)
    {
        var c = Country(country);
        return random.Next(20) switch
        {
            < 12 => new LinkActor("Leader of " + c, c + "GOV", c, ActorKind.Person),
            < 17 => new LinkActor("Government of " + c, c + "GOV", c, ActorKind.Group),
            _ => new LinkActor(c, c, c, ActorKind.Group),
        };
    }

    /// <summary>Draws 0..n-1 with probability proportional to 1/(k+1)^s.</summary>
    private sealed class Zipf
    {
        private readonly double[] _cumulative;

        public Zipf(int n, double s)
        {
            _cumulative = new double[n];
            var sum = 0.0;
            for (var k = 0; k < n; k++)
            {
                sum += 1.0 / Math.Pow(k + 1, s);
                _cumulative[k] = sum;
            }

            for (var k = 0; k < n; k++)
            {
                _cumulative[k] /= sum;
            }
        }

        public int Next(Random random)
        {
            var i = Array.BinarySearch(_cumulative, random.NextDouble());
            return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
        }
    }
}
