using Dyad.Evaluation.Lexicon;
using Dyad.Language.Lexicon;

namespace Dyad.Language.Tests.Lexicon;

public sealed class LexiconCoverageTests
{
    [Fact]
    public void ReadsMentionsFromIob1Tags()
    {
        string[] tags = ["I-ORG", "O", "I-MISC", "O", "I-PER", "I-PER", "B-PER", "I-LOC", "O"];

        var mentions = LexiconCoverage.Mentions(tags).ToArray();

        Assert.Equal([(0, 1, "ORG"), (2, 3, "MISC"), (4, 6, "PER"), (6, 7, "PER"), (7, 8, "LOC")], mentions);
    }

    [Fact]
    public void ReadsMentionsFromIob2TagsAndAMentionAtTheEnd()
    {
        string[] tags = ["B-LOC", "I-LOC", "B-LOC", "O", "B-ORG", "I-ORG"];

        Assert.Equal([(0, 2, "LOC"), (2, 3, "LOC"), (4, 6, "ORG")], LexiconCoverage.Mentions(tags).ToArray());
    }

    [Fact]
    public void MeasuresExactAndTouchedMentionsAndNoise()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path,
            [
                "-DOCSTART- -X- O O", "",
                "Chancellor NNP I-NP O", "Angela NNP I-NP I-PER", "Merkel NNP I-NP I-PER", "visited VBD I-VP O",
                "New NNP I-NP I-LOC", "York NNP I-NP I-LOC", "City NNP I-NP I-LOC", ". . O O", "",
                "Merkel NNP I-NP I-PER", "left VBD I-VP O", "Bonn NNP I-NP I-LOC", ". . O O",
            ]);
            var builder = new GazetteerBuilder();
            builder.Add("Angela Merkel", GazetteerClass.Person);
            builder.Add("Chancellor", GazetteerClass.Title);
            builder.Add("New York", GazetteerClass.City);
            var clusters = new WordClusters(["Merkel", "."], [0, 0], [0UL], [1]);

            var report = LexiconCoverage.Measure(builder.Build(), clusters, path);

            var per = report.Types.Single(t => t.Type == "PER");
            var loc = report.Types.Single(t => t.Type == "LOC");
            Assert.Equal((2, 1, 1), (per.Mentions, per.Exact, per.Touched));
            Assert.Equal((2, 0, 1), (loc.Mentions, loc.Exact, loc.Touched));
            Assert.Equal((5, 1), (report.OutsideTokens, report.OutsideCovered));
            Assert.Equal((12, 4), (report.Tokens, report.Clustered));
            Assert.Contains("| PER | 2 | 50.0 % | 50.0 % |", report.ToMarkdown(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TimeMlTextDropsMarkupAndKeepsTheTextElement()
    {
        const string timeMl = "<TimeML><DCT><TIMEX3>19980108</TIMEX3></DCT><TEXT>Talks <EVENT eid=\"e1\">resumed</EVENT> on <TIMEX3 tid=\"t1\">Monday</TIMEX3> &amp; ended.</TEXT></TimeML>";

        Assert.Equal("Talks resumed on Monday & ended.", UnlabeledCorpus.TimeMlText(timeMl));
    }
}
