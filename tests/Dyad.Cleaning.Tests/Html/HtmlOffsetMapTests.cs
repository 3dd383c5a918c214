using System.Text;
using Dyad.Cleaning;
using Dyad.Cleaning.Html;
using Dyad.Core;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.Html;

public sealed class HtmlOffsetMapTests
{
    private static readonly HtmlExtractor Extractor = new();

    private static readonly string[] Words =
    [
        "council", "harbour", "vote", "said", "on", "Tuesday", "the", "budget", "and", "a", "report", "minister", "talks",
        "caf\u00E9", "\u00FCber", "2021", "12,000", "\u201Cquoted\u201D", "it's",
    ];

    private static readonly string[] References = ["&amp;", "&nbsp;", "&#233;", "&#x2014;", "&lt;", "&quot;", "&eacute;", "&copy"];

    [Fact]
    public void MapsExtractedTextBackToRawHtml()
    {
        Properties.ForAll(300, rng =>
        {
            var html = RandomPage(rng);
            var result = Extractor.Clean(html, ArticleHints.None);
            AssertMapIsFaithful(html, result);
        });
    }

    [Fact]
    public void MapsWordsAndReferencesOfTheFixtureToWhereTheyStand()
    {
        var html = TextNormalizer.Normalize(File.ReadAllText(Path.Combine(Repo.TestData, "html", "article-with-furniture.html")), out _);
        var result = Extractor.Clean(html, ArticleHints.None);
        AssertMapIsFaithful(html, result);

        var word = result.Text.IndexOf("dredging costs", StringComparison.Ordinal);
        Assert.True(word >= 0);
        var raw = result.ToRaw.Map(new TextSpan(word, word + "dredging costs".Length));
        Assert.Equal("dredging costs", html.Substring(raw.Start, raw.Length));

        var cafe = result.Text.IndexOf("caf\u00E9", StringComparison.Ordinal);
        var accent = result.ToRaw.Map(new TextSpan(cafe + 3, cafe + 4));
        Assert.Equal("&eacute;", html.Substring(accent.Start, accent.Length));

        // The collapsed line break inside the paragraph maps to the whole whitespace run it stands for.
        var noise = result.Text.IndexOf("noise from", StringComparison.Ordinal) + "noise".Length;
        var run = result.ToRaw.Map(new TextSpan(noise, noise + 1));
        Assert.Equal("   ", html.Substring(run.Start, run.Length));
    }

    private static void AssertMapIsFaithful(string html, CleanedText result)
    {
        var map = result.ToRaw;
        Assert.Equal(result.Text.Length, map.TargetLength);
        Assert.Equal(html.Length, map.SourceLength);
        var previousSource = 0;
        var target = 0;
        foreach (var segment in map.Segments)
        {
            Assert.Equal(target, segment.TargetStart);
            Assert.True(segment.SourceStart >= previousSource, $"Segment {segment} goes back before {previousSource}.");
            Assert.True(segment.SourceStart + segment.SourceLength <= html.Length, $"Segment {segment} runs past the input.");
            if (segment.IsOneToOne)
            {
                var copied = result.Text.AsSpan(segment.TargetStart, segment.TargetLength);
                var source = html.AsSpan(segment.SourceStart, segment.SourceLength);
                Assert.True(copied.SequenceEqual(source), $"Copy segment {segment}: '{copied}' != '{source}'.");
            }

            previousSource = segment.SourceStart;
            target += segment.TargetLength;
        }

        Document.CheckLayer(result.Paragraphs, result.Text.Length, "paragraphs");
    }

    private static string RandomPage(Random rng)
    {
        var sb = new StringBuilder("<html><head><title>T</title></head><body>");
        var blocks = rng.Next(1, 12);
        for (var b = 0; b < blocks; b++)
        {
            var tag = rng.Next(8) switch
            {
                0 => "div",
                1 => "li",
                2 => "h2",
                3 => "blockquote",
                4 => "td",
                _ => "p",
            };
            sb.Append('<').Append(tag).Append(rng.Next(4) == 0 ? " class=\"body\" title=\"the vote\"" : string.Empty).Append('>');
            var pieces = rng.Next(3, 40);
            for (var i = 0; i < pieces; i++)
            {
                switch (rng.Next(12))
                {
                    case 0:
                        sb.Append(References[rng.Next(References.Length)]);
                        break;
                    case 1:
                        sb.Append("<a href=\"/x\">").Append(Words[rng.Next(Words.Length)]).Append("</a>");
                        break;
                    case 2:
                        sb.Append("<b>").Append(Words[rng.Next(Words.Length)]).Append("</b>");
                        break;
                    case 3:
                        sb.Append(rng.Next(4) switch { 0 => "\n   ", 1 => "\n", 2 => "\t", _ => "<br>" });
                        break;
                    case 4:
                        sb.Append("<!-- note -->");
                        break;
                    case 5:
                        sb.Append("<script>var s = 'the vote';</script>");
                        break;
                    case 6:
                        sb.Append(". ");
                        break;
                    default:
                        sb.Append(Words[rng.Next(Words.Length)]).Append(rng.Next(3) == 0 ? ", " : " ");
                        break;
                }
            }

            sb.Append("</").Append(tag).Append('>').Append(rng.Next(3) == 0 ? "\n" : string.Empty);
            if (rng.Next(5) == 0)
            {
                sb.Append("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>");
            }
        }

        sb.Append("</body></html>");
        return TextNormalizer.Normalize(sb.ToString(), out _);
    }
}
