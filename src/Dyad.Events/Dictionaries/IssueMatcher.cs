namespace Dyad.Events.Dictionaries;

/// <summary>
/// Finds the issues a sentence mentions with a PETRARCH issue list (<see cref="IssueEntry"/>): each issue phrase
/// (in all its expanded forms) counts once per occurrence, the longest phrase at a position winning; an ignore
/// phrase (<c>~</c>) found in the sentence, or (<c>~~</c>) in the story, cancels the issues of its category.
/// </summary>
/// <remarks>
/// Words are compared in upper case; inner hyphens, periods and apostrophes belong to the word (<c>pre-k</c>,
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
        var counts = new Dictionary<string, (int Count, string? Category)>(StringComparer.Ordinal);
        var ignored = new HashSet<string?>();
        _trie.Match(WordScanner.Words(sentence), (entries, _, _) =>
        {
            foreach (var e in entries)
            {
                if (e.Kind == IssueEntryKind.IgnoreInSentence)
                {
                    ignored.Add(e.Category);
                }
                else if (e.Kind == IssueEntryKind.Issue && e.Code is { } code)
                {
                    counts[code] = (counts.GetValueOrDefault(code).Count + 1, e.Category);
                }
            }
        });
        if (story is not null)
        {
            _trie.Match(WordScanner.Words(story), (entries, _, _) =>
            {
                foreach (var e in entries)
                {
                    if (e.Kind == IssueEntryKind.IgnoreInStory)
                    {
                        ignored.Add(e.Category);
                    }
                }
            });
        }

        return counts
            .Where(p => !ignored.Contains(p.Value.Category))
            .Select(p => new IssueMatch(p.Key, p.Value.Count, p.Value.Category))
            .OrderByDescending(m => m.Count).ThenBy(m => m.Code, StringComparer.Ordinal)
            .ToList();
    }
}
