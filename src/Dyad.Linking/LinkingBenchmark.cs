using System.Diagnostics;

namespace Dyad.Linking;

/// <summary>A timed linking run over <see cref="SyntheticMentions"/>, for <c>dyad bench</c> and the benchmark project.</summary>
public static class LinkingBenchmark
{
    /// <summary>Generates <paramref name="mentions"/> synthetic mentions from <paramref name="seed"/>, then times linking
    /// them in <paramref name="batches"/> equal batches (each batch attaches to the events of the ones before).</summary>
    public static LinkingRun Run(int mentions, int seed, int batches = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batches);
        var input = SyntheticMentions.Generate(mentions, seed);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var linker = new EventLinker();
        var size = (input.Count + batches - 1) / batches;
        for (var start = 0; start < input.Count; start += size)
        {
            linker.Add(Slice(input, start, Math.Min(size, input.Count - start)));
        }

        var events = linker.Events();
        clock.Stop();
        var cpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var retained = GC.GetTotalMemory(true) - before;
        GC.KeepAlive(linker);
        return new LinkingRun(input.Count, events.Length, batches, clock.Elapsed, cpuTime, retained);
    }

    private static IEnumerable<LinkMention> Slice(IReadOnlyList<LinkMention> list, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            yield return list[i];
        }
    }
}
