using Dyad.Cleaning.PlainText;
using Dyad.Core;
using Dyad.Evaluation.Reuters;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.PlainText;

/// <summary>Reuters-21578 bodies are ordinary news prose (plus earnings tables): the cleaner must keep nearly all of it.</summary>
public sealed class ReutersBodyTests
{
    private const string Sgml = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="7">
        <DATE>26-FEB-1987 15:01:01.79</DATE>
        <TEXT>&#2;
        <TITLE>BAHIA COCOA REVIEW &amp; OUTLOOK</TITLE>
        <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
        the Bahia cocoa zone, alleviating the drought since early
        January, Comissaria Smith said in its weekly review &lt;CSMT&gt;.
            The dry period means the temporao will be late this year.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5545" NEWID="8">
        <DATE>26-FEB-1987 15:02:20.00</DATE>
        <TEXT TYPE="BRIEF">&#2;
        <TITLE>******SHORT HEADLINE ONLY</TITLE>
        &#3;</TEXT>
        </REUTERS>
        """;

    [Fact]
    public void ReaderReadsIdTitleDateDatelineAndBody()
    {
        var stories = ReutersCorpus.Parse(Sgml).ToList();
        Assert.Equal(2, stories.Count);
        var s = stories[0];
        Assert.Equal("7", s.Id);
        Assert.Equal("BAHIA COCOA REVIEW & OUTLOOK", s.Title);
        Assert.Equal("26-FEB-1987 15:01:01.79", s.Date);
        Assert.Equal("SALVADOR, Feb 26 -", s.Dateline);
        Assert.StartsWith("Showers continued", s.Body, StringComparison.Ordinal);
        Assert.Contains("weekly review <CSMT>.", s.Body, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0003', s.Body);
        Assert.Equal(string.Empty, stories[1].Body);
    }

    [Fact]
    public void ReaderNamesAMissingFolder()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => ReutersCorpus.Read("/no/such/reuters").ToList());
        Assert.Contains("/no/such/reuters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderSkipsATruncatedElement()
    {
        Assert.Equal(2, ReutersCorpus.Parse(Sgml + "<REUTERS NEWID=\"9\"><BODY>cut off").Count());
    }

    [Fact]
    public void CleansAWrappedBodyIntoParagraphsAndReadsTheSignOff()
    {
        var body = ReutersCorpus.Parse(Sgml).First().Body.Replace(" Reuter\n", " REUTER\n", StringComparison.Ordinal);
        var cleaned = new PlainTextCleaner().Clean(body, ArticleHints.None);
        Assert.Equal(
            "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January, Comissaria Smith said in its weekly review <CSMT>.\n\n"
            + "The dry period means the temporao will be late this year.",
            cleaned.Text);
    }

    /// <summary>Wire sign-offs: <c>Reuter</c>, <c>REUTER E</c>, <c>More</c>: a single word, or two in capitals.</summary>
    private static bool IsSignOff(string line) =>
        line.Length == 0 || line.StartsWith("Reuter", StringComparison.OrdinalIgnoreCase)
        || !line.Contains(' ', StringComparison.Ordinal)
        || (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && !line.Any(char.IsLower));

    /// <summary>Tables are rows of indented lines; in prose only a paragraph's first line is indented.</summary>
    private static bool HasConsecutiveIndentedLines(string body)
    {
        var lines = body.Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].StartsWith(' ') && lines[i + 1].StartsWith(' ') && lines[i + 1].Trim().Contains(' ', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [SharedDataFact("reuters21578/reut2-000.sgm")]
    public void ReaderFindsEveryStoryOfTheCorpus()
    {
        var stories = ReutersCorpus.Read(Path.Combine(Repo.SharedData!, "reuters21578")).ToList();
        Assert.Equal(21578, stories.Count);
        Assert.Equal(21578, stories.Select(s => s.Id).Distinct().Count());
        Assert.True(stories.Count(s => s.Body.Length > 0) > 19000);
        Assert.DoesNotContain(stories, s => s.Body.Contains("&lt;", StringComparison.Ordinal) || s.Body.Contains("&amp;", StringComparison.Ordinal));
    }

    [SharedDataFact("reuters21578/reut2-000.sgm")]
    public void KeepsNearlyAllOfTheReutersBodies()
    {
        var bodies = ReutersCorpus.Read(Path.Combine(Repo.SharedData!, "reuters21578"))
            .Where(s => s.Body.Length > 0)
            .Select(s => TextNormalizer.Normalize(s.Body, out _))
            .ToList();
        var kept = Dyad.Evaluation.Throughput.CleaningThroughput.KeptFraction(bodies, new PlainTextCleaner());
        Assert.True(kept >= 0.96, $"Kept {kept:P2} of the Reuters body text.");
    }

    [SharedDataFact("reuters21578/reut2-000.sgm")]
    public void DropsNoSentenceOfOrdinaryProseBodies()
    {
        // Bodies of plain prose (no tables): every line must survive but a wire sign-off (Reuter, REUTER E, MORE).
        var cleaner = new PlainTextCleaner();
        var checkedBodies = 0;
        var checkedLines = 0;
        var lost = new List<string>();
        foreach (var story in ReutersCorpus.Read(Path.Combine(Repo.SharedData!, "reuters21578")))
        {
            var body = TextNormalizer.Normalize(story.Body, out _);
            // A sentence split by a blank line is a known gap: the cleaner only rejoins lines across single breaks.
            if (body.Length < 400 || body.Contains(" vs ", StringComparison.Ordinal) || body.Contains("\n\n", StringComparison.Ordinal)
                || body.Split('\n').Any(l => l.Trim().Contains("  ", StringComparison.Ordinal)) || HasConsecutiveIndentedLines(body))
            {
                continue;
            }

            var sentences = body.Split(". ", StringSplitOptions.RemoveEmptyEntries);
            if (sentences.Length < 4)
            {
                continue;
            }

            checkedBodies++;
            var text = cleaner.Clean(body, ArticleHints.None).Text;
            foreach (var line in body.Split('\n'))
            {
                var trimmed = line.Trim();
                if (!IsSignOff(trimmed))
                {
                    checkedLines++;
                    if (!text.Contains(trimmed, StringComparison.Ordinal))
                    {
                        lost.Add($"{story.Id}: {trimmed}");
                    }
                }
            }
        }

        Assert.True(checkedBodies > 1000, $"Only {checkedBodies} prose bodies were checked.");

        // Wire cross-references such as "(See ... for spotlight index)" are furniture; allow one line in ten thousand.
        Assert.True(lost.Count * 10000 <= checkedLines, $"Lost {lost.Count} of {checkedLines} lines in {checkedBodies} bodies:\n{string.Join("\n", lost.Take(40))}");
    }
}
