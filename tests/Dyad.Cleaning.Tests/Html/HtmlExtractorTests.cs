using Dyad.Cleaning;
using Dyad.Cleaning.Html;
using Dyad.Core;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.Html;

public sealed class HtmlExtractorTests
{
    private static readonly HtmlExtractor Extractor = new();

    private static string Fixture(string name) =>
        TextNormalizer.Normalize(File.ReadAllText(Path.Combine(Repo.TestData, "html", name)), out _);

    [Fact]
    public void ExtractsArticleAndDropsNavigationAndFooter()
    {
        var result = Extractor.Clean(Fixture("article-with-furniture.html"), ArticleHints.None);

        Assert.StartsWith("Harbour talks resume after winter pause\n\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("Negotiators for the two port authorities met again on Thursday", result.Text, StringComparison.Ordinal);
        Assert.Contains("A vote by the harbour board before the summer recess.", result.Text, StringComparison.Ordinal);
        Assert.Contains("What comes next", result.Text, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Sport", "Weather", "Share on social media", "Related stories", "Dredging costs rise again", "best news I have read", "Privacy policy", "All rights reserved" })
        {
            Assert.DoesNotContain(furniture, result.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SeparatesParagraphsByBlankLineAndCollapsesWhitespaceInside()
    {
        var result = Extractor.Clean(Fixture("article-with-furniture.html"), ArticleHints.None);

        Assert.Contains("complained about noise from night-time dredging, will be consulted in April.", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", result.Text, StringComparison.Ordinal);
        Assert.Equal(result.Text.Split("\n\n").Length, result.Paragraphs.Length);
        foreach (var paragraph in result.Paragraphs)
        {
            var text = paragraph.Slice(result.Text);
            Assert.DoesNotContain('\n', text.ToString());
            Assert.False(char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]), $"Paragraph {paragraph} has untrimmed whitespace.");
        }
    }

    [Fact]
    public void DecodesCharacterReferences()
    {
        var result = Extractor.Clean(Fixture("article-with-furniture.html"), ArticleHints.None);

        Assert.Contains("\"within weeks\" if the caf\u00E9 owners\u2019 association", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnsEmptyTextForInputWithoutMarkup()
    {
        var result = Extractor.Clean("Just a sentence, with no markup at all.", ArticleHints.None);

        Assert.Equal(string.Empty, result.Text);
        Assert.Empty(result.Paragraphs);
    }

    [Fact]
    public void NeverThrowsOnHostileInput()
    {
        var inputs = new List<string>
        {
            string.Empty,
            "<",
            "<<<>>></p></div><p",
            "<!-- unterminated comment <p>text",
            "<script>never closed",
            "<html><body>" + new string('\uFFFD', 5000),
            string.Concat(Enumerable.Repeat("<div>", 200_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 200_000)),
            string.Concat(Enumerable.Repeat("<span><b>", 3_000)) + "deep text",
            "<p>" + new string('x', 1 << 20) + "</p>",
        };
        var random = new Random(7);
        var junk = new byte[4096];
        random.NextBytes(junk);
        inputs.Add(new string(junk.Select(b => (char)b).ToArray()));
        Properties.ForAll(200, rng => inputs.Add("<p>" + Properties.HostileText(rng) + "</p>" + Properties.HostileText(rng)));

        foreach (var input in inputs)
        {
            var normalized = TextNormalizer.Normalize(input, out _);
            var result = Extractor.Clean(normalized, ArticleHints.None);
            Assert.Equal(result.Text.Length, result.ToRaw.TargetLength);
            Assert.Equal(normalized.Length, result.ToRaw.SourceLength);
            Document.CheckLayer(result.Paragraphs, result.Text.Length, "paragraphs");
        }
    }

    [Fact]
    public void AnswersAMegabyteOfNestedDivsPromptlyWithAnEmptyText()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>The innermost paragraph holds the only sentence of this page.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 100_000));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = Extractor.Clean(html, ArticleHints.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}.");
        Assert.Equal(string.Empty, result.Text);
        Assert.Equal(html.Length, result.ToRaw.SourceLength);
    }

    [Fact]
    public void SurvivesNestingJustBelowTheGuardOnASmallStack()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 2_000)) + "<p>Deep but not absurd: this sentence sits four thousand elements down.</p>";
        CleanedText? result = null;
        var thread = new Thread(() => result = Extractor.Clean(html, ArticleHints.None), 256 * 1024);

        thread.Start();
        thread.Join();

        Assert.NotNull(result);
        Assert.Equal(html.Length, result.ToRaw.SourceLength);
        Assert.Contains("Deep but not absurd", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsArticlesInsideOrdinaryDeepLayouts()
    {
        var html = string.Concat(Enumerable.Repeat("<div class=\"wrap\">", 60)) + "<p>The paragraph sits sixty containers deep, as in some page builders, and is still the article.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 60));

        var result = Extractor.Clean(html, ArticleHints.None);

        Assert.Equal("The paragraph sits sixty containers deep, as in some page builders, and is still the article.", result.Text);
    }
}
