using Dyad.Events.Dictionaries;

namespace Dyad.Events.Tests.Dictionaries;

/// <summary>
/// Actor dictionaries, rule by rule. A record is a primary phrase, optional <c>+</c> synonyms and codes in
/// brackets, inline or on their own (tab-indented) lines; codes may carry date restrictions.
/// </summary>
public sealed class ActorDictionaryReaderTests
{
    private static (IReadOnlyList<PetrarchActor> Actors, List<DictionaryDiagnostic> Diagnostics) Read(string text, bool strict = false)
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        return (ActorDictionaryReader.Read(text, "test.actors.txt", diagnostics, strict), diagnostics);
    }

    // Rule: a primary phrase may carry its code inline; underscores and blanks both separate words, and
    // TABARI's final underscore is dropped.
    [Fact]
    public void ReadsInlineCodeAndNormalisesWords()
    {
        var (actors, diagnostics) = Read("AFGHANISTAN_  [AFG]\nHAMAS WING [PSEHMSBRD]\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["AFGHANISTAN", "HAMAS WING"], actors.Select(a => a.Name));
        Assert.Equal(new DatedCode("AFG", null, null), actors[0].Codes.Single());
        Assert.Equal(new DictionaryLocation("test.actors.txt", 2), actors[1].Location);
    }

    // Rule: '+' lines are synonyms of the record above them.
    [Fact]
    public void CollectsSynonyms()
    {
        var (actors, _) = Read("DENMARK  [DNK]\n+DANISH \n+ZEALAND\n\nFRANCE [FRA]\n+FRENCH\n");
        Assert.Equal(["DENMARK", "DANISH", "ZEALAND"], actors[0].Names.ToArray());
        Assert.Equal(["FRANCE", "FRENCH"], actors[1].Names.ToArray());
    }

    // Rule: codes on their own lines, with YYMMDD or YYYYMMDD dates: A-B between (inclusive), >A from, <A until,
    // none for the default. Two-digit years 00-30 are 20YY, others 19YY. Spaces inside the bracket are allowed.
    [Fact]
    public void ReadsDateBoundedCodes()
    {
        const string text = """
            VLADIMIR_PUTIN_  # CountryInfo.txt
            +PUTIN_
            	[RUSELI 700101-990809]
            	[RUSGOV 991231-080507]
            	[RUSGOV >080508]
            	[RUSELI]
            GOLLUM
            	[HOB < 950601]
            	[HOBGOV 19950601 - 19990815]
            """;
        var (actors, diagnostics) = Read(text);
        Assert.Empty(diagnostics);
        var putin = actors[0];
        Assert.Equal(["VLADIMIR PUTIN", "PUTIN"], putin.Names.ToArray());
        Assert.Equal(new DatedCode("RUSELI", new DateOnly(1970, 1, 1), new DateOnly(1999, 8, 9)), putin.Codes[0]);
        Assert.Equal(new DatedCode("RUSGOV", new DateOnly(1999, 12, 31), new DateOnly(2008, 5, 7)), putin.Codes[1]);
        Assert.Equal(new DatedCode("RUSGOV", new DateOnly(2008, 5, 8), null), putin.Codes[2]);
        Assert.True(putin.Codes[3].IsDefault);
        Assert.Equal(new DatedCode("HOB", null, new DateOnly(1995, 6, 1)), actors[1].Codes[0]);
        Assert.Equal(new DatedCode("HOBGOV", new DateOnly(1995, 6, 1), new DateOnly(1999, 8, 15)), actors[1].Codes[1]);
    }

    // Rule: on a date, the first dated code that holds wins, else the default code, else none.
    [Fact]
    public void ChoosesTheCodeThatHoldsOnADate()
    {
        var (actors, _) = Read("PUTIN\n\t[RUSELI 700101-990809]\n\t[RUSGOV >080508]\n\t[RUSELI]\nNOBODY\n\t[XXX 100101-101231]\n");
        Assert.Equal("RUSELI", actors[0].CodeOn(new DateOnly(1990, 1, 1)));
        Assert.Equal("RUSGOV", actors[0].CodeOn(new DateOnly(2012, 6, 18)));
        Assert.Equal("RUSGOV", actors[0].CodeOn(new DateOnly(2008, 5, 8)));
        Assert.Equal("RUSELI", actors[0].CodeOn(new DateOnly(2001, 1, 1)));
        Assert.Null(actors[1].CodeOn(new DateOnly(2011, 1, 1)));
        Assert.Equal("XXX", actors[1].CodeOn(new DateOnly(2010, 12, 31)));
    }

    // Rule: '#' and ';' start comments; '<!-- -->' comments may span lines.
    [Fact]
    public void SkipsCommentsOfEveryKind()
    {
        const string text = """
            <!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY -->
            <!--
            # a multi-line comment
            NOT_AN_ACTOR [XXX]
            -->
            # a whole-line comment
            ATHENS  [GRC] #JW   10/17/91
            JAMES_BYRNES_  ; CountryInfo.txt
            	[USAGOV 450703-470121]
            """;
        var (actors, diagnostics) = Read(text);
        Assert.Empty(diagnostics);
        Assert.Equal(["ATHENS", "JAMES BYRNES"], actors.Select(a => a.Name));
        Assert.Equal(7, actors[0].Location.Line);
    }

    // Rule (repair, off when strict): a code-less phrase directly followed by another phrase is a synonym whose
    // '+' was forgotten, so the run joins the record that follows; a blank or comment line stops the run, and so
    // does a next line with its own inline code or a record whose code line was unreadable.
    [Fact]
    public void JoinsCodelessRunsIntoTheFollowingRecord()
    {
        const string text = "LEONID_BREZHNEV_  # CountryInfo.txt\nLEONID_ILYICH_BREZHNEV\nSECRETARY_BREZHNEV\n\t[RUSGOV 641014-821110]\nU.N._\n\nUN_SECRETARY_GENERAL [IGOUNO]\n";
        var (actors, diagnostics) = Read(text);
        Assert.Equal(["LEONID BREZHNEV", "LEONID ILYICH BREZHNEV", "SECRETARY BREZHNEV"], actors[0].Names.ToArray());
        Assert.Equal("RUSGOV", actors[0].CodeOn(new DateOnly(1970, 1, 1)));
        Assert.Equal(1, actors[0].Location.Line);
        Assert.Equal(["U.N.", "UN SECRETARY GENERAL"], actors.Skip(1).Select(a => a.Name));
        Assert.Equal([2, 3, 5], diagnostics.Select(d => d.Location.Line));

        var (kept, _) = Read("Source: MNC.MLH.actors\nA._SCHULMAN_\t[MNCUSA]\nDAVID_CAMERON\n\t[GBRGOV >201005011]\nALAN_JOHNSON_\n\t[GBRGOV]\n");
        Assert.Equal(["Source: MNC.MLH.actors", "A. SCHULMAN", "DAVID CAMERON", "ALAN JOHNSON"], kept.Select(a => a.Name));

        var (strict, strictDiagnostics) = Read(text, strict: true);
        Assert.Equal(5, strict.Count);
        Assert.Empty(strict[0].Codes);
        Assert.Equal(3, strictDiagnostics.Count);
    }

    // Rule: bad lines never throw; they become diagnostics naming file:line, and the rest loads.
    [Fact]
    public void ReportsMalformedLinesAndKeepsGoing()
    {
        const string text = """
            +ORPHAN_SYNONYM
            	[ORP]
            GOOD [GDD]

            	[BAD 9008223-911221]
            	[BAD >201005011]
            	[UNCLOSED 990101
            	[]
            NO_CODE_HERE

            ALSO_GOOD [ALS]
            """;
        var (actors, diagnostics) = Read(text);
        Assert.Equal(["GOOD", "NO CODE HERE", "ALSO GOOD"], actors.Select(a => a.Name));
        Assert.Single(actors[0].Codes);
        Assert.Equal([1, 2, 5, 6, 7, 8, 9], diagnostics.Select(d => d.Location.Line));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[^1].Severity);
        Assert.StartsWith("test.actors.txt:5: bad date restriction", diagnostics[2].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsWindowsLineEndingsAByteOrderMarkAndInlineXmlComments()
    {
        var (actors, diagnostics) = Read("\uFEFFATHENS [GRC]\r\n+ATHINA <!-- Greek --> \r\n\r\nSPARTA\r\n\t[SPA]");
        Assert.Empty(diagnostics);
        Assert.Equal(["ATHENS", "ATHINA"], actors[0].Names.ToArray());
        Assert.Equal(new DatedCode("SPA", null, null), actors[1].Codes.Single());
        Assert.Equal(4, actors[1].Location.Line);
    }

    [Fact]
    public void WarnsWhenACommentIsNeverClosed()
    {
        var (actors, diagnostics) = Read("ATHENS [GRC]\n<!-- oops\nSPARTA [SPA]\n");
        Assert.Equal("ATHENS", Assert.Single(actors).Name);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((0, DiagnosticSeverity.Warning), (warning.Location.Line, warning.Severity));
        Assert.Equal("test.actors.txt: '<!--' comment never closed: the rest of the file was read as comment", warning.ToString());
    }

    [Fact]
    public void ReadsEmptyAndHostileTextWithoutThrowing()
    {
        Assert.Empty(Read(string.Empty).Actors);
        Assert.Empty(Read("\n\n   \n").Actors);
        var (actors, _) = Read("[\n+\n<!--\nX [Y]");
        Assert.Empty(actors);
        Dyad.Testing.Properties.ForAll(50, rng =>
        {
            var text = Dyad.Testing.Properties.HostileText(rng);
            var diagnostics = new List<DictionaryDiagnostic>();
            _ = ActorDictionaryReader.Read(text, "hostile", diagnostics);
            _ = AgentDictionaryReader.Read(text, "hostile", diagnostics);
            _ = VerbDictionaryReader.Read(text, "hostile", diagnostics);
            _ = ListDictionaryReader.ReadIssues(text, "hostile", diagnostics);
            _ = ListDictionaryReader.ReadDiscards(text, "hostile", diagnostics);
        });
    }
}
