using Dyad.Cleaning.PlainText;
using Dyad.Core;

namespace Dyad.Cleaning.Tests.PlainText;

public sealed class PlainTextCleanerTests
{
    private static readonly PlainTextCleaner Cleaner = new();

    private const string Lead = "The two presidents met for two hours on Monday and agreed to resume arms control talks next month.";
    private const string Second = "Officials on both sides said the meeting had been frank but constructive, and that more work lay ahead.";
    private const string Third = "A joint statement is expected to be published by the foreign ministries later in the week.";

    private static string Clean(string raw) => Cleaner.Clean(raw, ArticleHints.None).Text;

    [Fact]
    public void RejoinsLineBrokenAtLink()
    {
        var raw = $"{Lead}\nThe delegation included Foreign Minister Ann Berg\n, Presidential Aide Tom Lund\n, and the ambassador to the United Nations.\n{Second}";
        Assert.Contains("Foreign Minister Ann Berg, Presidential Aide Tom Lund, and the ambassador", Clean(raw), StringComparison.Ordinal);
    }

    [Fact]
    public void RejoinsSpeakerLabelWithItsColon()
    {
        var raw = $"{Lead}\nPrime Minister of Norway Ann Berg\n: Thank you very much, and welcome to Oslo.\n{Second}";
        Assert.Contains("\n\nPrime Minister of Norway Ann Berg: Thank you very much, and welcome to Oslo.\n\n", Clean(raw), StringComparison.Ordinal);
    }

    [Fact]
    public void RejoinsALowerCaseLineAfterALineCutMidSentence()
    {
        var raw = $"{Lead}\nThe ministers will meet again in Geneva, where they hope to\nagree on a timetable for the next round of talks.\n{Second}";
        Assert.Contains("where they hope to agree on a timetable", Clean(raw), StringComparison.Ordinal);
    }

    [Fact]
    public void JoinsTheLinesOfHardWrappedParagraphs()
    {
        const string raw = "Showers continued throughout the week in\nthe cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming crop,\nalthough normal humidity levels have not been restored,\nthe company said in its weekly review.\n    The dry period means the crop will be late this year.\n    Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos, against 5.81 mln at the same stage last year.\n REUTER\n";
        var cleaned = Cleaner.Clean(raw, ArticleHints.None);
        Assert.Equal(
            "Showers continued throughout the week in the cocoa zone, alleviating the drought since early January and improving prospects for the coming crop, although normal humidity levels have not been restored, the company said in its weekly review.\n\n"
            + "The dry period means the crop will be late this year.\n\n"
            + "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos, against 5.81 mln at the same stage last year.",
            cleaned.Text);
        Assert.Equal(3, cleaned.Paragraphs.Length);
        Assert.Equal("REUTER", cleaned.Metadata.Source?.Value);
    }

    [Fact]
    public void SeparatesParagraphsWithABlankLine()
    {
        var cleaned = Cleaner.Clean($"{Lead}\n{Second}\n\n\n{Third}", ArticleHints.None);
        Assert.Equal($"{Lead}\n\n{Second}\n\n{Third}", cleaned.Text);
        Assert.Equal([Lead, Second, Third], cleaned.Paragraphs.Select(p => cleaned.Text[p.Start..p.End]));
    }

    [Fact]
    public void TrimsWhitespaceAroundEachLine()
    {
        Assert.Equal($"{Lead}\n\n{Second}", Clean($"   {Lead}  \n\t{Second}\t"));
    }

    [Fact]
    public void KeepsAShortSentenceNextToArticleText()
    {
        Assert.Equal($"{Lead}\n\nThank you, everybody.", Clean($"{Lead}\nThank you, everybody.\nTopics\nForeign policy"));
    }

    [Fact]
    public void KeepsAFragmentBetweenTwoSentences()
    {
        Assert.Contains("\n\nThe full list of participants\n\n", Clean($"{Lead}\nThe full list of participants\n{Second}"), StringComparison.Ordinal);
    }

    [Fact]
    public void DropsMenuFragmentsAroundTheArticle()
    {
        var raw = $"Home\nWorld\nLog in\nShare this article\n{Lead}\n{Second}\nRelated stories\nMost read\nSubscribe";
        Assert.Equal($"{Lead}\n\n{Second}", Clean(raw));
    }

    [Fact]
    public void DropsCaptionsCreditsCountersAndLabels()
    {
        var raw = $"Image ID: 4471\n3 of 12\nThe presidents shake hands. AGENCY, Jane Roe\n\u00A9 Agency / Jane Roe\n{Lead}\n{Second}\nTags: diplomacy, arms control";
        Assert.Equal($"{Lead}\n\n{Second}", Clean(raw));
    }

    [Fact]
    public void DropsContactLinesAndUrls()
    {
        var raw = $"{Lead}\n{Second}\nRead the story online:\nhttps://news.example.org/2013/03/talks.html\nnewsdesk@example.org\n+1 202 555 0188";
        Assert.Equal($"{Lead}\n\n{Second}", Clean(raw));
    }

    [Fact]
    public void DropsTheTeaserThatTheDatelineParagraphRepeats()
    {
        var raw = $"{Lead}\n\nGENEVA, May 24 (Wire Agency) - {Lead}\n\n{Second}";
        Assert.Equal($"GENEVA, May 24 (Wire Agency) - {Lead}\n\n{Second}", Clean(raw));
    }

    [Fact]
    public void KeepsARepeatedSentenceOnce()
    {
        Assert.Equal($"{Lead}\n\n{Second}", Clean($"{Lead}\n{Second}\n{Lead}"));
    }

    [Fact]
    public void DropsInterfaceStringsInAnotherScript()
    {
        Assert.Equal($"{Lead}\n\n{Second}", Clean($"{Lead}\n{Second}\n\u0417\u0430\u0433\u043E\u043B\u043E\u0432\u043E\u043A \u043C\u0430\u0442\u0435\u0440\u0438\u0430\u043B\u0430"));
    }

    [Fact]
    public void KeepsAnArticleInItsOwnScript()
    {
        const string ru = "\u041F\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0442\u044B \u0432\u0441\u0442\u0440\u0435\u0442\u044F\u0442\u0441\u044F \u0432 \u0438\u044E\u043D\u0435 \u043D\u0430 \u0441\u0430\u043C\u043C\u0438\u0442\u0435 \u0432 \u0421\u0435\u0432\u0435\u0440\u043D\u043E\u0439 \u0418\u0440\u043B\u0430\u043D\u0434\u0438\u0438, \u0441\u043E\u043E\u0431\u0449\u0438\u043B \u043F\u043E\u043C\u043E\u0449\u043D\u0438\u043A.";
        const string ru2 = "\u041F\u043E\u043C\u043E\u0449\u043D\u0438\u043A \u0441\u043A\u0430\u0437\u0430\u043B, \u0447\u0442\u043E \u0432\u0442\u043E\u0440\u0430\u044F \u0432\u0441\u0442\u0440\u0435\u0447\u0430 \u0441\u043E\u0441\u0442\u043E\u0438\u0442\u0441\u044F \u0432 \u0441\u0435\u043D\u0442\u044F\u0431\u0440\u0435 \u0432 \u041C\u043E\u0441\u043A\u0432\u0435.";
        Assert.Equal($"{ru}\n\n{ru2}", Clean($"{ru}\n{ru2}\nShare this"));
    }

    [Fact]
    public void DropsALegalNoticeAfterTheArticle()
    {
        var raw = $"{Lead}\n{Second}\nDisclaimer:\nThe publisher accepts no liability for the accuracy or completeness of third-party content; all rights reserved under copyright.\nEditorial office:";
        Assert.Equal($"{Lead}\n\n{Second}", Clean(raw));
    }

    [Fact]
    public void KeepsLegalVocabularyInsideTheArticle()
    {
        const string legal = "The court held the publisher liable for the accuracy and completeness of the report, citing copyright law.";
        Assert.Equal($"{Lead}\n\n{legal}\n\n{Second}", Clean($"{Lead}\n{legal}\n{Second}"));
    }

    [Fact]
    public void KeepsALastParagraphThatMentionsTermsAndAnAuthor()
    {
        const string last = "The author of the report said the terms and conditions of the deal were registered with the court.";
        Assert.Equal($"{Lead}\n\n{last}", Clean($"{Lead}\n{last}"));
    }

    [Fact]
    public void TakesTheHeadlineOutOfTheBodyAndDropsTheHeadAboveIt()
    {
        var raw = $"Home\nSite tagline with news and views from the region.\nPresidents Agree to Resume Arms Control Talks\n{Lead}\n{Second}";
        var cleaned = Cleaner.Clean(raw, ArticleHints.None);
        Assert.Equal($"{Lead}\n\n{Second}", cleaned.Text);
        Assert.Equal("Presidents Agree to Resume Arms Control Talks", cleaned.Metadata.Title?.Value);
    }

    [Fact]
    public void DoesNotTakeALineBetweenTheLeadAndTheNextSentenceForTheHeadline()
    {
        var raw = $"{Lead}\nPresidents Agree to Resume Arms Control Talks\n{Second}";
        var cleaned = Cleaner.Clean(raw, ArticleHints.None);
        Assert.Null(cleaned.Metadata.Title);
        Assert.Equal($"{Lead}\n\nPresidents Agree to Resume Arms Control Talks\n\n{Second}", cleaned.Text);
    }

    [Fact]
    public void DoesNotTakeAnUnrelatedMenuLineForTheHeadline()
    {
        var cleaned = Cleaner.Clean($"Opinion Sports Weather Business Culture\n{Lead}\n{Second}", ArticleHints.None);
        Assert.Null(cleaned.Metadata.Title);
        Assert.Equal($"{Lead}\n\n{Second}", cleaned.Text);
    }

    [Fact]
    public void ReturnsEmptyTextWhenNothingLooksLikeAnArticle()
    {
        var cleaned = Cleaner.Clean("Home\nNews\nLog in\nSubscribe\n\u00A9 2020 Example Media\nhttps://example.org", ArticleHints.None);
        Assert.Equal(string.Empty, cleaned.Text);
        Assert.Empty(cleaned.Paragraphs);
    }

    [Fact]
    public void ReturnsEmptyTextForEmptyInput()
    {
        var cleaned = Cleaner.Clean(string.Empty, ArticleHints.None);
        Assert.Equal(string.Empty, cleaned.Text);
        Assert.Equal(ArticleMetadata.Empty, cleaned.Metadata);
    }

    [Fact]
    public void AnnotateGivesARoleAndReasonForEveryBlock()
    {
        var raw = $"Events\nPresidents Agree to Resume Arms Control Talks\n{Lead}\n2 of 5\n{Second}\n\u2013XYZ";
        var decisions = Cleaner.Annotate(raw);
        Assert.Equal(
            [
                (LineRole.Boilerplate, "head"), (LineRole.Title, "title"), (LineRole.Body, "sentence"),
                (LineRole.Boilerplate, "counter"), (LineRole.Body, "sentence"), (LineRole.Metadata, "signature"),
            ],
            decisions.Select(d => (d.Role, d.Reason)));
        Assert.Equal("2 of 5", raw[decisions[3].Span.Start..decisions[3].Span.End]);
    }

    [Fact]
    public void UsesCorpusRepetitionWhenGiven()
    {
        var stats = new CorpusLineStats();
        for (var i = 0; i < 5; i++)
        {
            stats.AddDocument($"Follow our live coverage\nStory number {i} is about something else entirely, said the editor.");
        }

        var raw = $"{Lead}\nFollow our live coverage\n{Second}";
        Assert.Equal($"{Lead}\n\nFollow our live coverage\n\n{Second}", Clean(raw));
        var withCorpus = new PlainTextCleaner(new PlainTextCleanerOptions { Corpus = stats });
        Assert.Equal($"{Lead}\n\n{Second}", withCorpus.Clean(raw, ArticleHints.None).Text);
    }

    [Fact]
    public void KeepsSyndicatedSentencesThatAFewDocumentsShare()
    {
        var stats = new CorpusLineStats();
        for (var i = 0; i < 50; i++)
        {
            stats.AddDocument(i < 4 ? $"{Lead}\nOther text {i}." : $"Unrelated story {i} about the weather, which was fine.");
        }

        var withCorpus = new PlainTextCleaner(new PlainTextCleanerOptions { Corpus = stats });
        Assert.Equal($"{Lead}\n\n{Second}", withCorpus.Clean($"{Lead}\n{Second}", ArticleHints.None).Text);
    }
}
