using Dyad.Events.Dictionaries;

namespace Dyad.Events.Tests.Dictionaries;

/// <summary>
/// Agent dictionaries: <c>PHRASE {PLURALS} [~CODE]</c>, with substitution sets <c>!NAME! = A, B</c>.
/// </summary>
public sealed class AgentDictionaryReaderTests
{
    private static (IReadOnlyList<PetrarchAgent> Agents, List<DictionaryDiagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        return (AgentDictionaryReader.Read(text, "test.agents.txt", diagnostics), diagnostics);
    }

    // Rule: '~' before the code appends it to the actor's code; after it, prepends it.
    [Fact]
    public void ReadsCodePlacement()
    {
        var (agents, diagnostics) = Read("FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01\nHUMAN_RIGHTS_BODY  [NGO~]\nPOLICE {} [ ~COP]\n");
        Assert.Empty(diagnostics);
        Assert.Equal(("FOREIGN MINISTER", "GOVFRM", AgentCodePlacement.AfterActor), (agents[0].Phrase, agents[0].Code, agents[0].Placement));
        Assert.Equal(AgentCodePlacement.BeforeActor, agents[1].Placement);
        Assert.Equal("RUSGOVFRM", agents[0].Combine("RUS"));
        Assert.Equal("NGORUS", agents[1].Combine("RUS"));
        Assert.Equal("COP", agents[2].Code);
    }

    // Rule: regular plurals are generated; {...} gives irregular ones; {} means none.
    [Fact]
    public void FormsPlurals()
    {
        var (agents, _) = Read("""
            AMBASSADOR [~GOV]
            SECRETARY [~GOV]
            ATTORNEY [~JUD]
            WITNESS [~CVL]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
            SEAMAN {SEAMEN} [~MIL]
            POLICE {} [~COP]
            """);
        Assert.Equal(["AMBASSADORS"], agents[0].Plurals.ToArray());
        Assert.Equal(["SECRETARIES"], agents[1].Plurals.ToArray());
        Assert.Equal(["ATTORNEYS"], agents[2].Plurals.ToArray());
        Assert.Equal(["WITNESSES"], agents[3].Plurals.ToArray());
        Assert.Equal(["ATTORNEYS GENERAL"], agents[4].Plurals.ToArray());
        Assert.Equal(["SEAMEN"], agents[5].Plurals.ToArray());
        Assert.Empty(agents[6].Plurals);
    }

    // Rule: !NAME! stands for each value of its set, with no further plurals.
    [Fact]
    public void ExpandsSubstitutionMarkers()
    {
        var (agents, diagnostics) = Read("!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n!MINIST! = MINISTER, MINISTRY\nCONGRESS!PERSON! [~LEG]\n!MINIST!_OF_FOREIGN_AFFAIRS [~GOV]\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN", "CONGRESSPERSON", "MINISTER OF FOREIGN AFFAIRS", "MINISTRY OF FOREIGN AFFAIRS"], agents.Select(a => a.Phrase));
        Assert.All(agents, a => Assert.Empty(a.Plurals));
        Assert.All(agents.Take(5), a => Assert.Equal(3, a.Location.Line));
    }

    // Rule: a line without a code, an undefined marker or a code without '~' is skipped with a diagnostic;
    // a code closed with '}' is read with a warning.
    [Fact]
    public void ReportsBadLines()
    {
        var (agents, diagnostics) = Read("ISLAMIC_EXTREMIST\nDEPARMENT_OF_ENVIRONMENT [~ENV}\n!UNDEFINED!_THING [~GOV]\nNO_TILDE [GOV]\nBROKEN {PLURAL [~GOV]\nFINE [~GOV]\n");
        Assert.Equal(["DEPARMENT OF ENVIRONMENT", "FINE"], agents.Select(a => a.Phrase));
        Assert.Equal("ENV", agents[0].Code);
        Assert.Equal([1, 2, 3, 4, 5], diagnostics.Select(d => d.Location.Line));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[1].Severity);
        Assert.All(diagnostics.Where(d => d.Location.Line != 2), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }
}
