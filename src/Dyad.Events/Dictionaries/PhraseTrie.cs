namespace Dyad.Events.Dictionaries;

/// <summary>
/// Word-level trie over dictionary phrases, for finding them in a text's words: words compare case-insensitively
/// (ordinal), straight from the text's characters, so matching copies nothing. The longest phrase at each position
/// wins and matching resumes after it. A phrase's last word may be a stem (it matches any word it begins), as
/// TABARI/PETRARCH discards are.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    /// <summary>Adds a phrase (words separated by single spaces).</summary>
    public void Add(string phrase, T value, bool lastWordIsStem = false)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        var node = _root;
        for (var k = 0; k < words.Length - 1; k++)
        {
            node = node.Child(words[k]);
        }

        var last = words[^1];
        if (lastWordIsStem)
        {
            node.Stems ??= new Dictionary<string, List<T>>(StringComparer.OrdinalIgnoreCase);
            if (!node.Stems.TryGetValue(last, out var list))
            {
                node.Stems[last] = list = [];
            }

            list.Add(value);
            node.MaxStem = Math.Max(node.MaxStem, last.Length);
        }
        else
        {
            (node.Child(last).Values ??= []).Add(value);
        }
    }

    /// <summary>
    /// Appends to <paramref name="matches"/> the values of the longest phrase starting at each position of
    /// <paramref name="words"/> (ranges into <paramref name="text"/>), with the word range it covers.
    /// </summary>
    public void Match(ReadOnlySpan<char> text, List<Range> words, List<(List<T> Values, int Start, int End)> matches)
    {
        var i = 0;
        while (i < words.Count)
        {
            List<T>? best = null;
            var bestEnd = i;
            var node = _root;
            for (var j = i; j < words.Count && node is not null; j++)
            {
                var word = text[words[j]];
                if (node.Stems is not null && StemOf(node, word) is { } stemValues && j + 1 > bestEnd)
                {
                    best = stemValues;
                    bestEnd = j + 1;
                }

                node = node.Children is not null && node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var next) ? next : null;
                if (node?.Values is { } values && j + 1 >= bestEnd)
                {
                    best = values;
                    bestEnd = j + 1;
                }
            }

            if (best is null)
            {
                i++;
                continue;
            }

            matches.Add((best, i, bestEnd));
            i = bestEnd;
        }
    }

    private static List<T>? StemOf(Node node, ReadOnlySpan<char> word)
    {
        // The longest stem that begins the word; lengths are bounded by the node's longest stem.
        var lookup = node.Stems!.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var len = Math.Min(word.Length, node.MaxStem); len > 0; len--)
        {
            if (lookup.TryGetValue(word[..len], out var values))
            {
                return values;
            }
        }

        return null;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; private set; }

        public List<T>? Values { get; set; }

        public Dictionary<string, List<T>>? Stems { get; set; }

        public int MaxStem { get; set; }

        public Node Child(string word)
        {
            Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!Children.TryGetValue(word, out var child))
            {
                Children[word] = child = new Node();
            }

            return child;
        }
    }
}
