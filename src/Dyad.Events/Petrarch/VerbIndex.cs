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

    /// <summary>
    /// The longest verb whose head is word <paramref name="i"/>, as every entry listing that form (a verb may be
    /// listed in several blocks, as SHOT is in the validation set: PETRARCH pools their patterns); empty when none.
    /// </summary>
    public List<VerbForm> Find(SentenceWords words, int i)
    {
        var found = new List<VerbForm>();
        if (!_byHead.TryGetValue(words[i], out var forms))
        {
            return found;
        }

        foreach (var f in forms)
        {
            if (found.Count > 0)
            {
                if (f.Words.Length == found[0].Words.Length && f.Head == found[0].Head && f.Words.AsSpan().SequenceEqual(found[0].Words))
                {
                    found.Add(f);
                }

                continue;
            }

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
                found.Add(f);
            }
        }

        return found;
    }
}

/// <summary>One form of a dictionary verb.</summary>
/// <param name="Words">The form's words, upper case.</param>
/// <param name="Head">Which word is the verb proper.</param>
/// <param name="Entry">The verb.</param>
/// <param name="Block">Its block (code and patterns).</param>
internal sealed record VerbForm(string[] Words, int Head, VerbEntry Entry, VerbBlock Block);
