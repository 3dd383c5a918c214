using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dyad.Language.Tagging;

/// <summary>
/// One-byte tags of the slots of an open-addressing weight table (linear probing): a tag array an eighth of the slots'
/// size or less that answers most lookups of keys missing from the table without reading a slot.
/// </summary>
internal static class SlotTags
{
    /// <summary>
    /// Bytes past a tag array's power-of-two length that repeat its first bytes (<see cref="Seal"/>), so that the 16
    /// tags from any home slot can be read in one vector load, wrapping around without a check.
    /// </summary>
    public const int Padding = 16;

    /// <summary>A tag array for <paramref name="size"/> slots (a power of two), with <see cref="Padding"/> after them.</summary>
    public static byte[] Create(int size) => new byte[size + Padding];

    /// <summary>Copies the first tags into the padding; call once the tags are written.</summary>
    public static void Seal(byte[] tags) => tags.AsSpan(0, Padding).CopyTo(tags.AsSpan(tags.Length - Padding));

    /// <summary>The slot mask of a tag array made by <see cref="Create"/>.</summary>
    public static int MaskOf(byte[] tags) => tags.Length - Padding - 1;

    /// <summary>The tag of a key: its top 7 bits (tables pick the slot from the low bits), low bit set so that 0 marks an empty slot.</summary>
    public static byte Of(ulong key) => (byte)((key >> 56) | 1);

    /// <summary>
    /// The first slot from <paramref name="start"/> whose tag is <paramref name="wanted"/>, before an empty one;
    /// −1 when there is none, so that the key is not in the table.
    /// </summary>
    /// <param name="tags">The tag array (made by <see cref="Create"/>).</param>
    /// <param name="start">The first slot to look at.</param>
    /// <param name="tag">The tag at <paramref name="start"/>, already read.</param>
    /// <param name="wanted">The key's tag (<see cref="Of"/>).</param>
    public static int Find(byte[] tags, int start, byte tag, byte wanted)
    {
        var mask = MaskOf(tags);
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
    /// Finds the candidate slot of each key from the tags alone: the 16 tags from each key's home slot are read in one
    /// vector load and compared with the key's tag and with the empty tag, and the first match before an empty slot is
    /// the candidate, with no branch on the data (a branch per probe mispredicted on the third or so of features not
    /// in the model, and each misprediction threw away the loads of the keys after it). Keys with no candidate are not
    /// in the table; a candidate's slot must still be checked, and on a tag collision the search goes on with
    /// <see cref="Find"/> from the next slot.
    /// </summary>
    /// <param name="tags">The tag array (made by <see cref="Create"/> and sealed; a key's home slot is its low bits).</param>
    /// <param name="keys">The keys.</param>
    /// <param name="candidates">Receives the candidate slots, in key order.</param>
    /// <param name="candidateKeys">Receives the key of each candidate.</param>
    /// <returns>The number of candidates.</returns>
    public static int Candidates(byte[] tags, ReadOnlySpan<ulong> keys, Span<int> candidates, Span<ulong> candidateKeys)
    {
        var mask = MaskOf(tags);
        ref var first = ref MemoryMarshal.GetArrayDataReference(tags);
        var count = 0;
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            var wanted = Of(key);
            var home = (int)key & mask;
            var run = Vector128.LoadUnsafe(ref first, (nuint)home);
            var empty = Vector128.Equals(run, Vector128<byte>.Zero).ExtractMostSignificantBits();
            var match = Vector128.Equals(run, Vector128.Create(wanted)).ExtractMostSignificantBits();

            // Matches before the first empty slot (all 16 when none is empty).
            match &= (empty & (0u - empty)) - 1u;
            if ((match | empty) == 0)
            {
                // 16 occupied slots and no match: rare at the tables' load; probe on one by one.
                var i = Find(tags, (home + 16) & mask, tags[(home + 16) & mask], wanted);
                if (i >= 0)
                {
                    candidates[count] = i;
                    candidateKeys[count++] = key;
                }

                continue;
            }

            candidates[count] = (home + BitOperations.TrailingZeroCount(match | 0x10000u)) & mask;
            candidateKeys[count] = key;
            count += match != 0 ? 1 : 0;
        }

        return count;
    }
}
