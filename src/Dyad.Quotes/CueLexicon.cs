using System.Collections.Frozen;

namespace Dyad.Quotes;

/// <summary>
/// The reporting verbs (all inflections) the extractor knows, as a data table: general English, no article's words.
/// Only verbs of saying: verbs of thinking (<c>believe</c>, <c>think</c>) report a state of mind, not a quote.
/// </summary>
/// <remarks>
/// Each row is <c>lemma forms... | uses</c>; uses are D (attributes a direct quote beside it), I (introduces reported
/// speech), L (takes a listener first: <c>told reporters that</c>), N (its noun-phrase object is the content:
/// <c>stressed the importance of</c>), Q (reports a question: <c>asked whether</c>) and C (reports words only when
/// they are quoted: <c>called the plan “a disaster”</c>). Lookups are case-insensitive and allocation-free.
/// </remarks>
public static class CueLexicon
{
    private const string Table = """
        say says said saying | DI
        tell tells told telling | DIL
        add adds added adding | DI
        state states stated stating | DI
        stress stresses stressed stressing | DIN
        note notes noted noting | DIN
        warn warns warned warning | DIL
        claim claims claimed claiming | DI
        argue argues argued arguing | DI
        insist insists insisted insisting | DI
        explain explains explained explaining | DI
        announce announces announced announcing | DI
        declare declares declared declaring | DI
        emphasize emphasizes emphasized emphasizing | DIN
        emphasise emphasises emphasised emphasising | DIN
        underline underlines underlined underlining | IN
        underscore underscores underscored underscoring | IN
        assert asserts asserted asserting | DI
        acknowledge acknowledges acknowledged acknowledging | DI
        admit admits admitted admitting | DI
        confirm confirms confirmed confirming | DI
        deny denies denied denying | DI
        suggest suggests suggested suggesting | DI
        report reports reported reporting | DI
        write writes wrote written writing | DI
        tweet tweets tweeted tweeting | DI
        post posts posted posting | D
        ask asks asked asking | DLQ
        reply replies replied replying | DI
        respond responds responded responding | D
        answer answers answered answering | D
        comment comments commented commenting | D
        remark remarks remarked remarking | DI
        observe observes observed observing | DI
        predict predicts predicted predicting | DI
        promise promises promised promising | DIL
        vow vows vowed vowing | DI
        pledge pledges pledged pledging | DI
        urge urges urged urging | D
        caution cautions cautioned cautioning | DIL
        complain complains complained complaining | DI
        concede concedes conceded conceding | DI
        contend contends contended contending | DI
        recall recalls recalled recalling | DI
        reiterate reiterates reiterated reiterating | DIN
        repeat repeats repeated repeating | D
        maintain maintains maintained maintaining | DI
        mention mentions mentioned mentioning | DI
        reveal reveals revealed revealing | DI
        disclose discloses disclosed disclosing | DI
        allege alleges alleged alleging | DI
        testify testifies testified testifying | DI
        boast boasts boasted boasting | DI
        joke jokes joked joking | D
        quip quips quipped quipping | D
        continue continues continued | D
        counter counters countered countering | DI
        retort retorts retorted retorting | D
        conclude concludes concluded concluding | DI
        proclaim proclaims proclaimed proclaiming | DI
        assure assures assured assuring | DIL
        inform informs informed informing | IL
        remind reminds reminded reminding | DIL
        shout shouts shouted shouting | D
        exclaim exclaims exclaimed exclaiming | D
        wonder wonders wondered wondering | DQ
        estimate estimates estimated estimating | I
        indicate indicates indicated indicating | I
        signal signals signaled signalled signaling signalling | I
        hint hints hinted hinting | I
        threaten threatens threatened threatening | I
        demand demands demanded demanding | DI
        call calls called calling | C
        describe describes described describing | C
        dub dubs dubbed dubbing | C
        label labels labeled labelled labeling labelling | C
        brand brands branded branding | C
        """;

    private static readonly FrozenDictionary<string, CueVerb> Forms = Build();

    /// <summary>The lemma of the reporting verb <paramref name="word"/> is a form of (<c>told</c> → <c>tell</c>), or null.</summary>
    public static string? LemmaOf(string word) => Find(word)?.Lemma;

    /// <summary>Whether <paramref name="word"/> is a form of a verb of saying (not only a naming verb such as <c>called</c>).</summary>
    public static bool IsSpeechVerb(string word) => Find(word) is { } cue && (cue.Use & (CueUse.Direct | CueUse.Indirect | CueUse.Question)) != 0;

    /// <summary>The cue verb <paramref name="word"/> is a form of, or null.</summary>
    internal static CueVerb? Find(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Forms.TryGetValue(word, out var cue) ? cue : null;
    }

    /// <summary>Every form in the table (for tests and documentation).</summary>
    public static IEnumerable<string> AllForms => Forms.Keys;

    private static FrozenDictionary<string, CueVerb> Build()
    {
        var forms = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in Table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var words = line[..bar].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var use = CueUse.None;
            foreach (var flag in line[(bar + 1)..].Trim())
            {
                use |= flag switch
                {
                    'D' => CueUse.Direct,
                    'I' => CueUse.Indirect,
                    'L' => CueUse.Listener,
                    'N' => CueUse.NounContent,
                    'Q' => CueUse.Question,
                    'C' => CueUse.Naming,
                    _ => throw new InvalidOperationException($"Unknown cue use '{flag}' in: {line}"),
                };
            }

            var cue = new CueVerb(words[0], use);
            foreach (var form in words)
            {
                forms.TryAdd(form, cue);
            }
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
