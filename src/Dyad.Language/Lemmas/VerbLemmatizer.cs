using System.Collections.Frozen;

namespace Dyad.Language.Lemmas;

/// <summary>
/// The base form of an English verb form: <c>met</c> → <c>meet</c>, <c>agreed</c> → <c>agree</c>, <c>stopped</c> →
/// <c>stop</c>, <c>visited</c> → <c>visit</c>, <c>hoping</c> → <c>hope</c>, <c>tries</c> → <c>try</c>.
/// </summary>
/// <remarks>
/// Irregular verbs come from a table of English facts (<see cref="IrregularVerbs"/>); regular forms lose their ending
/// and get back a doubled consonant or a silent <c>e</c> by spelling rules: a stem ending in <c>c</c>, <c>v</c>,
/// <c>z</c>, <c>u</c>, a single <c>s</c>, or a consonant before <c>l</c> takes an <c>e</c> (announced, moved, seized,
/// argued, caused, settled); a one-syllable consonant-vowel-consonant stem that did not double takes an <c>e</c>
/// (hoped, voted, named); a doubled final consonant is undoubled (stopped, planned, occurred) except the double
/// letters that belong to the base (called, passed, added); longer stems follow their ending (<c>-ated</c>,
/// <c>-ided</c>, <c>-ined</c>, <c>-ired</c>, <c>-ured</c>, <c>-ared</c> take an <c>e</c>; <c>-ered</c>, <c>-ened</c>,
/// <c>-ited</c> do not), with a short list of exceptions each way. The result is lower case. Allocation: one string
/// per call for regular forms; irregular and unchanged forms return interned table strings when possible.
/// </remarks>
public static class VerbLemmatizer
{
    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    private static readonly FrozenDictionary<string, string> Irregular = IrregularVerbs.Forms();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup =
        Irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    // Stems whose double final consonant belongs to the base form.
    private static readonly FrozenSet<string> KeepDouble = FrozenSet.ToFrozenSet(
    [
        "add", "err", "ebb", "egg", "odd", "purr", "butt", "putt", "buzz", "fizz", "whizz", "jazz", "inn", "mitt",
        "call", "kill", "fill", "pull", "roll", "spell", "poll", "install", "stall", "tell", "sell", "dwell", "swell",
        "fall", "mill", "drill", "grill", "spill", "thrill", "will", "shell", "smell", "yell", "toll", "stroll",
        "enroll", "recall", "befall", "instill", "fulfill", "distill", "forestall", "chill", "skill", "till", "bill",
        "stuff", "staff", "bluff", "sniff", "scoff", "scuff", "huff", "puff", "cuff", "doff", "buff", "snuff",
        "pass", "press", "kiss", "miss", "toss", "boss", "bless", "dress", "guess", "stress", "cross", "mass", "fuss",
        "spurr", "purr", "whirr", "dull", "null", "annul", "lull", "mull", "cull", "gull", "hull", "full",
        "assess", "possess", "discuss", "express", "address", "confess", "progress", "process", "harass", "embarrass",
        "access", "compass", "caress", "dismiss", "impress", "oppress", "suppress", "depress", "repress", "compress",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KeepDoubleLookup =
        KeepDouble.GetAlternateLookup<ReadOnlySpan<char>>();

    // Longer stems that take a silent e although their ending usually does not (and the reverse list below).
    private static readonly FrozenSet<string> TakesE = FrozenSet.ToFrozenSet(
    [
        "unite", "reunite", "invite", "excite", "incite", "ignite", "recite", "expedite", "complete", "delete",
        "compete", "deplete", "secrete", "excrete", "concrete", "postpone", "condone", "dethrone", "intone", "atone",
        "enthrone", "ignore", "restore", "explore", "deplore", "implore", "adore", "underscore", "adhere",
        "interfere", "revere", "persevere", "cohere", "create", "recreate", "procreate", "taste", "waste", "paste",
        "baste", "welcome", "overcome", "become", "escape", "reshape", "envisage", "route", "reroute", "console",
        "parole", "scale", "exhale", "inhale", "impale", "compile", "exile", "reconcile", "revile", "defile",
        "profile", "stockpile", "compose", "impose", "propose", "oppose", "suppose", "expose", "dispose", "repose",
        "decline", "recline", "define", "refine", "combine", "confine", "examine", "determine", "undermine",
        "imagine", "discipline", "destine", "outline", "underline", "sideline", "mine", "dine", "line", "shine",
        "pipe", "wipe", "swipe", "snipe", "shape", "tape", "drape", "gape", "scrape", "ape", "grope", "elope",
        "cope", "hope", "mope", "rope", "slope", "scope", "dope", "mope", "rake", "invoke", "provoke", "revoke",
        "evoke", "stoke", "smoke", "joke", "poke", "choke", "stroke", "spoke", "like", "hike", "strike", "spike",
        "bike", "fake", "make", "take", "bake", "wake", "stake", "quake", "shake", "partake", "remake", "retake",
        "resume", "assume", "consume", "presume", "exhume", "perfume", "fume", "volume", "costume", "name",
        "rename", "blame", "frame", "tame", "shame", "time", "chime", "prime", "crime", "rhyme", "home", "dome",
        "schedule", "rule", "overrule", "ridicule",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TakesELookup =
        TakesE.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> NoE = FrozenSet.ToFrozenSet(
    [
        "focus", "bias", "canvas", "chorus", "census", "gas", "bus", "nonplus", "surplus", "develop", "envelop",
        "gallop", "gossip", "worship", "kidnap", "handicap", "target", "budget", "market", "interpret", "pocket",
        "bracket", "ticket", "picket", "rocket", "blanket", "bucket", "jacket", "racket", "leaflet", "pilot",
        "pivot", "ballot", "riot", "diet", "quiet", "covet", "rivet", "visit", "edit", "limit", "exhibit",
        "benefit", "credit", "inherit", "deposit", "prohibit", "inhibit", "audit", "solicit", "exploit", "posit",
        "summon", "abandon", "imprison", "pardon", "reckon", "beckon", "weapon", "ransom", "blossom", "bottom",
        "monitor", "honor", "color", "favor", "labor", "sponsor", "censor", "author", "tailor", "mentor", "doctor",
        "factor", "anchor", "harbor", "mirror", "armor", "motor", "tutor", "vapor", "savor", "humor", "rumor",
        "signal", "model", "label", "travel", "cancel", "fuel", "duel", "level", "total", "channel", "tunnel",
        "marvel", "quarrel", "shovel", "panel", "pencil", "council", "equal", "dial", "trial", "spiral", "rival",
        "appeal", "open", "happen", "threaten", "listen", "strengthen", "weaken", "worsen", "soften", "widen",
        "sharpen", "frighten", "lessen", "deepen", "broaden", "harden", "fasten", "hasten", "lengthen", "tighten",
        "heighten", "loosen", "darken", "sadden", "madden", "sicken", "awaken", "waken", "reopen", "question",
        "mention", "sanction", "position", "function", "station", "caution", "petition", "condition", "auction",
        "ration", "vision", "envision", "fashion", "pension", "cushion", "champion", "visit", "orbit", "profit",
        "vomit", "spirit", "merit", "permit", "commit", "submit", "admit", "emit", "omit", "transmit", "remit",
        "acquit", "outwit", "refit", "befit",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoELookup =
        NoE.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The base form of <paramref name="word"/> read as a verb (any case; the result is lower case). Words that are
    /// not inflected verb forms come back lower-cased as they are; empty input gives an empty string.
    /// </summary>
    public static string Lemma(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return string.Empty;
        }

        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (IrregularLookup.TryGetValue(lower, out var irregular))
        {
            return irregular;
        }

        if (lower.Length > 4 && lower.EndsWith("ing"))
        {
            return Regular(lower, lower[..^3]);
        }

        if (lower.Length > 3 && lower.EndsWith("ed"))
        {
            // denied, tried, carried: the base ends in a consonant + y (died, lied, tied are in the irregular table).
            if (lower.EndsWith("ied") && lower.Length > 4)
            {
                return string.Concat(lower[..^3], "y");
            }

            // agreed, freed, guaranteed: the base ends in "ee".
            if (lower.EndsWith("eed") && !lower.EndsWith("eeded"))
            {
                return new string(lower[..^1]);
            }

            return Regular(lower, lower[..^2]);
        }

        if (lower.Length > 3 && lower[^1] == 's' && lower[^2] != 's' && lower[^2] != 'u' && lower[^2] != 'i')
        {
            return ThirdPerson(lower);
        }

        return new string(lower);
    }

    private static string ThirdPerson(ReadOnlySpan<char> lower)
    {
        if (lower.EndsWith("ies"))
        {
            // tries → try; dies, lies, ties → die, lie, tie.
            return lower.Length <= 4 ? new string(lower[..^1]) : string.Concat(lower[..^3], "y");
        }

        if (lower.EndsWith("sses") || lower.EndsWith("shes") || lower.EndsWith("ches") || lower.EndsWith("xes") ||
            lower.EndsWith("zzes") || lower.EndsWith("oes"))
        {
            return new string(lower[..^2]);
        }

        var stem = lower[..^1];
        return NoELookup.Contains(lower[..^2]) ? new string(lower[..^2]) : new string(stem);
    }

    private static string Regular(ReadOnlySpan<char> word, ReadOnlySpan<char> stem)
    {
        if (stem.Length < 2 || !HasVowel(stem))
        {
            return new string(word);
        }

        var last = stem[^1];
        var beforeLast = stem[^2];

        // A doubled final consonant: undouble unless the double belongs to the base (stopped, but called).
        if (last == beforeLast && !IsVowel(last) && last != 'w' && last != 'x' && last != 'y')
        {
            return KeepDoubleLookup.Contains(stem) ? new string(stem) : new string(stem[..^1]);
        }

        if (NoELookup.Contains(stem))
        {
            return new string(stem);
        }

        Span<char> withE = stem.Length < 63 ? stackalloc char[stem.Length + 1] : new char[stem.Length + 1];
        stem.CopyTo(withE);
        withE[^1] = 'e';
        if (TakesELookup.Contains(withE))
        {
            return new string(withE);
        }

        return NeedsE(stem) ? new string(withE) : new string(stem);
    }

    private static bool NeedsE(ReadOnlySpan<char> stem)
    {
        var last = stem[^1];
        var beforeLast = stem[^2];
        switch (last)
        {
            case 'c':
            case 'v':
            case 'u':
                return true;
            case 'z':
                return beforeLast != 'z';
            case 's':
                return beforeLast != 's';
            case 'g':
                // urged, changed, engaged, challenged; but belonged, prolonged (a doubled g was handled before).
                return !(beforeLast == 'n' && stem.Length >= 3 && stem[^3] == 'o');
            case 'l':
                // settled, handled, struggled: a consonant before l (but not a doubled l).
                return !IsVowel(beforeLast) && beforeLast != 'r' && beforeLast != 'l' && beforeLast != 'w' || OneSyllableConsonantVowelConsonant(stem);
            case 'w':
            case 'x':
            case 'y':
                return false;
        }

        if (IsVowel(last))
        {
            return false;
        }

        if (OneSyllableConsonantVowelConsonant(stem))
        {
            return true;
        }

        // Longer stems ending vowel + consonant: the ending decides.
        if (!IsVowel(beforeLast) || stem.Length >= 3 && IsVowel(stem[^3]) && !SeparateVowels(stem))
        {
            return false;
        }

        return beforeLast switch
        {
            'a' => last is 't' or 'd' or 'r' or 'k' or 'p' or 'm' or 'b' or 'n',
            'i' => last is 'd' or 'n' or 'r' or 'b' or 'k' or 'p' or 'm',
            'u' => last is 't' or 'd' or 'r' or 'b' or 'm' or 'n' or 'k',
            'o' => last is 't' or 'd' or 'b' or 'k' or 'm',
            'e' => last is 'd',
            _ => false,
        };
    }

    // One vowel group between consonants, ending in a single consonant: hop, vot, nam, quot (qu counts as a consonant).
    private static bool OneSyllableConsonantVowelConsonant(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 3 || IsVowel(stem[^1]) || !IsVowel(stem[^2]) || IsVowel(stem[^3]) && !(stem[^3] == 'u' && stem.Length >= 4 && stem[^4] == 'q'))
        {
            return false;
        }

        var groups = 0;
        var inVowel = false;
        for (var i = 0; i < stem.Length; i++)
        {
            var vowel = IsVowel(stem[i]) && !(stem[i] == 'u' && i > 0 && stem[i - 1] == 'q');
            if (vowel && !inVowel)
            {
                groups++;
            }

            inVowel = vowel;
        }

        return groups == 1;
    }

    // "ia"/"ua" before the last consonant are two syllables (negotiat-, evaluat-), and "qu" is a consonant (requir-).
    private static bool SeparateVowels(ReadOnlySpan<char> stem) =>
        stem[^3] is 'i' or 'u' && stem[^2] == 'a' || stem[^3] == 'u' && stem.Length >= 4 && stem[^4] == 'q';

    private static bool HasVowel(ReadOnlySpan<char> s) => s.IndexOfAny(Vowels) >= 0;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
