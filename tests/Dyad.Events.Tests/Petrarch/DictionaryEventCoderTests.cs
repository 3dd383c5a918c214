using Dyad.Events.Dictionaries;
using Dyad.Events.Petrarch;

namespace Dyad.Events.Tests.Petrarch;

/// <summary>
/// The PETRARCH dictionary coder, rule by rule, on a small dictionary set written here (actors with dated codes,
/// agents, verbs with patterns and a synset, a discard list).
/// </summary>
public sealed class DictionaryEventCoderTests : IClassFixture<DictionaryEventCoderTests.TinyDictionaries>
{
    private static readonly DateOnly Date = new(1995, 1, 1);

    private readonly DictionaryEventCoder _coder;

    public DictionaryEventCoderTests(TinyDictionaries dictionaries)
    {
        _coder = dictionaries.Coder;
    }

    private string[] Code(string text, DateOnly? date = null) =>
        [.. _coder.Code(text, date ?? Date).Select(e => e.ToString()).Distinct().Order(StringComparer.Ordinal)];

    // Rule: the subject's actor is the source, the first actor after the verb the target, the verb's block code the code.
    [Fact]
    public void CodesSubjectVerbAndObjectWithTheBlockCode() =>
        Assert.Equal(["ARN-GON-064"], Code("Arnor will restore ties with Gondor."));

    // Rule: an actor's synonyms find it; the longest phrase wins ("Minas Tirith", not a word of it).
    [Fact]
    public void FindsActorsBySynonym() =>
        Assert.Equal(["GON-ARN-064"], Code("Minas Tirith restored ties with Arnor."));

    // Rule: a matching pattern's code beats the block's; blanks between pattern words let other words in.
    [Fact]
    public void PrefersAMatchingPatternWithWordsBetween() =>
        Assert.Equal(["ARN-GON-065"], Code("Arnor will restore full diplomatic ties with Gondor."));

    // Rule: a synset in a pattern matches any of its phrases, multi-word ones too; without it, the block code.
    [Fact]
    public void MatchesSynsetPhrases()
    {
        Assert.Equal(["ARN-GON-071"], Code("Arnor will contribute a million swiss francs to Gondor."));
        Assert.Equal(["ARN-GON-070"], Code("Arnor will contribute a million rupees to Gondor."));
    }

    // Rule: a paired code [032:033] codes source→target with the first part and target→source with the second.
    [Fact]
    public void PairedCodeCodesBothDirections() =>
        Assert.Equal(["ARN-GON-032", "GON-ARN-033"], Code("Arnor arrived in Gondor on Monday."));

    // Rule: an actor's code is the one whose date restriction holds on the story's date.
    [Fact]
    public void TakesTheActorCodeThatHoldsOnTheDate()
    {
        Assert.Equal(["HOB-GON-064"], Code("Gollum restored ties with Gondor.", new DateOnly(1995, 1, 1)));
        Assert.Equal(["HOBGOV-GON-064"], Code("Gollum restored ties with Gondor.", new DateOnly(1996, 1, 1)));
    }

    // Rule: agents join the actor of their noun phrase (after it for ~GOV, before it for NGO~), also through
    // "of"/"from"; an agent alone is ---.
    [Fact]
    public void CombinesAgentsWithActors()
    {
        Assert.Equal(["GONGOV-ARN-064"], Code("The Gondor government restored ties with Arnor."));
        Assert.Equal(["GONMIL-ARN-064"], Code("Soldiers from Gondor restored ties with Arnor."));
        Assert.Equal(["NGOARN-GON-064"], Code("MSF Arnor restored ties with Gondor."));
        Assert.Equal(["---MIL-GON-064"], Code("Soldiers restored ties with Gondor."));
    }

    // Rule: conjoined agents before "in"/"of"/"from" and conjoined actors after it give every agent with every actor.
    [Fact]
    public void ConjoinedAgentsOfConjoinedActorsCombineEachWithEach()
    {
        Assert.Equal(["GONGOV-ARN-064", "GONLEG-ARN-064"], Code("Lawmakers and officials in Gondor restored ties with Arnor."));
        Assert.Equal(["ARNMIL-GON-064", "BILMIL-GON-064", "FROMIL-GON-064"], Code("Soldiers from Arnor and the Shire restored ties with Gondor."));
    }

    // Rule: a head naming nobody takes the actor after "of" ("the people of Gondor" is Gondor), also in a compound.
    [Fact]
    public void HeadNamingNobodyTakesTheActorAfterOf() =>
        Assert.Equal(["ARN-BIL-064", "ARN-FRO-064", "GON-BIL-064", "GON-FRO-064"], Code("Arnor and the people of Gondor restored ties with the Shire."));

    // Rule: "X and Y" codes one event per actor; a multi-code actor (FRO/BIL) counts as several.
    [Fact]
    public void CompoundsCodeOneEventPerActor() =>
        Assert.Equal(["ARN-BIL-064", "ARN-FRO-064", "GON-BIL-064", "GON-FRO-064"], Code("Arnor and Gondor restored ties with the Shire."));

    // Rule: '%' before the verb makes the members of a compound act on one another.
    [Fact]
    public void CompoundMarkerCodesMembersWithEachOther() =>
        Assert.Equal(["ARN-GON-030", "GON-ARN-030"], Code("Arnor and Gondor agree that the dispute should end."));

    // Rule: in a passive, the actor of the "by" phrase is the source and the subject the target.
    [Fact]
    public void PassiveTakesTheSourceFromTheByPhrase() =>
        Assert.Equal(["GON-ARN-112"], Code("Arnor was opposed by Gondor."));

    // Rule: a negated verb codes nothing, unless a pattern spells the negation out.
    [Fact]
    public void NegatedVerbCodesOnlyThroughANegativePattern()
    {
        Assert.Empty(Code("Arnor did not restore ties with Gondor."));
        Assert.Equal(["ARN-GON-904"], Code("Arnor will not clash with Gondor."));
    }

    // Rule: a sentence holding a discard phrase is not coded.
    [Fact]
    public void DiscardPhraseStopsCoding() =>
        Assert.Empty(Code("Arnor restored ties with Gondor after the baseball match."));

    // Rule: a subject that names no actor gives no source, so nothing is coded (an event needs both actors).
    [Fact]
    public void SubjectWithoutActorCodesNothing() =>
        Assert.Empty(Code("Crowds restored ties with Gondor."));

    // Rule: a pronoun subject takes the source from the clause it hangs on.
    [Fact]
    public void PronounSubjectTakesTheSourceOfTheGoverningClause() =>
        Assert.Equal(["ARN-GON-064"], Code("Arnor indicated it would restore ties with Gondor."));

    // Rule: the subject of another finite clause ("..., Gondor officials said") is never the target.
    [Fact]
    public void SubjectOfAnotherClauseIsNotTheTarget() =>
        Assert.Empty(Code("Arnor will restore ties, Gondor officials said."));

    // Rule: a form not listed (nor regular) is not the verb: "departes" is not DEPART.
    [Fact]
    public void UnlistedFormIsNotAVerb() =>
        Assert.Empty(Code("Arnor departes from Gondor."));

    // Rule: the words of a PETRARCH-2 phrase "(IN &TROUBLE)" must follow one another within the phrase: the search
    // after its first word stops at a verb or a comma.
    [Fact]
    public void PhraseWordsMustStayInThePhrase()
    {
        Assert.Equal(["ARN-GON-190"], Code("Arnor will meet Gondor in a bitter dispute."));
        Assert.Equal(["ARN-GON-040"], Code("Arnor will meet Gondor in Osgiliath to end the dispute."));
    }

    // Rule: a gerund right after a preposition names an activity and is not coded ("after departing Arnor").
    [Fact]
    public void GerundAfterAPrepositionIsNotCoded() =>
        Assert.Equal(["HOB-GON-064"], Code("Gollum restored ties with Gondor after departing Arnor."));

    /// <summary>The dictionary set, written once to a temporary folder and loaded with <see cref="PetrarchDictionaries.Load(string, PetrarchLoadOptions?)"/>.</summary>
    public sealed class TinyDictionaries : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "dyad-petrarch-" + Guid.NewGuid().ToString("N"));

        public TinyDictionaries()
        {
            Directory.CreateDirectory(_folder);
            File.WriteAllText(Path.Combine(_folder, "tiny.actors.txt"), """
                ARNOR_ [ARN]
                GONDOR [GON]
                +MINAS_TIRITH
                GOLLUM
                	[HOB <950601]
                	[HOBGOV >950602]
                THE_SHIRE [FRO/BIL]
                """);
            File.WriteAllText(Path.Combine(_folder, "tiny.agents.txt"), """
                GOVERNMENT [~GOV]
                SOLDIER [~MIL]
                LAWMAKER [~LEG]
                OFFICIAL [~GOV]
                MSF {} [NGO~]
                """);
            File.WriteAllText(Path.Combine(_folder, "tiny.verbs.txt"), """
                &CURRENCY
                +DOLLARS
                +SWISS FRANCS
                &TROUBLE
                +DISPUTE
                --- MEET [040] ---
                MEET
                - * (IN &TROUBLE) [190]
                --- RESTORE [064] ---
                RESTORE
                - * DIPLOMATIC TIES [065]
                --- CONTRIBUTE [070] ---
                CONTRIBUTE
                - * &CURRENCY [071]
                --- ARRIVE [032:033] ---
                ARRIVE
                --- DEPART [032] ---
                DEPART
                --- OPPOSE [112] ---
                OPPOSE
                --- CLASH [223] ---
                CLASH
                - WILL NOT * [904]
                --- AGREE [081] ---
                AGREE
                - % * [030:030]
                """);
            File.WriteAllText(Path.Combine(_folder, "tiny.discards.txt"), "BASEBALL\n");
            Coder = new DictionaryEventCoder(PetrarchDictionaries.Load(_folder));
        }

        public DictionaryEventCoder Coder { get; }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
