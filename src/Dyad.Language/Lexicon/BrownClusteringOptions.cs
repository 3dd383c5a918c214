namespace Dyad.Language.Lexicon;

/// <summary>Settings of <see cref="BrownClustering"/>.</summary>
public sealed record BrownClusteringOptions
{
    /// <summary>The number of clusters (leaves of the merge tree); also the size of the merge window.</summary>
    public int Clusters { get; init; } = 256;

    /// <summary>Words seen fewer times than this get no cluster.</summary>
    public int MinCount { get; init; } = 5;
}
