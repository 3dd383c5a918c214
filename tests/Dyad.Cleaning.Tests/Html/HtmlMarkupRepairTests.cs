using System.Text;
using Dyad.Cleaning;
using Dyad.Cleaning.Html;
using Dyad.Core;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.Html;

/// <summary>The extractor reads markup itself (no document tree): these pin down the parts of the HTML standard's
/// tokenizer and tree builder it follows.</summary>
public sealed class HtmlMarkupRepairTests
{
    private static readonly HtmlExtractor Extractor = new();

    private const string One = "The council met on Tuesday to vote on the harbour budget, which rose again this year.";
    private const string Two = "Ministers said the talks would resume in April, after the winter pause, as planned.";
    private const string Three = "Residents, who complained about dredging noise, will be consulted before any decision.";

    private static string Extract(string body) =>
        Extractor.Clean(TextNormalizer.Normalize("<html><head><title>T</title></head><body>" + body, out _), ArticleHints.None).Text;

    [Fact]
    public void ClosesParagraphsLeftOpenAtTheNextParagraphOrBlock()
    {
        var text = Extract($"<article><p>{One}<p>{Two}<div>{Three}</div></article>");

        Assert.Equal($"{One}\n\n{Two}\n\n{Three}", text);
    }

    [Fact]
    public void ClosesListItemsLeftOpenAtTheNextItem()
    {
        var text = Extract($"<article><p>{One}</p><ul><li>{Two}<li>{Three}</ul></article>");

        Assert.Equal($"{One}\n\n{Two}\n\n{Three}", text);
    }

    [Fact]
    public void ReadsTableCellsAndRowsLeftOpenAsOneParagraphPerRow()
    {
        var text = Extract($"<article><p>{One}</p><table><tr><td>Harbour<td>12,000<tr><td>Port<td>9,500</table><p>{Two}</p></article>");

        Assert.Equal($"{One}\n\nHarbour 12,000\n\nPort 9,500\n\n{Two}", text);
    }

    [Fact]
    public void AnyHeadingEndTagClosesTheOpenHeading()
    {
        var text = Extract($"<article><h2>Talks resume</h3><p>{One}</p><p>{Two}</p></article>");

        Assert.Equal($"Talks resume\n\n{One}\n\n{Two}", text);
    }

    [Fact]
    public void EndsALinkAtItsEndTagEvenWhenABlockOpenedInsideItIsStillOpen()
    {
        var text = Extract($"<article><p>{One}</p><a href=\"/more\"><div>Read more</a> {Two} {Three}</div></article>");

        Assert.Equal($"{One}\n\nRead more {Two} {Three}", text);
    }

    [Fact]
    public void SkipsScriptStyleTemplateAndNoscriptContentEvenWhenItLooksLikeMarkup()
    {
        var text = Extract($"<article><p>{One}</p><script>var s = \"<p>not text</p>\"; if (a < b) {{}}</script>"
            + "<style>p::after { content: \"</p>\" }</style><template><p>Template text</p></template>"
            + $"<noscript><p>Enable scripts</p></noscript><p>{Two}</p></article>");

        Assert.Equal($"{One}\n\n{Two}", text);
    }

    [Fact]
    public void LeavesCommentsOutOfTheTextTheySplit()
    {
        var text = Extract($"<article><p>The council met on Tues<!-- split -->day to vote on the harbour budget, which rose again this year.</p><p>{Two}</p></article>");

        Assert.Equal($"{One}\n\n{Two}", text);
    }

    [Fact]
    public void DecodesReferencesAsTheStandardDoes()
    {
        var text = Extract($"<article><p>{One}</p><p>AT&T &notin; &#x1F600; &copy2023 &#150; &amp;c &bogus; &#0; are written this way, and more words follow here.</p></article>");

        Assert.Contains("AT&T \u2209 \U0001F600 \u00A92023 \u2013 &c &bogus; \uFFFD are written", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LeavesSvgOutUntilItsEndTagOrAnHtmlTagThatLeavesIt()
    {
        var closed = Extract($"<article><p>{One}</p><svg><title>icon</title><path d=\"M0\"/><text>label</text></svg><p>{Two}</p></article>");
        var unclosed = Extract($"<article><p>{One}</p><svg><title>icon</title><path d=\"M0\"><p>{Two}</p></article>");

        Assert.Equal($"{One}\n\n{Two}", closed);
        Assert.Equal($"{One}\n\n{Two}", unclosed);
    }

    [Fact]
    public void MapsTextOfRepairedMarkupExactlyToTheRawCharacters()
    {
        var html = $"<body><p>{One}<p>AT&amp;T<td>{Two}";
        var result = Extractor.Clean(html, ArticleHints.None);

        var at = result.Text.IndexOf("AT&T", StringComparison.Ordinal);
        var amp = result.ToRaw.Map(new TextSpan(at + 2, at + 3));
        Assert.Equal("&amp;", html.Substring(amp.Start, amp.Length));
        var two = result.Text.IndexOf(Two, StringComparison.Ordinal);
        var raw = result.ToRaw.Map(new TextSpan(two, two + Two.Length));
        Assert.Equal(Two, html.Substring(raw.Start, raw.Length));
    }

    [Fact]
    public void MapsTagSoupFaithfullyWhateverIsLeftOpenOrClosedTwice()
    {
        string[] tags = ["p", "div", "li", "ul", "td", "tr", "table", "a", "b", "h2", "h3", "span", "svg", "button", "article", "section", "br", "hr", "img"];
        string[] texts = [One, Two, Three, "AT&amp;T &copy2023 &#8212;", "a < b > c", "   \n  ", "&bogus; &#xD800; &#0;"];
        var extracted = 0;
        Properties.ForAll(300, rng =>
        {
            var html = new StringBuilder("<html><body>");
            for (var i = rng.Next(1, 60); i > 0; i--)
            {
                var tag = tags[rng.Next(tags.Length)];
                html.Append(rng.Next(6) switch
                {
                    0 => $"</{tag}>",
                    1 => texts[rng.Next(texts.Length)],
                    2 => $"<!-- {tag} -->",
                    3 => $"<script>document.write('<{tag}>');</script>",
                    _ => $"<{tag} class=\"{(rng.Next(3) == 0 ? "content" : "sidebar")}\">",
                });
            }

            var raw = html.ToString();
            var result = Extractor.Clean(raw, ArticleHints.None);

            Assert.Equal(result.Text.Length, result.ToRaw.TargetLength);
            Assert.Equal(raw.Length, result.ToRaw.SourceLength);
            var previous = 0;
            foreach (var segment in result.ToRaw.Segments)
            {
                Assert.True(segment.SourceStart >= previous && segment.SourceStart + segment.SourceLength <= raw.Length, $"Segment {segment} in '{raw}'.");
                if (segment.IsOneToOne)
                {
                    Assert.Equal(raw.Substring(segment.SourceStart, segment.SourceLength), result.Text.Substring(segment.TargetStart, segment.TargetLength));
                }

                previous = segment.SourceStart;
            }

            Assert.DoesNotContain("document.write", result.Text, StringComparison.Ordinal);
            extracted += result.Text.Length > 0 ? 1 : 0;
        });

        // The soup must give text often enough for the checks above to bite.
        Assert.True(extracted > 100, $"Only {extracted} of 300 pages gave text.");
    }
}
