using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dyad.Linking;

namespace Dyad.Benchmarks;

/// <summary>Linking synthetic mentions (Zipf-distributed actor pairs and outlets, mixed date granularities and
/// modalities; <see cref="SyntheticMentions"/>) into events: all at once, and in 100 batches that attach to the events
/// already known. Issue 5 asks for 1,000,000 mentions in under 60 s on one core.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LinkingBenchmarks
{
    private IReadOnlyList<LinkMention> _mentions = [];

    /// <summary>Mentions linked per operation.</summary>
    [Params(100_000, 1_000_000)]
    public int Mentions { get; set; }

    [GlobalSetup]
    public void Setup() => _mentions = SyntheticMentions.Generate(Mentions, seed: 1);

    [Benchmark]
    public int LinkAllAtOnce() => EventLinker.Link(_mentions).Length;

    [Benchmark]
    public int LinkInHundredBatches()
    {
        var linker = new EventLinker();
        foreach (var batch in _mentions.Chunk(Math.Max(1, _mentions.Count / 100)))
        {
            linker.Add(batch);
        }

        return linker.Events().Length;
    }
}
