using System.Runtime.InteropServices;

namespace Dyad.Language.Pipeline;

/// <summary>
/// Turns token text into strings for the taggers without allocating one string per token: the same word returns the
/// same string instance from a per-thread table (bounded; cleared when full), so a running text costs one allocation
/// per new word form, not per token.
/// </summary>
internal static class WordStrings
{
    private const int Capacity = 200_000;

    [ThreadStatic]
    private static Dictionary<string, string>? t_table;

    /// <summary>The string for <paramref name="word"/>, shared with earlier calls on this thread.</summary>
    public static string Get(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return string.Empty;
        }

        var table = t_table ??= new Dictionary<string, string>(4096, StringComparer.Ordinal);
        var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var found))
        {
            return found;
        }

        if (table.Count >= Capacity)
        {
            table.Clear();
        }

        var text = word.ToString();
        table[text] = text;
        return text;
    }

    /// <summary>
    /// Fills <paramref name="words"/> with the strings of <paramref name="tokens"/> over <paramref name="text"/>. A
    /// typographic apostrophe inside a word ("n’t", "’s", "O’Brien") reads as the straight one the models were trained
    /// on ("n't", "'s"); a quotation mark standing alone ("‘") stays as it is. Same length, so offsets are unchanged.
    /// </summary>
    public static void Fill(ReadOnlySpan<char> text, ReadOnlySpan<Tokens.Token> tokens, Span<string> words)
    {
        Span<char> straight = stackalloc char[64];
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text[tokens[i].Span.Start..tokens[i].Span.End];
            if (word.Length > 1 && word.Length <= straight.Length && word.Contains('\u2019'))
            {
                var copy = straight[..word.Length];
                word.CopyTo(copy);
                copy.Replace('\u2019', '\'');
                words[i] = Get(copy);
                continue;
            }

            words[i] = Get(word);
        }
    }

    /// <summary>A view of a list's items as a span, for callers that fill a reusable list.</summary>
    public static ReadOnlySpan<T> AsSpan<T>(List<T> list) => CollectionsMarshal.AsSpan(list);
}
