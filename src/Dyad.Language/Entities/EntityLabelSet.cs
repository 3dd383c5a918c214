namespace Dyad.Language.Entities;

/// <summary>
/// The fixed BILOU label set of the entity tagger: index 0 is <c>O</c>, then for each CoNLL type (PER, ORG, LOC,
/// MISC) its <c>B- I- L- U-</c> labels. Fixed indices let feature templates and document aggregation read a label's
/// type and position with arithmetic instead of string work.
/// </summary>
internal static class EntityLabelSet
{
    public const int TypeCount = 4;
    public const int Count = 1 + (TypeCount * 4);

    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static readonly string[] Labels = Build();

    public static readonly char[] Prefixes = BuildPrefixes();

    public static readonly string[] LabelTypes = BuildTypes();

    /// <summary>Type index (0..3) of a label index, or −1 for <c>O</c>.</summary>
    public static int TypeOf(int label) => label <= 0 ? -1 : (label - 1) >> 2;

    /// <summary>The label index of <paramref name="label"/> (BILOU), or −1 when it is not in the set.</summary>
    public static int IndexOf(string label)
    {
        for (var i = 0; i < Labels.Length; i++)
        {
            if (string.Equals(Labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index of a type name, or −1.</summary>
    public static int TypeIndex(string type) => Array.IndexOf(Types, type);

    private static string[] Build()
    {
        var labels = new string[Count];
        labels[0] = EntityLabels.Outside;
        for (var t = 0; t < TypeCount; t++)
        {
            labels[1 + (t * 4)] = "B-" + Types[t];
            labels[2 + (t * 4)] = "I-" + Types[t];
            labels[3 + (t * 4)] = "L-" + Types[t];
            labels[4 + (t * 4)] = "U-" + Types[t];
        }

        return labels;
    }

    private static char[] BuildPrefixes()
    {
        var prefixes = new char[Count];
        for (var i = 0; i < Count; i++)
        {
            prefixes[i] = Labels[i][0];
        }

        return prefixes;
    }

    private static string[] BuildTypes()
    {
        var types = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            types[i] = i == 0 ? string.Empty : Types[TypeOf(i)];
        }

        return types;
    }
}
