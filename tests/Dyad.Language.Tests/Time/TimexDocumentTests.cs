using Dyad.Core;
using Dyad.Evaluation.Language;
using Dyad.Language.Time;
using Dyad.Testing;

namespace Dyad.Language.Tests.Time;

public sealed class TimexDocumentTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
        <TEXT>
        AT&amp;T <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" functionInDocument="NONE">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void ReadsTheTextWithoutMarkupAndTheGoldSpansInIt()
    {
        var doc = TimexDocument.Parse("sample.tml", Sample);
        Assert.Equal("1998-01-08", doc.CreationTime);
        Assert.Equal(PartialDate.FromDay(1998, 1, 8), doc.Anchor);
        Assert.Contains("AT&T fell yesterday for a week.", doc.Text, StringComparison.Ordinal);
        Assert.Equal(2, doc.Timexes.Count);
        foreach (var g in doc.Timexes)
        {
            Assert.Equal(g.Text, doc.Text[g.Span.Start..g.Span.End]);
        }

        Assert.Equal(("yesterday", "DATE", "1998-01-07"), (doc.Timexes[0].Text, doc.Timexes[0].Type, doc.Timexes[0].Value));
        Assert.Equal(("a week", "DURATION", "P1W"), (doc.Timexes[1].Text, doc.Timexes[1].Type, doc.Timexes[1].Value));
    }

    [Fact]
    public void RejectsADocumentWithoutTextNamingIt()
    {
        var ex = Assert.Throws<InvalidDataException>(() => TimexDocument.Parse("broken.tml", "<TimeML></TimeML>"));
        Assert.Contains("broken.tml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoresAPerfectTaggerAtOne()
    {
        var doc = TimexDocument.Parse("sample.tml", Sample);
        var report = TimexEvaluation.Score("sample", [doc], TimeExpressionTagger.Default);
        Assert.Equal(2, report.Gold);
        Assert.Equal(1.0, report.RelaxedRecall);
        Assert.Equal(1.0, report.ValueF1);
        Assert.Contains("Value (on relaxed matches)", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [SharedDataFact("tempeval3/Training/TBAQ-cleaned")]
    public void ReachesTheValueTargetOnTheTempEval3TrainingSplit()
    {
        var report = TimexEvaluation.Run(Path.Combine(Repo.SharedData!, "tempeval3", "Training"), TimeExpressionTagger.Default);
        Assert.Equal(256, report.Documents);
        Assert.True(report.ValueF1 >= 0.80, $"Value F1 {report.ValueF1:F4} fell below 0.80.\n{report.ToMarkdown()}");
        Assert.True(report.RelaxedF1 >= 0.90, $"Relaxed span F1 {report.RelaxedF1:F4} fell below 0.90.");
    }
}
