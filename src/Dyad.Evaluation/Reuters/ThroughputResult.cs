namespace Dyad.Evaluation.Reuters;

/// <summary>The outcome of <see cref="CleanerThroughput.Measure"/>.</summary>
/// <param name="Documents">Number of texts cleaned per pass.</param>
/// <param name="Utf8Bytes">Total size of the texts in UTF-8 bytes.</param>
/// <param name="MedianMegabytesPerSecond">Median over the timed passes, in 10^6 UTF-8 bytes per second.</param>
/// <param name="PassMegabytesPerSecond">Each timed pass, in order.</param>
public sealed record ThroughputResult(int Documents, long Utf8Bytes, double MedianMegabytesPerSecond, IReadOnlyList<double> PassMegabytesPerSecond);
