namespace Dyad.Linking;

/// <summary>What one timed linking run measured.</summary>
/// <param name="Mentions">Mentions linked.</param>
/// <param name="Events">Events found.</param>
/// <param name="Batches">Batches the mentions were fed in.</param>
/// <param name="Elapsed">Wall-clock time spent linking (generating the mentions excluded).</param>
/// <param name="CpuTime">Processor time the process spent meanwhile (all threads, the garbage collector's included):
/// on a loaded machine, a steadier measure of the work than <paramref name="Elapsed"/>.</param>
/// <param name="RetainedBytes">Managed memory held by the linker and its events after the run (the mentions, allocated before, not counted).</param>
public sealed record LinkingRun(int Mentions, int Events, int Batches, TimeSpan Elapsed, TimeSpan CpuTime, long RetainedBytes)
{
    /// <summary>Mentions per second.</summary>
    public double MentionsPerSecond => Mentions / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Retained bytes per mention.</summary>
    public double BytesPerMention => RetainedBytes / (double)Math.Max(Mentions, 1);
}
