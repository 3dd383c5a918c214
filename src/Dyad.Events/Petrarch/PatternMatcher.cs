using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Events.Dictionaries;

namespace Dyad.Events.Petrarch;

/// <summary>
/// Matches verb patterns around a verb the TABARI/PETRARCH way: the words before <c>*</c> are looked for leftwards
/// from the verb, those after it rightwards; words joined by <c>_</c> must be consecutive, a blank lets other words
/// in between; <c>&amp;SYNSET</c> matches any of its phrases (plural allowed unless the phrase forbids it);
/// <c>$</c>, <c>+</c> and <c>%</c> take an actor slot (source, target, compound); <c>^</c> skips a noun phrase.
/// </summary>
internal sealed class PatternMatcher
{
    private readonly FrozenDictionary<string, (string[] Words, bool NoPlural)[]> _synsets;
    private readonly FrozenDictionary<string, string[]> _wordPhrases;

    public PatternMatcher(PetrarchVerbs verbs)
    {
        var raw = verbs.Synsets.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(s => s.Members).ToList(), StringComparer.OrdinalIgnoreCase);
        var expanded = new Dictionary<string, (string[], bool)[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, members) in raw)
        {
            var list = new List<(string[], bool)>();
            foreach (var m in members)
            {
                // A member naming another synset ("+&TIETYPES") stands for that synset's phrases (one level).
                if (m.Phrase.StartsWith('&') && raw.TryGetValue(m.Phrase, out var inner))
                {
                    list.AddRange(inner.Where(x => !x.Phrase.StartsWith('&')).Select(x => (Split(x.Phrase), x.NoPlural)));
                }
                else
                {
                    list.Add((Split(m.Phrase), m.NoPlural));
                }
            }

            // Longer phrases first: "AUSTRIAN GOLD FLORIN" before "FLORIN".
            expanded[name] = [.. list.OrderByDescending(x => x.Item1.Length)];
        }

        _synsets = expanded.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        // Pattern words split once ("FOR_ASYLUM" alternatives are single words, but "IN_AND" style text may not be).
        var phrases = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var block in verbs.Blocks)
        {
            foreach (var pattern in block.Patterns)
            {
                foreach (var tok in pattern.Tokens)
                {
                    foreach (var alt in Alternatives(tok))
                    {
                        phrases.TryAdd(alt, Split(alt));
                    }
                }
            }
        }

        _wordPhrases = phrases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static ImmutableArray<string> Alternatives(PatternToken tok) => tok.Alternatives.IsDefaultOrEmpty ? [tok.Text] : tok.Alternatives;

    /// <summary>Tries <paramref name="pattern"/> around the verb at words [<paramref name="verbStart"/>, <paramref name="verbEnd"/>).</summary>
    public PatternMatch? Match(VerbPattern pattern, SentenceWords words, List<ActorSlot> slots, int verbStart, int verbEnd)
    {
        var m = new PatternMatch { Pattern = pattern, Left = verbStart, Right = verbEnd - 1 };
        var tokens = pattern.Tokens;

        // After the verb, left to right. Inside "(IN &DISPUTE)" or "{...}" (PETRARCH-2's phrases) the words after
        // the first must follow within the phrase: the search does not cross a verb or a comma.
        var p = verbEnd;
        var depth = 0;
        var groupFirst = false;
        for (var k = pattern.VerbIndex + 1; k < tokens.Length; k++)
        {
            var tok = tokens[k];
            var adjacent = tok.Adjacent;
            switch (tok.Kind)
            {
                case PatternTokenKind.OpenPrepositionalPhrase:
                case PatternTokenKind.OpenNounPhrase:
                    depth++;
                    groupFirst = true;
                    break;

                case PatternTokenKind.ClosePrepositionalPhrase:
                case PatternTokenKind.CloseNounPhrase:
                    depth = Math.Max(0, depth - 1);
                    break;

                case PatternTokenKind.Word:
                case PatternTokenKind.Synset:
                    if (!Find(tok, words, ref p, adjacent, forward: true, m, bounded: depth > 0 && !groupFirst))
                    {
                        return null;
                    }

                    groupFirst = false;
                    break;

                case PatternTokenKind.Source:
                case PatternTokenKind.Target:
                case PatternTokenKind.Compound:
                    {
                        var slot = slots.Find(s => adjacent ? s.Start == p : s.Start >= p);
                        if (slot is null || !m.Take(tok.Kind, slot))
                        {
                            return null;
                        }

                        p = slot.End;
                        m.Score++;
                        break;
                    }

                case PatternTokenKind.Skip:
                    {
                        // A noun phrase, with the preposition that governs it: "with Eriador".
                        if (p < words.Count && words.Tag(p) is "IN" or "TO")
                        {
                            p++;
                        }

                        var slot = slots.Find(s => s.Start == p || (s.Start == p + 1 && words.Tag(p) == "DT"));
                        p = slot?.End ?? p + 1;
                        break;
                    }

                default:
                    break;
            }

            m.Right = Math.Max(m.Right, p - 1);
        }

        // Before the verb, right to left.
        p = verbStart - 1;
        for (var k = pattern.VerbIndex - 1; k >= 0; k--)
        {
            var tok = tokens[k];
            var adjacent = tokens[k + 1].Adjacent;
            switch (tok.Kind)
            {
                case PatternTokenKind.Word:
                case PatternTokenKind.Synset:
                    if (!Find(tok, words, ref p, adjacent, forward: false, m))
                    {
                        return null;
                    }

                    break;

                case PatternTokenKind.Source:
                case PatternTokenKind.Target:
                case PatternTokenKind.Compound:
                    {
                        var slot = slots.FindLast(s => adjacent ? s.End - 1 == p : s.End - 1 <= p);
                        if (slot is null || !m.Take(tok.Kind, slot))
                        {
                            return null;
                        }

                        p = slot.Start - 1;
                        m.Score++;
                        break;
                    }

                case PatternTokenKind.Skip:
                    {
                        var slot = slots.FindLast(s => s.End - 1 == p);
                        p = slot is null ? p - 1 : slot.Start - 1;
                        break;
                    }

                default:
                    break;
            }

            m.Left = Math.Min(m.Left, p + 1);
        }

        return m;
    }

    /// <summary>
    /// Looks for a word or synset token from word <paramref name="p"/> on (or back, when not
    /// <paramref name="forward"/>), at <paramref name="p"/> only when <paramref name="adjacent"/>; moves
    /// <paramref name="p"/> past what it matched and adds the words matched to the score. A <paramref name="bounded"/>
    /// search (inside a pattern's phrase) stops at a verb or punctuation.
    /// </summary>
    private bool Find(PatternToken tok, SentenceWords words, ref int p, bool adjacent, bool forward, PatternMatch m, bool bounded = false)
    {
        for (var j = p; forward ? j < words.Count : j >= 0; j += forward ? 1 : -1)
        {
            if (bounded && j != p && (words.IsVerbTag(j) || words[j] is "," or "." or ";" or ":"))
            {
                return false;
            }

            if (MatchAt(tok, words, j, forward) is { } len)
            {
                p = forward ? j + len : j - len;
                m.Score += len;
                return true;
            }

            if (adjacent)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// How many words token <paramref name="tok"/> matches ending at (<paramref name="forward"/> false) or starting
    /// at word <paramref name="j"/>, or null.
    /// </summary>
    private int? MatchAt(PatternToken tok, SentenceWords words, int j, bool forward)
    {
        if (tok.Kind == PatternTokenKind.Word)
        {
            foreach (var alt in Alternatives(tok))
            {
                var phrase = _wordPhrases.TryGetValue(alt, out var known) ? known : Split(alt);
                if (PhraseAt(phrase, words, j, forward, plural: false))
                {
                    return phrase.Length;
                }
            }

            return null;
        }

        if (!_synsets.TryGetValue(tok.Text, out var members))
        {
            return null;
        }

        foreach (var (phrase, noPlural) in members)
        {
            if (PhraseAt(phrase, words, j, forward, plural: !noPlural))
            {
                return phrase.Length;
            }
        }

        return null;
    }

    private static bool PhraseAt(string[] phrase, SentenceWords words, int j, bool forward, bool plural)
    {
        var start = forward ? j : j - phrase.Length + 1;
        if (start < 0 || start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var w = words[start + k];
            if (w == phrase[k])
            {
                continue;
            }

            if (plural && k == phrase.Length - 1 && string.Equals(w, Phrases.Plural(phrase[k]), StringComparison.Ordinal))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private static string[] Split(string phrase) => phrase.ToUpperInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A pattern found around a verb: how much it matched, the words it covers and the actors it placed.</summary>
internal sealed class PatternMatch
{
    public required VerbPattern Pattern { get; init; }

    public int Score { get; set; }

    public int Left { get; set; }

    public int Right { get; set; }

    public ActorSlot? Source { get; private set; }

    public ActorSlot? Target { get; private set; }

    public ActorSlot? Compound { get; private set; }

    public bool Take(PatternTokenKind kind, ActorSlot slot)
    {
        switch (kind)
        {
            case PatternTokenKind.Source:
                Source = slot;
                return true;
            case PatternTokenKind.Target:
                Target = slot;
                return true;
            default:
                Compound = slot;
                return slot.IsCompound;
        }
    }
}
