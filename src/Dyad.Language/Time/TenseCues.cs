using System.Collections.Frozen;

namespace Dyad.Language.Time;

/// <summary>
/// Decides whether a sentence around a token narrates the past or looks ahead: POS tags when given (VBD/VBN past,
/// the modals will/shall future), else lexical cues (<c>will</c>, <c>'ll</c>, <c>said</c>, <c>was</c>, <c>-ed</c>
/// forms, common irregular past forms). The cue nearest the expression wins.
/// </summary>
internal static class TenseCues
{
    private const int Window = 30;


    private static readonly FrozenDictionary<string, int> Cues = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["will"] = 1, ["'ll"] = 1, ["shall"] = 1, ["wo"] = 1, ["would"] = 1, ["going"] = 1, ["scheduled"] = 1, ["expected"] = 1,
        ["planning"] = 1, ["forward"] = 1, ["planned"] = 0, ["intends"] = 1, ["upcoming"] = 1, ["tomorrow"] = 1, ["might"] = 1, ["should"] = 1, ["soon"] = 1, ["set"] = 0,
        ["was"] = -1, ["were"] = -1, ["had"] = -1, ["did"] = -1, ["said"] = -1, ["told"] = -1, ["met"] = -1, ["went"] = -1, ["came"] = -1,
        ["took"] = -1, ["made"] = -1, ["gave"] = -1, ["held"] = -1, ["left"] = -1, ["began"] = -1, ["saw"] = -1, ["got"] = -1, ["won"] = -1,
        ["lost"] = -1, ["spoke"] = -1, ["sent"] = -1, ["brought"] = -1, ["found"] = -1, ["fell"] = -1, ["rose"] = -1, ["became"] = -1,
        ["led"] = -1, ["ran"] = -1, ["paid"] = -1, ["sold"] = -1, ["bought"] = -1, ["thought"] = -1, ["knew"] = -1, ["kept"] = -1,
        ["struck"] = -1, ["chose"] = -1, ["wrote"] = -1, ["ago"] = -1, ["yesterday"] = -1, ["hit"] = -1, ["put"] = -1,
        ["shot"] = -1, ["flew"] = -1, ["drew"] = -1, ["fought"] = -1, ["stood"] = -1, ["sat"] = -1, ["heard"] = -1, ["meant"] = -1,
        ["felt"] = -1, ["broke"] = -1, ["spent"] = -1, ["agreed"] = -1, ["quit"] = -1, ["cut"] = -1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotVerbs = new[]
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "date", "about",
        "around", "some", "all", "any", "each", "every", "no", "one", "two", "three", "four", "five", "six", "ten", "him", "them", "me", "us",
        "it", "what", "which", "whom", "where", "there", "other", "another", "both", "more", "most", "less", "least", "such", "last", "next",
        "power", "office", "court", "war", "market", "trial", "death", "prison", "jail", "school", "work", "home", "bed", "sea", "town",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>-1 past, +1 future, 0 unknown, for the expression in tokens [start, end) of the sentence [first, last).</summary>
    /// <remarks>
    /// The nearest cue wins, where a strong cue (an auxiliary, a modal, a reporting verb, a past tag) counts at its
    /// distance and a bare <c>-ed</c> form, which may be a participle or an adjective ("markets untouched by"), at twice it.
    /// </remarks>
    public static int Around(TimexScanner scanner, int start, int end, int first, int last)
    {
        var weak = 0;
        var weakDistance = 0;
        for (var d = 1; d <= Window; d++)
        {
            var left = start - d;
            var right = end - 1 + d;
            if (left < first && right >= last)
            {
                break;
            }

            if (weak != 0 && 2 * weakDistance <= d)
            {
                return weak;
            }

            for (var side = 0; side < 2; side++)
            {
                var index = side == 0 ? left : right;
                if (index < first || index >= last)
                {
                    continue;
                }

                var c = Cue(scanner, index, out var strong);
                if (c != 0 && strong)
                {
                    return c;
                }

                if (c != 0 && weak == 0)
                {
                    weak = c;
                    weakDistance = d;
                }
            }
        }

        return weak;
    }

    private static bool IsControlVerb(ReadOnlySpan<char> word) =>
        word is "set" or "is" or "are" or "plans" or "plan" or "wants" or "want" or "hopes" or "hope" or "intends" or "promised" or "vowed"
        || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsAsciiLetterLower(word[0]) && !word.EndsWith("used", StringComparison.Ordinal));

    private static int Cue(TimexScanner scanner, int index, out bool strong)
    {
        strong = true;
        var word = scanner.Word(index);

        // "agreed to hold a meeting on June 17", "set to resume Monday", "is to resume": the complement of a verb of
        // intent looks ahead, whatever the tense of the verb itself.
        if (word is "to" && index > 0 && index + 1 < scanner.TokenCount && IsControlVerb(scanner.Word(index - 1)))
        {
            var next = scanner.Word(index + 1);
            return next.Length > 1 && char.IsAsciiLetterLower(next[0]) && !NotVerbs.Contains(next) && !next.EndsWith("ing", StringComparison.Ordinal)
                && !next.EndsWith("ed", StringComparison.Ordinal) && !next.EndsWith('s') && !next.EndsWith("ly", StringComparison.Ordinal) ? 1 : 0;
        }

        if (scanner.Pos(index) is { } tag)
        {
            if (tag is "VBD")
            {
                return -1;
            }

            if (tag is "MD")
            {
                return CueLookup.TryGetValue(word, out var m) && m > 0 ? 1 : 0;
            }

            if (tag is "VBN")
            {
                // Right after its subject (a noun or pronoun, no auxiliary between) a past participle tag is the
                // tagger hesitating over a simple past ("The ministers met on Friday"): as strong as VBD.
                var afterSubject = index > 0 && scanner.Pos(index - 1) is { } before
                    && (before.StartsWith("NN", StringComparison.Ordinal) || before is "PRP");
                strong = afterSubject;
                return CueLookup.TryGetValue(word, out var vbn) && vbn > 0 ? 1 : -1;
            }

            return (tag.StartsWith('V') || tag is "IN" or "RB") && CueLookup.TryGetValue(word, out var v) ? v : 0;
        }

        if (word.Length == 0 || word.Length > 20)
        {
            return 0;
        }

        if (CueLookup.TryGetValue(word, out var cue))
        {
            return cue;
        }

        if (word is "may")
        {
            // The modal, not the month (months are capitalised).
            return 1;
        }

        // Regular past forms: lower-case words ending in -ed (not -eed: need, proceed, exceed); weak evidence.
        strong = false;
        return word.Length >= 5 && char.IsAsciiLetterLower(word[0]) && word[^1] == 'd' && word[^2] == 'e' && word[^3] != 'e' ? -1 : 0;
    }
}
