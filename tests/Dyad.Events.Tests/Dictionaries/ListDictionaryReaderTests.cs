using Dyad.Events.Dictionaries;

namespace Dyad.Events.Tests.Dictionaries;

/// <summary>Discard lists, issue lists and preposition lists.</summary>
public sealed class ListDictionaryReaderTests
{
    // Rule: a discard phrase stops its sentence from being coded; '+' stops the whole story; a final '_' asks
    // for a whole-word match.
    [Fact]
    public void ReadsDiscards()
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        var discards = ListDictionaryReader.ReadDiscards("# Story-level discards are indicated with a '+'.\nMONTHS LATER\n+World Golf Championships   # pas\nACADEMY AWARD   # LRP 08 Mar 2004 ;LRP\nBATSMAN_\n", "d.txt", diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(["MONTHS LATER", "World Golf Championships", "ACADEMY AWARD", "BATSMAN"], discards.Select(d => d.Phrase));
        Assert.Equal([false, true, false, false], discards.Select(d => d.WholeStory));
        Assert.True(discards[3].WholeWord);
        Assert.Equal(3, discards[1].Location.Line);
    }

    // Rule: 'phrase [CODE]' inside <ISSUE CATEGORY="..."> blocks; n: adds the plural, v: the verb forms, +
    // both a blank and a hyphen; ~ and ~~ are ignore phrases for the sentence and the story.
    [Fact]
    public void ReadsAndExpandsIssues()
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        var issues = ListDictionaryReader.ReadIssues("""
            <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
            n:preschool [EARLY_CHILDHOOD_EDUCATION]
            pre+k [EARLY_CHILDHOOD_EDUCATION]
            ethnic v:purge [ID_ATROCITY]
            n:crime against humanity [ID_ATROCITY]
            ~a head start
            ~~Armenian genocide  # not coding historical cases
            european central bank
            </ISSUE>
            eu [EUROPEAN_UNION]
            """, "i.txt", diagnostics);
        Assert.Equal(["PRESCHOOL", "PRESCHOOLS"], issues[0].Forms.ToArray());
        Assert.Equal("EDUCATION", issues[0].Category);
        Assert.Equal(["PRE K", "PRE-K"], issues[1].Forms.ToArray());
        Assert.Equal(["ETHNIC PURGE", "ETHNIC PURGES", "ETHNIC PURGED", "ETHNIC PURGING"], issues[2].Forms.ToArray());
        Assert.Equal(["CRIME AGAINST HUMANITY", "CRIMES AGAINST HUMANITY"], issues[3].Forms.ToArray());
        Assert.Equal((IssueEntryKind.IgnoreInSentence, null), (issues[4].Kind, issues[4].Code));
        Assert.Equal(("Armenian genocide", IssueEntryKind.IgnoreInStory), (issues[5].Phrase, issues[5].Kind));
        Assert.Null(issues[6].Category);
        Assert.Equal("EUROPEAN_UNION", issues[6].Code);
        Assert.Equal(8, Assert.Single(diagnostics).Location.Line);
    }

    [Fact]
    public void ReadsPrepositions()
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        Assert.Equal(["abaft", "apropos", "vis-à-vis"], ListDictionaryReader.ReadPrepositions("abaft\napropos \nvis-à-vis\n", "p.txt", diagnostics));
        Assert.Empty(diagnostics);
    }
}
