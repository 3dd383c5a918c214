using System.Collections.Immutable;

namespace Dyad.Events.Coding;

/// <summary>
/// A set of <see cref="NominalPattern"/>s indexed by head noun, read from the tab-separated format of
/// <c>src/Dyad.Events/Data/nominals.tsv</c>; <see cref="Default"/> is Dyad's own set.
/// </summary>
public sealed class NominalPatternSet
{
    private static readonly Lazy<NominalPatternSet> DefaultSet = new(() =>
    {
        var (patterns, diagnostics) = PatternFile.ReadEmbedded<NominalPattern>("nominals.tsv", Parse);
        return new NominalPatternSet(patterns, diagnostics);
    });

    private readonly Dictionary<string, List<(NominalPattern Pattern, ImmutableArray<string> Words)>> _byHead;

    private NominalPatternSet(IReadOnlyList<NominalPattern> patterns, IReadOnlyList<PatternDiagnostic> diagnostics)
    {
        Patterns = [.. patterns];
        Diagnostics = [.. diagnostics];
        _byHead = new Dictionary<string, List<(NominalPattern, ImmutableArray<string>)>>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            foreach (var alternative in pattern.Nouns)
            {
                if (!_byHead.TryGetValue(alternative[^1], out var list))
                {
                    _byHead[alternative[^1]] = list = [];
                }

                list.Add((pattern, alternative));
            }
        }
    }

    /// <summary>Dyad's own noun patterns (embedded <c>nominals.tsv</c>).</summary>
    public static NominalPatternSet Default => DefaultSet.Value;

    /// <summary>Every pattern, in file order.</summary>
    public ImmutableArray<NominalPattern> Patterns { get; }

    /// <summary>Lines that could not be read.</summary>
    public ImmutableArray<PatternDiagnostic> Diagnostics { get; }

    /// <summary>Reads patterns from <paramref name="reader"/>; <paramref name="name"/> names the source in locations. Bad lines become diagnostics.</summary>
    public static NominalPatternSet Load(TextReader reader, string name)
    {
        var (patterns, diagnostics) = PatternFile.Read<NominalPattern>(reader, name, Parse);
        return new NominalPatternSet(patterns, diagnostics);
    }

    private static NominalPattern? Parse(string line, string location, out string reason)
    {
        var fields = line.Split('\t');
        reason = string.Empty;
        if (fields.Length < 4)
        {
            reason = $"expected at least 4 tab-separated fields (code, nouns, source, target), found {fields.Length}";
            return null;
        }

        var code = fields[0].Trim();
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
        {
            reason = $"'{code}' is not a CAMEO event code (two to four digits)";
            return null;
        }

        var nouns = Words(fields[1]);
        if (nouns.IsEmpty)
        {
            reason = $"nouns '{fields[1]}' must be lower-case word alternatives separated by '|'";
            return null;
        }

        return new NominalPattern(code, nouns, Slots(fields[2]), Slots(fields[3]), location, fields.Length > 4 ? fields[4].Trim() : string.Empty);
    }

    /// <summary>True when some pattern has <paramref name="head"/> (singular, lower case) as its head noun: only then
    /// can <see cref="Match"/> find one, so a caller can skip gathering the phrase's words for any other noun.</summary>
    public bool HasHead(string head) => _byHead.ContainsKey(head);

    /// <summary>
    /// The pattern for a noun phrase whose head is <paramref name="head"/> (lower-case singular) and whose words are
    /// <paramref name="words"/> (lower-case singular): the longest alternative whose words all occur wins; null when none.
    /// </summary>
    public NominalPattern? Match(string head, IReadOnlySet<string> words)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(words);
        if (!_byHead.TryGetValue(head, out var candidates))
        {
            return null;
        }

        NominalPattern? best = null;
        var bestLength = 0;
        foreach (var (pattern, alternative) in candidates)
        {
            var all = true;
            for (var i = 0; i < alternative.Length - 1; i++)
            {
                all &= words.Contains(alternative[i]);
            }

            if (all && alternative.Length > bestLength)
            {
                best = pattern;
                bestLength = alternative.Length;
            }
        }

        return best;
    }

    private static ImmutableArray<ImmutableArray<string>> Words(string field)
    {
        var alternatives = field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.Split('+', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray())
            .ToImmutableArray();
        return alternatives.Any(a => a.IsEmpty || a.Any(w => !w.All(c => char.IsAsciiLetterLower(c) || c == '-'))) ? [] : alternatives;
    }

    private static ImmutableArray<string> Slots(string field) =>
        field.Trim() == "-" ? [] : [.. field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
