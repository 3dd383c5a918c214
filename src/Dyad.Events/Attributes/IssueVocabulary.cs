using System.Collections.Immutable;
using Dyad.Events.Coding;

namespace Dyad.Events.Attributes;

/// <summary>
/// The issues events concern, as phrases: "missile defence", "nuclear programme", "human rights" (embedded
/// <c>src/Dyad.Events/Data/issues.tsv</c>, or a user's file in the same format). Matching is by whole words, lower
/// case, the last word also in the plural.
/// </summary>
public sealed class IssueVocabulary
{
    private static readonly Lazy<IssueVocabulary> DefaultVocabulary = new(() =>
    {
        var (entries, diagnostics) = PatternFile.ReadEmbedded<Entry>("issues.tsv", Parse);
        return new IssueVocabulary(entries, diagnostics);
    });

    private readonly Dictionary<string, List<Phrase>> _byFirstWord;

    private IssueVocabulary(List<Entry> entries, List<PatternDiagnostic> diagnostics)
    {
        Diagnostics = [.. diagnostics];
        _byFirstWord = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            keys.Add(entry.Key);
            foreach (var words in entry.Phrases)
            {
                if (!_byFirstWord.TryGetValue(words[0], out var list))
                {
                    _byFirstWord[words[0]] = list = [];
                }

                list.Add(new Phrase(entry.Key, entry.Label, words));
            }
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        Keys = [.. keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Dyad's own vocabulary.</summary>
    public static IssueVocabulary Default => DefaultVocabulary.Value;

    /// <summary>Every issue key.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Lines that could not be read.</summary>
    public ImmutableArray<PatternDiagnostic> Diagnostics { get; }

    /// <summary>Reads a vocabulary (tab-separated: key, label, phrases separated by "|"); bad lines become diagnostics.</summary>
    public static IssueVocabulary Load(TextReader reader, string name)
    {
        var (entries, diagnostics) = PatternFile.Read<Entry>(reader, name, Parse);
        return new IssueVocabulary(entries, diagnostics);
    }

    /// <summary>
    /// The longest phrase starting at word <paramref name="index"/> of <paramref name="words"/> and ending at or before
    /// <paramref name="end"/>: its key, label and word count; null when none starts there.
    /// </summary>
    public (string Key, string Label, int Length)? MatchAt(IReadOnlyList<string> words, int index, int end)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (index < 0 || index >= end || end > words.Count || !_byFirstWord.TryGetValue(words[index].ToLowerInvariant(), out var phrases))
        {
            return null;
        }

        foreach (var entry in phrases)
        {
            var n = entry.Words.Length;
            if (index + n > end)
            {
                continue;
            }

            var all = true;
            for (var i = 0; i < n && all; i++)
            {
                var word = words[index + i].ToLowerInvariant();
                all = word == entry.Words[i] || i == n - 1 && NounForms.Singular(word) == entry.Words[i];
            }

            if (all)
            {
                return (entry.Key, entry.Label, n);
            }
        }

        return null;
    }

    private static Entry? Parse(string line, string location, out string reason)
    {
        var fields = line.Split('\t');
        reason = string.Empty;
        if (fields.Length < 3 || fields[0].Trim().Length == 0 || !fields[0].Trim().All(c => char.IsAsciiLetterUpper(c) || c == '_'))
        {
            reason = "expected key (upper case), label and phrases, tab-separated";
            return null;
        }

        var phrases = fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (phrases.Length == 0)
        {
            reason = "no phrases";
            return null;
        }

        return new Entry(fields[0].Trim(), fields[1].Trim(), [.. phrases.Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray())]);
    }

    private sealed record Entry(string Key, string Label, ImmutableArray<ImmutableArray<string>> Phrases);

    private sealed record Phrase(string Key, string Label, ImmutableArray<string> Words);
}
