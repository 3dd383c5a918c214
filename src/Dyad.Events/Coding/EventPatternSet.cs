using System.Collections.Immutable;
using Dyad.Events.Clauses;

namespace Dyad.Events.Coding;

/// <summary>
/// A set of <see cref="EventPattern"/>s indexed by verb, read from the tab-separated format of
/// <c>src/Dyad.Events/Data/patterns.tsv</c>; <see cref="Default"/> is Dyad's own set, shipped in the assembly.
/// </summary>
public sealed class EventPatternSet
{
    private static readonly Lazy<EventPatternSet> DefaultSet = new(LoadDefault);

    private readonly Dictionary<string, List<EventPattern>> _byVerb;

    private EventPatternSet(IReadOnlyList<EventPattern> patterns, IReadOnlyList<PatternDiagnostic> diagnostics)
    {
        Patterns = [.. patterns];
        Diagnostics = [.. diagnostics];
        _byVerb = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            foreach (var verb in pattern.Verbs)
            {
                if (!_byVerb.TryGetValue(verb, out var list))
                {
                    _byVerb[verb] = list = [];
                }

                list.Add(pattern);
            }
        }
    }

    /// <summary>Dyad's own patterns (embedded <c>patterns.tsv</c>).</summary>
    public static EventPatternSet Default => DefaultSet.Value;

    /// <summary>Every pattern, in file order.</summary>
    public ImmutableArray<EventPattern> Patterns { get; }

    /// <summary>Lines that could not be read.</summary>
    public ImmutableArray<PatternDiagnostic> Diagnostics { get; }

    /// <summary>Reads patterns from <paramref name="reader"/>; <paramref name="name"/> names the source in locations and diagnostics. Bad lines become diagnostics.</summary>
    public static EventPatternSet Load(TextReader reader, string name)
    {
        var (patterns, diagnostics) = PatternFile.Read<EventPattern>(reader, name, Parse);
        return new EventPatternSet(patterns, diagnostics);
    }

    /// <summary>
    /// The best pattern for <paramref name="clause"/>, or null: the verb (and particle) must match, and the object rule
    /// must hold for the clause's patients. Among matches, the longest object alternative wins, then a word list over
    /// <c>+</c>, <c>-</c> and <c>*</c>, then the earlier pattern.
    /// </summary>
    /// <param name="clause">The clause.</param>
    /// <param name="words">The words of the annotated text the clause was read from.</param>
    public EventPattern? Match(Clause clause, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(words);
        var verb = clause.Verb.Particle is null ? clause.Verb.Lemma : clause.Verb.Lemma + "_" + clause.Verb.Particle;
        if (!_byVerb.TryGetValue(verb, out var candidates))
        {
            return null;
        }

        var patients = clause.Patients;
        HashSet<string>? objectWords = null;
        EventPattern? best = null;
        var bestScore = -1;
        foreach (var pattern in candidates)
        {
            var score = pattern.ObjectRule switch
            {
                ObjectRuleKind.Any => 0,
                ObjectRuleKind.Required => patients.Length > 0 ? 1 : -1,
                ObjectRuleKind.None => patients.Length == 0 ? 1 : -1,
                _ => WordScore(pattern, patients.Length > 0 ? objectWords ??= ObjectWords(patients[0], words) : null),
            };
            if (score > bestScore)
            {
                best = pattern;
                bestScore = score;
            }
        }

        return best;
    }

    // A listed alternative scores ten per word; "+" (some object) scores 1 and "*" (anything or nothing) 0.
    private static int WordScore(EventPattern pattern, HashSet<string>? objectWords)
    {
        var best = -1;
        foreach (var alternative in pattern.ObjectWords)
        {
            if (alternative is ["*"])
            {
                best = Math.Max(best, 0);
                continue;
            }

            if (alternative is ["+"])
            {
                best = Math.Max(best, objectWords is null ? -1 : 1);
                continue;
            }

            if (objectWords is null)
            {
                continue;
            }

            var all = true;
            foreach (var word in alternative)
            {
                all &= objectWords.Contains(word);
            }

            if (all)
            {
                best = Math.Max(best, 10 * alternative.Length);
            }
        }

        return best;
    }

    private static HashSet<string> ObjectWords(ClausePhrase phrase, IReadOnlyList<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var t = phrase.FirstToken; t < phrase.FirstToken + phrase.TokenCount && t < words.Count; t++)
        {
            set.Add(NounForms.Singular(words[t]));
        }

        return set;
    }

    private static EventPattern? Parse(string line, string location, out string reason)
    {
        var fields = line.Split('\t');
        if (fields.Length < 4)
        {
            reason = $"expected at least 4 tab-separated fields (code, verbs, object, target), found {fields.Length}";
            return null;
        }

        var code = fields[0].Trim();
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
        {
            reason = $"'{code}' is not a CAMEO event code (two to four digits)";
            return null;
        }

        var verbs = fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (verbs.Length == 0 || verbs.Any(v => !v.All(c => char.IsAsciiLetterLower(c) || c == '_' || c == '-')))
        {
            reason = $"verbs '{fields[1]}' must be lower-case lemmas separated by '|'";
            return null;
        }

        var objectField = fields[2].Trim();
        var rule = objectField switch
        {
            "*" => ObjectRuleKind.Any,
            "+" => ObjectRuleKind.Required,
            "-" => ObjectRuleKind.None,
            _ => ObjectRuleKind.Words,
        };
        var alternatives = ImmutableArray<ImmutableArray<string>>.Empty;
        if (rule == ObjectRuleKind.Words)
        {
            // "troop|force|*": a list that also allows anything prefers the listed words; "+" allows any object.
            var parsed = objectField.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(a => a is "*" or "+" ? [a] : a.Split('+', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray())
                .ToImmutableArray();
            if (parsed.Length == 0 || parsed.Any(a => a.IsEmpty || a.Any(w => !w.All(c => char.IsAsciiLetterLower(c) || c == '-') && w is not ("*" or "+"))))
            {
                reason = $"object '{objectField}' must be *, +, - or lower-case word alternatives separated by '|'";
                return null;
            }

            alternatives = parsed;
        }

        var targetField = fields[3].Trim();
        var targets = targetField == "-" ? [] : targetField.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray();
        if (targets.Any(t => !t.All(char.IsAsciiLetterLower)))
        {
            reason = $"target '{targetField}' must be obj, pair or prepositions separated by '|', or -";
            return null;
        }

        reason = string.Empty;
        return new EventPattern(code, [.. verbs], rule, alternatives, targets, location, fields.Length > 4 ? fields[4].Trim() : string.Empty);
    }

    private static EventPatternSet LoadDefault()
    {
        var (patterns, diagnostics) = PatternFile.ReadEmbedded<EventPattern>("patterns.tsv", Parse);
        return new EventPatternSet(patterns, diagnostics);
    }
}
