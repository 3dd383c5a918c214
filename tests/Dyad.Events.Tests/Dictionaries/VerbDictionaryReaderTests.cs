using Dyad.Events.Dictionaries;

namespace Dyad.Events.Tests.Dictionaries;

/// <summary>
/// Verb dictionaries: synsets, verb blocks (<c>--- MEANING [CODE] ---</c>), verbs with their forms, patterns
/// and transformations.
/// </summary>
public sealed class VerbDictionaryReaderTests
{
    private static (PetrarchVerbs Verbs, List<DictionaryDiagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        return (VerbDictionaryReader.Read(text, "test.verbs.txt", diagnostics), diagnostics);
    }

    // Rule: '&NAME' opens a synset and the '+' lines after it are its members; a final '_' on the label or a
    // member means no plural.
    [Fact]
    public void ReadsSynsets()
    {
        var (verbs, diagnostics) = Read("&AUXVERB3_\n+HAVE\n+HAS\n\n&CURRENCY\n+DOLLAR\n+CASH_\n+SWISS FRANCS\n+GOLDEN_GOBLIN_GALLEONS\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["&AUXVERB3", "&CURRENCY"], verbs.Synsets.Select(s => s.Name));
        Assert.True(verbs.Synsets[0].NoPlurals);
        Assert.All(verbs.Synsets[0].Members, m => Assert.True(m.NoPlural));
        Assert.Equal(["DOLLAR", "CASH", "SWISS FRANCS", "GOLDEN GOBLIN GALLEONS"], verbs.Synsets[1].Members.Select(m => m.Phrase));
        Assert.Equal([false, true, false, false], verbs.Synsets[1].Members.Select(m => m.NoPlural));
    }

    // Rule: a block header gives the block's meaning and code ('---' when none); the verbs below get regular
    // forms unless {...} lists them; a verb may carry its own code.
    [Fact]
    public void ReadsBlocksAndVerbForms()
    {
        var (verbs, diagnostics) = Read("""
            ---  ACCELERATE   [---]  ---
            ACCELERATE
            HURRY {HURRIES HURRYING HURRIED }
            RACE
            --- EXPLAIN_VERBAL [010] ---
            CLARIFY {CLARIFIES CLARIFIED CLARIFYING} [040]
            +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}
            WIRE_+TAP
            +ANGERED_BY {}
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(["ACCELERATE", "EXPLAIN VERBAL"], verbs.Blocks.Select(b => b.Meaning));
        Assert.True(verbs.Blocks[0].Code.IsNull);
        Assert.Equal("010", verbs.Blocks[1].Code.Forward);
        var v = verbs.Blocks[0].Verbs;
        Assert.Equal(["ACCELERATES", "ACCELERATED", "ACCELERATING"], v[0].Forms.ToArray());
        Assert.Equal(["HURRIES", "HURRYING", "HURRIED"], v[1].Forms.ToArray());
        Assert.True(v[1].IrregularFormsGiven);
        Assert.Equal(["RACES", "RACED", "RACING"], v[2].Forms.ToArray());
        var w = verbs.Blocks[1].Verbs;
        Assert.Equal("040", w[0].Code!.Value.Forward);
        Assert.Null(w[1].Code);
        Assert.Equal(("CORDON OFF", 0), (w[1].Verb, w[1].HeadIndex));
        Assert.Equal(["CORDONED OFF", "CORDONS OFF"], w[1].Forms.ToArray());
        Assert.Equal(("WIRE TAP", 1), (w[2].Verb, w[2].HeadIndex));
        Assert.Equal("WIRE TAPS", w[2].Forms[0]);
        Assert.Empty(w[3].Forms);
    }

    // Rule: a pattern is '-', tokens around the verb '*', then [CODE]. '$' marks the source, '+' the target,
    // '%' a compound actor, '^' a skipped phrase, (...) a prepositional phrase, {...} a noun phrase, A/B
    // alternatives and &NAME a synset; '_' joins tokens that must be adjacent.
    [Fact]
    public void TokenizesPatterns()
    {
        var (verbs, diagnostics) = Read("""
            &WEAPON
            +GUN
            --- RUSH [---] ---
            RUSH
            - * (TO BORDER)  [154]  # RUSH
            - &WEAPON * + (BY/WITH $) [194]
            - SUGGESTED_+ * DEMAND [111]
            - % * [030:030]
            - * EID AT ^ WITH +  [043]
            - * {ARMS SHIPMENT} [072]
            """);
        Assert.Empty(diagnostics);
        var p = verbs.Blocks[0].Patterns;
        Assert.Equal(6, p.Length);
        Assert.Equal("RUSH", p[0].Block);
        Assert.Equal([PatternTokenKind.Verb, PatternTokenKind.OpenPrepositionalPhrase, PatternTokenKind.Word, PatternTokenKind.Word, PatternTokenKind.ClosePrepositionalPhrase], p[0].Tokens.Select(t => t.Kind));
        Assert.Equal("154", p[0].Code.Forward);
        Assert.Equal(0, p[0].VerbIndex);
        Assert.Equal(-1, p[0].SourceIndex);

        Assert.Equal(PatternTokenKind.Synset, p[1].Tokens[0].Kind);
        Assert.Equal("&WEAPON", p[1].Tokens[0].Text);
        Assert.Equal(1, p[1].VerbIndex);
        Assert.Equal(2, p[1].TargetIndex);
        Assert.Equal(5, p[1].SourceIndex);
        Assert.Equal(["BY", "WITH"], p[1].Tokens[4].Alternatives.ToArray());
        Assert.Single(p[1].Before);

        Assert.True(p[2].Tokens[1].Adjacent);
        Assert.Equal(PatternTokenKind.Target, p[2].Tokens[1].Kind);
        Assert.Equal(PatternTokenKind.Compound, p[3].Tokens[0].Kind);
        Assert.Equal(("030", "030"), (p[3].Code.Forward, p[3].Code.Reverse));
        Assert.Contains(p[4].Tokens, t => t.Kind == PatternTokenKind.Skip);
        Assert.Equal(PatternTokenKind.OpenNounPhrase, p[5].Tokens[1].Kind);
        Assert.Equal(new DictionaryLocation("test.verbs.txt", 5), p[0].Location);
    }

    // Rule: '_' both joins tokens and may sit inside a synset label: the longest defined label wins.
    [Fact]
    public void ResolvesSynsetLabelsThatContainUnderscores()
    {
        var (verbs, diagnostics) = Read("&FIGHT_OF_WORDS\n+ARGUMENT\n&TIETYPES\n+MILITARY\n--- X [---] ---\nX\n- * &FIGHT_OF_WORDS [111]\n- * NEW_&TIETYPES_RELATIONS [903]\n");
        Assert.Empty(diagnostics);
        var p = verbs.Blocks[0].Patterns;
        Assert.Equal("&FIGHT_OF_WORDS", p[0].Tokens[1].Text);
        Assert.Equal(["NEW", "&TIETYPES", "RELATIONS"], p[1].Tokens[1..].Select(t => t.Text));
        Assert.True(p[1].Tokens[2].Adjacent);
        Assert.True(p[1].Tokens[3].Adjacent);
    }

    // Rule: codes may be paired: [042:043] codes source→target 042 and target→source 043; [:173] only the reverse.
    [Theory]
    [InlineData("042", "042", null, false)]
    [InlineData("042:043", "042", "043", false)]
    [InlineData(":173", null, "173", false)]
    [InlineData("---", "---", null, true)]
    [InlineData("075A", "075A", null, false)]
    public void ReadsVerbCodes(string text, string? forward, string? reverse, bool isNull)
    {
        Assert.True(VerbCode.TryParse(text, out var code));
        Assert.Equal((forward, reverse, isNull), (code.Forward, code.Reverse, code.IsNull));
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("04 2")]
    [InlineData("042:")]
    [InlineData("0#2")]
    public void RejectsMalformedVerbCodes(string text) => Assert.False(VerbCode.TryParse(text, out _));

    // Rule: transformations are kept as written.
    [Fact]
    public void KeepsTransformations()
    {
        var (verbs, _) = Read("~ a (a b ATTACK) SAY = a b 015\n");
        Assert.Equal(("a (a b ATTACK) SAY", "a b 015"), (verbs.Transformations[0].Pattern, verbs.Transformations[0].Result));
    }

    // Rule: patterns without a code, without exactly one '*' or naming an undefined synset are skipped with
    // an error; a stray character in a code or a second header code is a warning.
    [Fact]
    public void ReportsBadPatternsAndKeepsTheRest()
    {
        var (verbs, diagnostics) = Read("""
            - * ORPHAN [010]
            --- DELAY [120]  [031:031]  ---
            DELAY
            - * NO CODE
            - NO VERB [010]
            - * * TWO VERBS [010]
            - * (IN &WEATHER) [010]
            - * DOWN (FROM) [080!]
            - * GOOD [010]
            ~ NO EQUALS SIGN
            """);
        Assert.Equal(["080", "010"], verbs.Blocks[0].Patterns.Select(p => p.Code.ToString()));
        Assert.Equal("120", verbs.Blocks[0].Code.Forward);
        Assert.Equal([1, 2, 4, 5, 6, 7, 8, 10], diagnostics.Select(d => d.Location.Line));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[1].Severity);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[6].Severity);
        Assert.Contains("&WEATHER", diagnostics[5].Reason, StringComparison.Ordinal);
    }
}
