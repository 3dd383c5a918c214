namespace Dyad.Events.Dictionaries;

/// <summary>
/// Finds the issues a sentence mentions with a PETRARCH issue list (<see cref="IssueEntry"/>): each issue phrase
/// (in all its expanded forms) counts once per occurrence, the longest phrase at a position winning; an ignore
/// phrase (<c>~</c>) found in the sentence, or (<c>~~</c>) in the story, cancels the issues of its category.
/// </summary>
/// <remarks>
/// Words are compared case-insensitively; inner hyphens, periods and apostrophes belong to the word (<c>pre-k</c>,
/// <c>E.U.</c>). PETRARCH's own coder lets any ignore phrase cancel every issue of the sentence; the per-category
/// reading here follows its documentation. Immutable and thread-safe once built.
/// </remarks>
public sealed class IssueMatcher
{
    private readonly PhraseTrie<IssueEntry> _trie = new();

    /// <summary>Builds the matcher from issue-list entries (e.g. <see cref="PetrarchDictionaries.Issues"/>).</summary>
    public IssueMatcher(IEnumerable<IssueEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var e in entries)
        {
            foreach (var form in e.Forms)
            {
                _trie.Add(form, e);
            }
        }
    }

    /// <summary>The issues of <paramref name="sentence"/>, most frequent first, then by code.</summary>
    /// <param name="sentence">The sentence text.</param>
    /// <param name="story">The whole story, for story-level ignore phrases (<c>~~</c>); null to skip them.</param>
    public IReadOnlyList<IssueMatch> Match(string sentence, string? story = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = new List<Range>();
        var matches = new List<(List<IssueEntry> Values, int Start, int End)>();
        WordScanner.Scan(sentence, words);
        _trie.Match(sentence, words, matches);
        if (matches.Count == 0)
        {
            return [];
        }

        var counts = new Dictionary<string, (int Count, string? Category)>(StringComparer.Ordinal);
        HashSet<string?>? ignored = null;
        foreach (var (entries, _, _) in matches)
        {
            foreach (var e in entries)
            {
                if (e.Kind == IssueEntryKind.IgnoreInSentence)
                {
                    (ignored ??= []).Add(e.Category);
                }
                else if (e.Kind == IssueEntryKind.Issue && e.Code is { } code)
                {
                    counts[code] = (counts.GetValueOrDefault(code).Count + 1, e.Category);
                }
            }
        }

        if (counts.Count == 0)
        {
            return [];
        }

        if (story is not null)
        {
            words.Clear();
            matches.Clear();
            WordScanner.Scan(story, words);
            _trie.Match(story, words, matches);
            foreach (var (entries, _, _) in matches)
            {
                foreach (var e in entries)
                {
                    if (e.Kind == IssueEntryKind.IgnoreInStory)
                    {
                        (ignored ??= []).Add(e.Category);
                    }
                }
            }
        }

        var result = new List<IssueMatch>(counts.Count);
        foreach (var (code, (count, category)) in counts)
        {
            if (ignored is null || !ignored.Contains(category))
            {
                result.Add(new IssueMatch(code, count, category));
            }
        }

        result.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Code, b.Code));
        return result;
    }
}
