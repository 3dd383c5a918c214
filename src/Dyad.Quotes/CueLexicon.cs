using System.Collections.Frozen;

namespace Dyad.Quotes;

/// <summary>
/// The reporting verbs (all inflections) the extractor knows, as a data table: general English, no article's words.
/// Verbs of saying, and apart from them verbs of belief, intention and finding (<c>believe</c>, <c>want</c>,
/// <c>show</c>), which report a state of mind or a result rather than words (<see cref="QuoteAttribution"/>).
/// </summary>
/// <remarks>
/// Each row is <c>lemma forms... | uses</c>; uses are D (attributes a direct quote beside it), I (introduces reported
/// speech), L (takes a listener first: <c>told reporters that</c>), N (its noun-phrase object is the content:
/// <c>stressed the importance of</c>), T (an infinitive, after its addressee or not, is what was said: <c>urged
/// Congress to act</c>, <c>vowed to fight</c>), Q (reports a question: <c>asked whether</c>) and C (reports words only when
/// they are quoted: <c>called the plan “a disaster”</c>); B, W and E mark verbs of belief or stance, intention and
/// finding (M: a state of mind, whose participle gives a reason: <c>understanding that</c>), whose complement of any shape is the content (<c>believes that ...</c>, <c>wants to ...</c>, <c>supports
/// the plan</c>, <c>the poll shows ...</c>). Lookups are case-insensitive and allocation-free.
/// </remarks>
public static class CueLexicon
{
    private const string Table = """
        say says said saying | DI
        tell tells told telling | DILT
        add adds added adding | DI
        state states stated stating | DI
        stress stresses stressed stressing | DIN
        note notes noted noting | DIN
        warn warns warned warning | DILT
        claim claims claimed claiming | DI
        argue argues argued arguing | DI
        insist insists insisted insisting | DI
        explain explains explained explaining | DI
        announce announces announced announcing | DIN
        declare declares declared declaring | DI
        emphasize emphasizes emphasized emphasizing | DIN
        emphasise emphasises emphasised emphasising | DIN
        underline underlines underlined underlining | IN
        underscore underscores underscored underscoring | IN
        assert asserts asserted asserting | DI
        acknowledge acknowledges acknowledged acknowledging | DIN
        admit admits admitted admitting | DIN
        confirm confirms confirmed confirming | DIN
        deny denies denied denying | DIN
        suggest suggests suggested suggesting | DI
        report reports reported reporting | DI
        write writes wrote written writing | DI
        tweet tweets tweeted tweeting | DI
        read reads | D
        post posts posted posting | D
        ask asks asked asking | DLQT
        reply replies replied replying | DI
        respond responds responded responding | D
        answer answers answered answering | D
        comment comments commented commenting | D
        remark remarks remarked remarking | DI
        observe observes observed observing | DI
        predict predicts predicted predicting | DIN
        promise promises promised promising | DILT
        vow vows vowed vowing | DIT
        pledge pledges pledged pledging | DIT
        urge urges urged urging | DT
        caution cautions cautioned cautioning | DILT
        complain complains complained complaining | DI
        concede concedes conceded conceding | DI
        contend contends contended contending | DI
        recall recalls recalled recalling | DI
        reiterate reiterates reiterated reiterating | DIN
        repeat repeats repeated repeating | D
        maintain maintains maintained maintaining | DI
        mention mentions mentioned mentioning | DIN
        reveal reveals revealed revealing | DIN
        disclose discloses disclosed disclosing | DIN
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
        remind reminds reminded reminding | DILT
        shout shouts shouted shouting | D
        exclaim exclaims exclaimed exclaiming | D
        yell yells yelled yelling | DI
        scream screams screamed screaming | DI
        chant chants chanted chanting | D
        interject interjects interjected interjecting | D
        whisper whispers whispered whispering | DI
        mutter mutters muttered muttering | DI
        muse muses mused musing | DI
        marvel marvels marveled marvelled marveling marvelling | D
        plead pleads pleaded pled pleading | D
        beg begs begged begging | DT
        wonder wonders wondered wondering | DQ
        estimate estimates estimated estimating | I
        indicate indicates indicated indicating | I
        signal signals signaled signalled signaling signalling | I
        hint hints hinted hinting | I
        threaten threatens threatened threatening | IT
        demand demands demanded demanding | DIN
        call calls called calling | C
        describe describes described describing | C
        dub dubs dubbed dubbing | C
        label labels labeled labelled labeling labelling | C
        brand brands branded branding | C
        rate rates rated rating | C
        believe believes believed believing | BM
        think thinks thought thinking | BM
        know knows knew known knowing | BM
        feel feels felt feeling | BM
        fear fears feared fearing | BM
        worry worries worried worrying | B
        hope hopes hoped hoping | W
        doubt doubts doubted doubting | BM
        suspect suspects suspected suspecting | BM
        understand understands understood understanding | BM
        realize realizes realized realizing | BM
        realise realises realised realising | BM
        recognize recognizes recognized recognizing | BM
        recognise recognises recognised recognising | BM
        assume assumes assumed assuming | BM
        consider considers considered considering | BM
        view views viewed viewing | B
        see sees saw seeing | BC
        agree agrees agreed agreeing | W
        disagree disagrees disagreed disagreeing | B
        oppose opposes opposed opposing | B
        support supports supported supporting | B
        back backs backed backing | B
        favor favors favored favoring | B
        favour favours favoured favouring | B
        prefer prefers preferred preferring | B
        endorse endorses endorsed endorsing | B
        reject rejects rejected rejecting | B
        criticize criticizes criticized criticizing | B
        criticise criticises criticised criticising | B
        attack attacks attacked attacking | B
        blast blasts blasted blasting | B
        slam slams slammed slamming | B
        praise praises praised praising | B
        blame blames blamed blaming | B
        accuse accuses accused accusing | B
        question questions questioned questioning | B
        dispute disputes disputed disputing | B
        dismiss dismisses dismissed dismissing | B
        defend defends defended defending | B
        welcome welcomes welcomed welcoming | B
        condemn condemns condemned condemning | B
        denounce denounces denounced denouncing | B
        applaud applauds applauded applauding | B
        cite cites cited citing | B
        discuss discusses discussed discussing | B
        address addresses addressed addressing | B
        highlight highlights highlighted highlighting | B
        express expresses expressed expressing | B
        echo echoes echoed echoing | B
        mock mocks mocked mocking | B
        decry decries decried decrying | B
        lament laments lamented lamenting | B
        bemoan bemoans bemoaned bemoaning | B
        challenge challenges challenged challenging | B
        thank thanks thanked thanking | B
        tout touts touted touting | B
        request requests requested requesting | W
        order orders ordered ordering | W
        encourage encourages encouraged encouraging | W
        recommend recommends recommended recommending | W
        expect expects expected expecting | BM
        want wants wanted wanting | W
        wish wishes wished wishing | W
        plan plans planned planning | W
        intend intends intended intending | W
        aim aims aimed aiming | W
        seek seeks sought seeking | W
        decide decides decided deciding | W
        refuse refuses refused refusing | W
        decline declines declined declining | W
        offer offers offered offering | W
        propose proposes proposed proposing | W
        show shows showed shown showing | E
        find finds found finding | E
        demonstrate demonstrates demonstrated demonstrating | E
        prove proves proved proven proving | E
        """;


    /// <summary>Nouns that report what their possessor said, believes or intends (<c>his claim that</c>, <c>her decision to</c>), with their use.</summary>
    private const string NounTable = """
        claim claims | S
        statement statements | S
        argument arguments | S
        assertion assertions | S
        insistence | S
        contention | S
        suggestion suggestions | S
        warning warnings | S
        view views | B
        belief beliefs | B
        fear fears | B
        concern concerns | B
        hope hopes | W
        decision decisions | W
        plan plans | W
        promise promises | W
        pledge pledges | W
        vow vows | W
        proposal proposals | W
        refusal | W
        call calls | W
        desire | W
        intention intentions | W
        """;

    private static readonly FrozenDictionary<string, CueVerb> Nouns = BuildNouns();

    private static readonly FrozenDictionary<string, CueVerb> Forms = Build();

    /// <summary>The noun cue <paramref name="word"/> is a form of (<c>claims</c> → <c>claim</c>), or null.</summary>
    internal static CueVerb? FindNoun(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Nouns.TryGetValue(word, out var cue) ? cue : null;
    }

    private static FrozenDictionary<string, CueVerb> BuildNouns()
    {
        var nouns = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in NounTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var words = line[..bar].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var flag = line[(bar + 1)..].Trim();
            var cue = new CueVerb(words[0], flag == "S" ? CueUse.None : ParseUse(flag, line));
            foreach (var form in words)
            {
                nouns.TryAdd(form, cue);
            }
        }

        return nouns.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The lemma of the reporting verb <paramref name="word"/> is a form of (<c>told</c> → <c>tell</c>), or null.</summary>
    public static string? LemmaOf(string word) => Find(word)?.Lemma;

    /// <summary>Whether <paramref name="word"/> is a form of a verb of saying (not only a naming verb such as <c>called</c>, nor a verb of belief, intention or finding such as <c>believes</c>).</summary>
    public static bool IsSpeechVerb(string word) => Find(word) is { } cue && (cue.Use & (CueUse.Direct | CueUse.Indirect | CueUse.Question)) != 0;

    /// <summary>Whether <paramref name="word"/> is a form of a verb of belief, intention or finding (<c>believes</c>, <c>wants</c>, <c>shows</c>).</summary>
    public static bool IsAttitudeVerb(string word) => Find(word) is { } cue && (cue.Use & CueUse.Attitude) != 0;

    /// <summary>
    /// The attitude cue a verb form and the particle after it make (<c>called</c> + <c>for</c> → <c>call for</c>,
    /// an intention), or null.
    /// </summary>
    internal static CueVerb? FindPhrasal(string word, string particle)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(particle);
        if (!PhrasalForms.TryGetValue(word, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry.Lemma.EndsWith(particle, StringComparison.OrdinalIgnoreCase) && entry.Lemma[^(particle.Length + 1)] == ' ')
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Verbs whose particle makes them report an attitude (<c>call for</c>, <c>point to</c>): forms, then each particle with its use.</summary>
    private const string PhrasalVerbs = """
        call calls called calling | for W, on W
        push pushes pushed pushing | for W
        press presses pressed pressing | for W
        ask asks asked asking | for W
        argue argues argued arguing | for W
        point points pointed pointing | to B
        refer refers referred referring | to B
        talk talks talked talking | about B
        speak speaks spoke spoken speaking | of B
        worry worries worried worrying | about B
        complain complains complained complaining | about B
        vote votes voted voting | for B, against B
        focus focuses focused focusing focussed focussing | on B
        rail rails railed railing | against B
        side sides sided siding | with B
        advocate advocates advocated advocating | for W
        campaign campaigns campaigned campaigning | for B, against B
        """;

    private static readonly FrozenDictionary<string, CueVerb[]> PhrasalForms = BuildPhrasal();

    private static FrozenDictionary<string, CueVerb[]> BuildPhrasal()
    {
        var forms = new Dictionary<string, CueVerb[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in PhrasalVerbs.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var words = line[..bar].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var entries = new List<CueVerb>();
            foreach (var particle in line[(bar + 1)..].Split(',', StringSplitOptions.TrimEntries))
            {
                var pair = particle.Split(' ');
                entries.Add(new CueVerb(words[0] + " " + pair[0], ParseUse(pair[1], line)));
            }

            foreach (var form in words)
            {
                forms.TryAdd(form, [.. entries]);
            }
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The cue verb <paramref name="word"/> is a form of, or null.</summary>
    internal static CueVerb? Find(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Forms.TryGetValue(word, out var cue) ? cue : null;
    }

    /// <summary>Every form in the table (for tests and documentation).</summary>
    public static IEnumerable<string> AllForms => Forms.Keys;

    private static CueUse ParseUse(string flags, string line)
    {
        var use = CueUse.None;
        foreach (var flag in flags)
        {
            use |= flag switch
            {
                'D' => CueUse.Direct,
                'I' => CueUse.Indirect,
                'L' => CueUse.Listener,
                'N' => CueUse.NounContent,
                'Q' => CueUse.Question,
                'C' => CueUse.Naming,
                'B' => CueUse.Belief,
                'W' => CueUse.Intention,
                'E' => CueUse.Evidence,
                'M' => CueUse.MentalState,
                'T' => CueUse.Infinitive,
                _ => throw new InvalidOperationException($"Unknown cue use '{flag}' in: {line}"),
            };
        }

        return use;
    }

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
            var use = ParseUse(line[(bar + 1)..].Trim(), line);
            var cue = new CueVerb(words[0], use);
            foreach (var form in words)
            {
                forms.TryAdd(form, cue);
            }
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
