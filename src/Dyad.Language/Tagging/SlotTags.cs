namespace Dyad.Language.Tagging;

/// <summary>
/// One-byte tags of the slots of an open-addressing weight table (linear probing): a tag array an eighth of the slots'
/// size or less that answers most lookups of keys missing from the table without reading a slot.
/// </summary>
internal static class SlotTags
{
    /// <summary>The tag of a key: its top 7 bits (tables pick the slot from the low bits), low bit set so that 0 marks an empty slot.</summary>
    public static byte Of(ulong key) => (byte)((key >> 56) | 1);

    /// <summary>
    /// The first slot from <paramref name="start"/> whose tag is <paramref name="wanted"/>, before an empty one;
    /// −1 when there is none, so that the key is not in the table.
    /// </summary>
    /// <param name="tags">The tag array (a power of two long).</param>
    /// <param name="start">The first slot to look at.</param>
    /// <param name="tag">The tag at <paramref name="start"/>, already read.</param>
    /// <param name="wanted">The key's tag (<see cref="Of"/>).</param>
    public static int Find(byte[] tags, int start, byte tag, byte wanted)
    {
        var mask = tags.Length - 1;
        var i = start;
        while (tag != 0)
        {
            if (tag == wanted)
            {
                return i;
            }

            i = (i + 1) & mask;
            tag = tags[i];
        }

        return -1;
    }

    /// <summary>
    /// Finds the candidate slot of each key from the tags alone, in two passes so that the cache misses of independent
    /// reads overlap: first every key's home tag is read with no branch, then probed on from there. Keys with no
    /// candidate are not in the table; a candidate's slot must still be checked, and on a tag collision the search
    /// goes on with <see cref="Find"/> from the next slot.
    /// </summary>
    /// <param name="tags">The tag array (a power of two long; a key's home slot is its low bits).</param>
    /// <param name="keys">The keys.</param>
    /// <param name="home">Scratch, at least as long as <paramref name="keys"/>.</param>
    /// <param name="candidates">Receives the candidate slots, in key order.</param>
    /// <param name="candidateKeys">Receives the key of each candidate.</param>
    /// <returns>The number of candidates.</returns>
    public static int Candidates(byte[] tags, ReadOnlySpan<ulong> keys, Span<byte> home, Span<int> candidates, Span<ulong> candidateKeys)
    {
        var mask = tags.Length - 1;
        for (var k = 0; k < keys.Length; k++)
        {
            home[k] = tags[(int)keys[k] & mask];
        }

        var count = 0;
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            var i = Find(tags, (int)key & mask, home[k], Of(key));
            if (i >= 0)
            {
                candidates[count] = i;
                candidateKeys[count++] = key;
            }
        }

        return count;
    }
}
