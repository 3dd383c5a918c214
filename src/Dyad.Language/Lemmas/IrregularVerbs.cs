using System.Collections.Frozen;

namespace Dyad.Language.Lemmas;

/// <summary>English irregular verbs: each inflected form mapped to its base form (facts of English grammar).</summary>
internal static class IrregularVerbs
{
    // One verb per entry: the base form, then its irregular forms (past, past participle, -s and -ing forms that
    // spelling rules would get wrong). Prefixed verbs are listed where news uses them.
    private const string Table = """
        be am is are was were been being 's 're 'm
        have has had having 've 'd
        do does did done doing
        go goes went gone going
        say says said
        make made
        take took taken
        meet met
        see saw seen
        come came
        become became
        overcome overcame
        get got gotten
        give gave given
        tell told
        know knew known
        think thought
        find found
        leave left
        hold held
        uphold upheld
        withhold withheld
        keep kept
        send sent
        speak spoke spoken
        write wrote written
        begin began begun beginning
        bring brought
        buy bought
        build built
        rebuild rebuilt
        fight fought
        seek sought
        teach taught
        catch caught
        lead led
        mislead misled
        feel felt
        sell sold
        stand stood
        understand understood
        withstand withstood
        win won winning
        lose lost
        pay paid
        lay laid
        mean meant
        run ran running
        withdraw withdrew withdrawn
        draw drew drawn
        drive drove driven
        rise rose risen
        arise arose arisen
        fall fell fallen
        shake shook shaken
        break broke broken
        choose chose chosen
        freeze froze frozen
        steal stole stolen
        strike struck stricken
        forbid forbade forbidden
        forgive forgave forgiven
        forget forgot forgotten forgetting
        hide hid hidden
        bite bit bitten
        ride rode ridden
        eat ate eaten
        grow grew grown
        throw threw thrown
        overthrow overthrew overthrown
        blow blew blown
        fly flew flown flies
        show showed shown
        swear swore sworn
        tear tore torn
        wear wore worn
        bear bore borne born
        beat beaten
        shoot shot
        flee fled
        feed fed
        bleed bled
        breed bred
        speed sped
        wake woke woken
        sing sang sung
        ring rang rung
        drink drank drunk
        sink sank sunk
        swim swam swum swimming
        spin spun spinning
        stick stuck
        sting stung
        swing swung
        hang hung
        dig dug digging
        light lit
        slide slid
        undertake undertook undertaken
        oversee oversaw overseen
        foresee foresaw foreseen
        lend lent
        spend spent
        bend bent
        deal dealt
        sweep swept
        sleep slept
        kneel knelt
        hear heard
        shine shone
        sit sat sitting
        split splitting
        spring sprang sprung
        strive strove striven
        tread trod trodden
        die died dying dies
        lie lay lain lying lies
        tie tied tying ties
        vie vied vying vies
        put putting
        set setting
        cut cutting
        hit hitting
        let letting
        shut shutting
        quit quitting
        upset upsetting
        bid bidding
        cast
        broadcast
        forecast
        cost
        hurt
        spread
        burst
        thrust
        shed shedding
        rid ridding
        bet betting
        """;

    /// <summary>Every listed form (including the base) → base form.</summary>
    public static FrozenDictionary<string, string> Forms()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lemma = parts[0];
            foreach (var form in parts)
            {
                forms.TryAdd(form, lemma);
            }
        }

        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
