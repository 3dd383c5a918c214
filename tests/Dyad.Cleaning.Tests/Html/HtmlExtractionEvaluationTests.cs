using Dyad.Cleaning.Html;
using Dyad.Evaluation.Html;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.Html;

public sealed class HtmlExtractionEvaluationTests
{
    [SharedDataFact("trafilatura-eval")]
    public void ScoresAtLeastPoint92F1OnTheTrafilaturaEvaluationSet()
    {
        var report = HtmlExtractionEvaluation.Run(Path.Combine(Repo.SharedData!, "trafilatura-eval"), new HtmlExtractor());

        Assert.Equal(160, report.Documents);
        Assert.True(report.F1 >= 0.92, report.ToMarkdown());
    }

    [Fact]
    public void ScoresSnippetsAfterNormalisingWhitespaceOnBothSides()
    {
        var item = new HtmlEvaluationItem("https://example.test/a", "a.html", ["two  words\nacross lines", "absent text"], ["Share this", "Comments"]);

        var score = HtmlExtractionEvaluation.Score(item, "Lead.\n\ntwo words across\tlines and more.\n\nShare this");

        Assert.Equal(1, score.TruePositives);
        Assert.Equal(1, score.FalseNegatives);
        Assert.Equal(1, score.FalsePositives);
        Assert.Equal(1, score.TrueNegatives);
        Assert.Equal(["absent text"], score.Missed);
        Assert.Equal(["Share this"], score.Leaked);
    }
}
