namespace Dyad.Events.Dictionaries;

/// <summary>
/// Decides whether a sentence (or its whole story) is left uncoded by a discard list (<see cref="DiscardPhrase"/>):
/// sports results, film festivals, historical chronologies. Case-insensitive; a phrase's last word is a stem
/// unless the phrase ended in <c>_</c> (<c>BATSM</c> matches BATSMAN and BATSMEN).
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class DiscardMatcher
{
    private readonly PhraseTrie<DiscardPhrase> _trie = new();

    /// <summary>Builds the matcher from discard phrases (e.g. <see cref="PetrarchDictionaries.Discards"/>).</summary>
    public DiscardMatcher(IEnumerable<DiscardPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var p in phrases)
        {
            _trie.Add(p.Phrase, p, lastWordIsStem: !p.WholeWord);
        }
    }

    /// <summary>The first discard phrase found in <paramref name="text"/>, or null when none is.</summary>
    /// <param name="text">A sentence or a story.</param>
    /// <param name="storyLevelOnly">True to consider only story-level (<c>+</c>) phrases, when
    /// <paramref name="text"/> is the whole story.</param>
    public DiscardPhrase? Find(string text, bool storyLevelOnly = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<Range>();
        var matches = new List<(List<DiscardPhrase> Values, int Start, int End)>();
        WordScanner.Scan(text, words);
        _trie.Match(text, words, matches);
        foreach (var (phrases, _, _) in matches)
        {
            foreach (var p in phrases)
            {
                if (!storyLevelOnly || p.WholeStory)
                {
                    return p;
                }
            }
        }

        return null;
    }
}
