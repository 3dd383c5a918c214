using Dyad.Cleaning;
using Dyad.Cleaning.Html;
using Dyad.Core;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.Html;

public sealed class HtmlMetadataTests
{
    private static readonly HtmlExtractor Extractor = new();

    private static string Fixture(string name) =>
        TextNormalizer.Normalize(File.ReadAllText(Path.Combine(Repo.TestData, "html", name)), out _);

    private static void AssertEvidence<T>(Attested<T>? field, string html, string stated, string method)
    {
        Assert.NotNull(field);
        Assert.Equal(method, field.Evidence.Method);
        Assert.NotNull(field.Evidence.Span);
        var span = field.Evidence.Span.Value;
        Assert.Equal(stated, html.Substring(span.Start, span.Length));
        Assert.Equal(stated, field.Evidence.Text);
    }

    [Fact]
    public void ReadsMetadataFromJsonLdAndMetaTags()
    {
        var html = Fixture("article-with-furniture.html");

        var metadata = Extractor.Clean(html, ArticleHints.None).Metadata;

        Assert.Equal("Harbour talks resume after winter pause", metadata.Title?.Value);
        AssertEvidence(metadata.Title, html, "Harbour talks resume after winter pause", "html:meta:og:title");
        Assert.Equal("The Coastal Ledger", metadata.Source?.Value);
        AssertEvidence(metadata.Source, html, "The Coastal Ledger", "html:meta:og:site_name");
        Assert.Equal("Mira Okafor", metadata.Author?.Value);
        AssertEvidence(metadata.Author, html, "Mira Okafor", "html:meta:author");
        Assert.Equal(PartialDate.FromDay(2021, 3, 4), metadata.Published?.Value);
        AssertEvidence(metadata.Published, html, "2021-03-04T08:15:00+01:00", "html:jsonld:datePublished");
        Assert.Equal("https://ledger.example/2021/03/harbour-talks", metadata.Url?.Value);
        AssertEvidence(metadata.Url, html, "https://ledger.example/2021/03/harbour-talks", "html:meta:og:url");
        Assert.Equal("en", metadata.Language?.Value);
        AssertEvidence(metadata.Language, html, "en-GB", "html:lang");
    }

    [Fact]
    public void StripsSiteNameSuffixFromTitleLine()
    {
        var html = "<html><head><title>Ferry strike ends after nine days | Island Post</title></head><body><p>Text of the article, long enough to be a paragraph, follows here.</p></body></html>";

        var metadata = Extractor.Clean(html, ArticleHints.None).Metadata;

        Assert.Equal("Ferry strike ends after nine days", metadata.Title?.Value);
        AssertEvidence(metadata.Title, html, "Ferry strike ends after nine days", "html:title");
        Assert.Equal("Island Post", metadata.Source?.Value);
        Assert.True(metadata.Source!.Evidence.Inferred);
        AssertEvidence(metadata.Source, html, "Island Post", "html:title:site");
    }

    [Fact]
    public void PartialDatesKeepTheirPrecision()
    {
        var html = Fixture("dates-and-bylines.html");

        var metadata = Extractor.Clean(html, ArticleHints.None).Metadata;

        Assert.Equal(PartialDate.FromMonth(2019, 11), metadata.Published?.Value);
        Assert.Equal(DatePrecision.Month, metadata.Published!.Value.Precision);
        AssertEvidence(metadata.Published, html, "2019-11", "html:meta:dc.date");
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2013\">", "2013", DatePrecision.Year)]
    [InlineData("<meta name=\"pubdate\" content=\"20130524\">", "2013-05-24", DatePrecision.Day)]
    [InlineData("<meta name=\"date\" content=\"Fri, 24 May 2013 07:25:00 GMT\">", "2013-05-24", DatePrecision.Day)]
    [InlineData("<meta name=\"date\" content=\"May 24\">", "--05-24", DatePrecision.MonthDay)]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2013/05/24\">", "2013-05-24", DatePrecision.Day)]
    public void ReadsMetaDatesInTheFormsPagesUse(string meta, string expected, DatePrecision precision)
    {
        var html = "<html><head>" + meta + "</head><body><p>An article body that is long enough to be kept as text.</p></body></html>";

        var published = Extractor.Clean(html, ArticleHints.None).Metadata.Published;

        Assert.NotNull(published);
        Assert.Equal(expected, published.Value.ToString());
        Assert.Equal(precision, published.Value.Precision);
    }

    [Fact]
    public void FallsBackToBylineAndTimeElementsInThePage()
    {
        var html = "<html><body><article><h1>Bridge reopens</h1><div class=\"byline\">By Ana Ruiz</div>"
            + "<time datetime=\"2020-06-30T10:00\">June 30</time><p>The bridge reopened on Tuesday after repairs that took most of the spring.</p></article></body></html>";

        var metadata = Extractor.Clean(html, ArticleHints.None).Metadata;

        Assert.Equal("Ana Ruiz", metadata.Author?.Value);
        AssertEvidence(metadata.Author, html, "Ana Ruiz", "html:byline");
        Assert.Equal(PartialDate.FromDay(2020, 6, 30), metadata.Published?.Value);
        AssertEvidence(metadata.Published, html, "2020-06-30T10:00", "html:time");
        Assert.Equal("Bridge reopens", metadata.Title?.Value);
        AssertEvidence(metadata.Title, html, "Bridge reopens", "html:h1");
    }
}
