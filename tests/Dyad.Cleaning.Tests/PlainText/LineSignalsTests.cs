using Dyad.Cleaning.PlainText;

namespace Dyad.Cleaning.Tests.PlainText;

public sealed class LineSignalsTests
{
    [Theory]
    [InlineData("He said so.")]
    [InlineData("Is it over?")]
    [InlineData("\u201CThat legitimacy is gone.\u201D")]
    [InlineData("(as agreed.)")]
    [InlineData("Wait\u2026")]
    public void SeesSentenceEndsInsideClosingQuotes(string line)
    {
        Assert.True(LineSignals.EndsWithTerminalPunctuation(line));
    }

    [Theory]
    [InlineData("Los Cabos")]
    [InlineData("Article online:")]
    [InlineData("Putin, Obama to Meet in June, September - Kremlin")]
    [InlineData("")]
    public void SeesNoSentenceEndInFragments(string line)
    {
        Assert.False(LineSignals.EndsWithTerminalPunctuation(line));
    }

    [Theory]
    [InlineData(", Presidential Aide Yury Ushakov")]
    [InlineData(": Thank you very much, Mr President.")]
    [InlineData("; and then")]
    [InlineData(") said the agency.")]
    public void TakesALineStartingWithPunctuationAsAContinuation(string line)
    {
        Assert.True(LineSignals.StartsAsContinuation(line));
    }

    [Theory]
    [InlineData("Presidential Aide Yury Ushakov")]
    [InlineData("...and more")]
    [InlineData(":-)")]
    public void DoesNotTakeOrdinaryLinesAsContinuations(string line)
    {
        Assert.False(LineSignals.StartsAsContinuation(line));
    }

    [Theory]
    [InlineData("\u00A9 Agency / Jane Roe / Go to the gallery")]
    [InlineData("Photo: Jane Roe")]
    [InlineData("Photo by Jane Roe for the paper")]
    [InlineData("Two leaders shake hands before talks. REUTERS, Jane Roe")]
    [InlineData("Two leaders shake hands before talks. Jane Roe/AFP")]
    public void RecognisesCaptionsAndCredits(string line)
    {
        Assert.True(LineSignals.IsCaptionOrCredit(line));
    }

    [Theory]
    [InlineData("The two leaders shook hands before the talks, officials said.")]
    [InlineData("NATO, Russia and the EU met in Brussels")]
    [InlineData("Photographers waited outside the building for hours.")]
    public void DoesNotTakeProseForACaption(string line)
    {
        Assert.False(LineSignals.IsCaptionOrCredit(line));
    }

    [Theory]
    [InlineData("Media ID: 55354082")]
    [InlineData("Beat: Politics")]
    [InlineData("Published in sections: News, Transcripts")]
    [InlineData("Publication date: June 18, 2012, 23:15")]
    public void RecognisesLabelValueLines(string line)
    {
        Assert.True(LineSignals.IsLabelValue(line));
    }

    [Theory]
    [InlineData("President of Russia Vladimir Putin: Mr President, this is our second meeting and I recall our conversation in Moscow.")]
    [InlineData("Putin: We agree.")]
    [InlineData("at 23:15 local time")]
    [InlineData("Prison official: 'Anyone' could escape from the island jail")]
    public void DoesNotTakeSpeechOrTimesForLabels(string line)
    {
        Assert.False(LineSignals.IsLabelValue(line));
    }

    [Theory]
    [InlineData("<https://www.example.org/story-575/a-b-c.html>")]
    [InlineData("www.example.org")]
    [InlineData("contact (at) example.org")]
    [InlineData("Write to desk@example.org")]
    [InlineData("Tel: +44 20 7946 0958")]
    public void RecognisesContactLines(string line)
    {
        Assert.True(LineSignals.IsContact(line));
    }

    [Theory]
    [InlineData("Avg shrs 2,332,397 vs 1,428,000")]
    [InlineData("The agency said it would publish the data at 10:00 on Monday, officials told reporters in the capital.")]
    public void DoesNotTakeAmountsOrProseForContacts(string line)
    {
        Assert.False(LineSignals.IsContact(line));
    }

    [Theory]
    [InlineData("2 of 5")]
    [InlineData("1 more")]
    [InlineData("0")]
    public void RecognisesCounters(string line)
    {
        Assert.True(LineSignals.IsNumericFragment(line));
    }

    [Theory]
    [InlineData("Shr 28 cts vs 22 cts")]
    [InlineData("Revs 14.4 mln vs 11.5 mln")]
    [InlineData("Shr one dlr vs 73 cts")]
    public void RecognisesRowsOfFigures(string line)
    {
        Assert.True(LineSignals.IsDataRow(line));
    }

    [Theory]
    [InlineData("Obama, Putin did not Reach Cooperation Agreement on Syria | SITE English Archive 2005 -2017")]
    [InlineData("Subscribe")]
    public void DoesNotTakeAHeadlineWithAYearRangeForADataRow(string line)
    {
        Assert.False(LineSignals.IsDataRow(line));
    }

    [Theory]
    [InlineData("June 18, 2012")]
    [InlineData("-, 03.03.2013, 07:25 Time")]
    [InlineData("Posted on 18 June 2012")]
    public void RecognisesDateLines(string line)
    {
        Assert.True(LineSignals.IsDateLine(line, out _));
    }

    [Fact]
    public void DoesNotTakeASentenceWithADateForADateLine()
    {
        Assert.False(LineSignals.IsDateLine("The summit opened on June 18, 2012 in Los Cabos.", out _));
    }

    [Theory]
    [InlineData("\u2013PTI", "PTI")]
    [InlineData("(AP)", "AP")]
    [InlineData("-- Wire Service", "Wire Service")]
    [InlineData("REUTER", "REUTER")]
    public void ReadsAgencySignatures(string line, string name)
    {
        Assert.True(LineSignals.TryReadSignature(line, out var range));
        Assert.Equal(name, line[range]);
    }

    [Theory]
    [InlineData("Chats")]
    [InlineData("- he said.")]
    [InlineData("Thank you, everybody.")]
    public void DoesNotTakeWordsForSignatures(string line)
    {
        Assert.False(LineSignals.TryReadSignature(line, out _));
    }

    [Fact]
    public void CountsFunctionWords()
    {
        Assert.Equal(0, LineSignals.CountStopWords("Foreign policy"));
        Assert.Equal(3, LineSignals.CountStopWords("To participate in the discussion"));
    }

    [Fact]
    public void CountsLegalVocabulary()
    {
        Assert.True(LineSignals.CountLegalTerms("The publisher shall assume no liability for the accuracy or completeness of the report.") >= 3);
        Assert.Equal(0, LineSignals.CountLegalTerms("The leaders discussed Syria and missile defence."));
    }

    [Fact]
    public void FindsTheDominantScript()
    {
        Assert.Equal(TextScript.Cyrillic, LineSignals.DominantScript("\u0417\u0430\u0433\u043E\u043B\u043E\u0432\u043E\u043A 2012", out var letters, out var inScript));
        Assert.Equal(9, letters);
        Assert.Equal(9, inScript);
        Assert.Equal(TextScript.Latin, LineSignals.DominantScript("Putin \u041F", out _, out _));
        Assert.Equal(TextScript.None, LineSignals.DominantScript("12:30 * * *", out _, out _));
    }

    [Theory]
    [InlineData("Foreign policy", 2)]
    [InlineData("  2 of 5 ", 3)]
    [InlineData("* * *", 0)]
    [InlineData("", 0)]
    public void CountsWordsWithLettersOrDigits(string line, int words)
    {
        Assert.Equal(words, LineSignals.CountWords(line));
    }

    [Theory]
    [InlineData("log in or register", true)]
    [InlineData("\u201Cwe agree", true)]
    [InlineData("Russia", false)]
    [InlineData("2012 was", false)]
    public void SeesLowerCaseStarts(string line, bool expected)
    {
        Assert.Equal(expected, LineSignals.StartsWithLowercase(line));
    }
}
