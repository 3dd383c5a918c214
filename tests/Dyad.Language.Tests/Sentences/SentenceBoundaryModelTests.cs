using Dyad.Language.Sentences;
using Dyad.Language.Tokens;
using Dyad.Testing;

namespace Dyad.Language.Tests.Sentences;

public sealed class SentenceBoundaryModelTests
{
    private static string[] Split(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return LanguageModels.Sentences.Split(text, tokens).Select(s => s.Span.Slice(text).ToString()).ToArray();
    }

    [Fact]
    public void OrdinaryProseSplitsAtItsFullStops()
    {
        Assert.Equal(
            ["The ministers met in Geneva on Tuesday.", "They agreed to meet again in March.", "No date was set."],
            Split("The ministers met in Geneva on Tuesday. They agreed to meet again in March. No date was set."));
    }

    [Fact]
    public void TitlesAndInitialsDoNotEndSentences()
    {
        Assert.Equal(
            ["Gen. J. R. Allen spoke to Mr. Smith and Dr. Jones in St. Louis on Friday."],
            Split("Gen. J. R. Allen spoke to Mr. Smith and Dr. Jones in St. Louis on Friday."));
    }

    [Fact]
    public void ASpeakerLabelAndACurlyQuoteKeepTheirBoundaries()
    {
        var sentences = Split("Minister of Finance Anna Berg: We will publish the budget. She said: \u201CIt is ready.\u201D The session closed.");

        Assert.Equal("Minister of Finance Anna Berg:", sentences[0]);
        Assert.Contains("The session closed.", sentences);
    }

    [Fact]
    public void StraightQuotesBelongToTheSideTheirSpacingShows()
    {
        Assert.Equal(
            ["\"It was a useful meeting,\" he said.", "\"We will return in May.\"", "The talks ended on Friday."],
            Split("\"It was a useful meeting,\" he said. \"We will return in May.\" The talks ended on Friday."));
    }

    [Fact]
    public void AMonthAndItsDaySplitByALineBreakStayInOneSentence()
    {
        // The rank rule reads "1. But" as a list item; the model keeps the date whole.
        Assert.Equal(
            ["India's financial year begins April\n1.", "But the minister insisted on a vote."],
            Split("India's financial year begins April\n1. But the minister insisted on a vote."));
    }

    [Fact]
    public void AListOfNamesSeparatedByCommasIsNeverCutAfterAComma()
    {
        var sentences = Split("Teams : England - Mike Atherton ( captain ) , Nick Knight , Alec Stewart , Graham Thorpe , Matthew Maynard , "
            + "Adam Hollioake , Ronnie Irani , Robert Croft , Darren Gough , Dean Headley , Alan Mullally .");

        Assert.All(sentences, s => Assert.False(s.EndsWith(',')));
    }

    [Fact]
    public void RowsOfResultsWithoutLineBreaksAreSplitRowByRow()
    {
        // A results story as CoNLL's joined text has it: no line breaks, only the shape of each row.
        var sentences = Split("SOCCER - ENGLISH LEAGUE RESULTS . LONDON 1996-08-31 Results of English league soccer matches on Saturday : "
            + "Division two Blackpool 0 Wycombe 0 Bournemouth 1 Peterborough 2 Bristol City 2 Walsall 1 Chesterfield 1 Bury 0 Gillingham 0 Plymouth 1");

        Assert.Equal("LONDON 1996-08-31", sentences[1]);
        Assert.Equal(["Bournemouth 1 Peterborough 2", "Bristol City 2 Walsall 1", "Chesterfield 1 Bury 0", "Gillingham 0 Plymouth 1"], sentences[^4..]);
    }

    [Fact]
    public void NoSentenceEndsBeforeAWordThatCannotStartOneOrAfterAnOpeningQuote()
    {
        Properties.ForAll(200, random =>
        {
            var text = Properties.HostileText(random) + " \u201C" + Properties.HostileText(random) + " , and ) more";
            var tokens = Tokenizer.Tokenize(text);
            var sentences = LanguageModels.Sentences.Split(text, tokens);
            var covered = 0;
            foreach (var sentence in sentences)
            {
                Assert.Equal(covered, sentence.FirstToken);
                covered += sentence.TokenCount;
                var last = sentence.FirstToken + sentence.TokenCount - 1;
                if (last + 1 < tokens.Length && !IsParagraphBreak(text[tokens[last].Span.End..tokens[last + 1].Span.Start]))
                {
                    Assert.NotEqual('\u201C', text[tokens[last].Span.Start]);
                    Assert.DoesNotContain(text[tokens[last + 1].Span.Start], ",)");
                }
            }

            Assert.Equal(tokens.Length, covered);
        });
    }

    /// <summary>A blank line: two line ends (LF, CR, CRLF) or a paragraph separator, as the splitter reads them.</summary>
    private static bool IsParagraphBreak(string gap)
    {
        var lines = gap.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r');
        return lines >= 2 || gap.Contains('\u2029', StringComparison.Ordinal);
    }

    [Fact]
    public void ASavedModelLoadsAndSplitsTheSame()
    {
        const string text = "Leeds 1 Wimbledon 0 Arsenal 2 Chelsea 2 . The league said on Sunday it would review the result . \" It was a poor game , \" he said .";
        var tokens = Tokenizer.Tokenize(text);
        using var stream = new MemoryStream();
        LanguageModels.Sentences.Save(stream);
        stream.Position = 0;
        var loaded = SentenceBoundaryModel.Load(stream);

        Assert.Equal(LanguageModels.Sentences.Split(text, tokens), loaded.Split(text, tokens));
    }

    [Fact]
    public void AStreamThatIsNotAModelIsRefusedWithAClearError()
    {
        using var stream = new MemoryStream("DYADPOS\0garbage"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => SentenceBoundaryModel.Load(stream));
        Assert.Contains("sentence boundary model", error.Message, StringComparison.Ordinal);
    }
}
