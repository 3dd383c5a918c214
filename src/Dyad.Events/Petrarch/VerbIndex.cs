using System.Collections.Frozen;
using Dyad.Events.Dictionaries;

namespace Dyad.Events.Petrarch;

/// <summary>
/// The verb dictionary by word form: every listed form of every verb (base, the <c>{...}</c> forms or the regular
/// ones), multi-word verbs ("BREAK DOWN", "WIRE TAP") under their head word.
/// </summary>
internal sealed class VerbIndex
{
    private readonly FrozenDictionary<string, VerbForm[]> _byHead;

    public VerbIndex(PetrarchVerbs verbs)
    {
        var map = new Dictionary<string, List<VerbForm>>(StringComparer.Ordinal);
        foreach (var block in verbs.Blocks)
        {
            foreach (var entry in block.Verbs)
            {
                foreach (var phrase in entry.Forms.Prepend(entry.Verb).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    var words = phrase.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length == 0)
                    {
                        continue;
                    }

                    var head = words.Length == entry.Words.Length ? Math.Min(entry.HeadIndex, words.Length - 1) : 0;
                    if (!map.TryGetValue(words[head], out var list))
                    {
                        map[words[head]] = list = [];
                    }

                    list.Add(new VerbForm(words, head, entry, block));
                }
            }
        }

        // Longer phrases first, so "BROKEN DOWN" wins over "BROKEN".
        _byHead = map.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(f => f.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The longest verb whose head is word <paramref name="i"/>, or null.</summary>
    public VerbForm? Find(SentenceWords words, int i)
    {
        if (!_byHead.TryGetValue(words[i], out var forms))
        {
            return null;
        }

        foreach (var f in forms)
        {
            var start = i - f.Head;
            if (start < 0 || start + f.Words.Length > words.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < f.Words.Length && ok; k++)
            {
                ok = words[start + k] == f.Words[k];
            }

            if (ok)
            {
                return f;
            }
        }

        return null;
    }
}

/// <summary>One form of a dictionary verb.</summary>
/// <param name="Words">The form's words, upper case.</param>
/// <param name="Head">Which word is the verb proper.</param>
/// <param name="Entry">The verb.</param>
/// <param name="Block">Its block (code and patterns).</param>
internal sealed record VerbForm(string[] Words, int Head, VerbEntry Entry, VerbBlock Block);
