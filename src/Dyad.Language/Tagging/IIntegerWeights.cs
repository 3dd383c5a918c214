namespace Dyad.Language.Tagging;

/// <summary>Weights that sum features into exact integer class scores, which a <see cref="ScoreCache"/> can cache by feature group.</summary>
internal interface IIntegerWeights
{
    /// <summary>Adds the integer weights of <paramref name="features"/> to <paramref name="sums"/>; the sums do not depend on the order of the features.</summary>
    void Accumulate(ReadOnlySpan<ulong> features, Span<int> sums);
}
