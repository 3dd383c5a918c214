using System.Diagnostics;
using Dyad.Language.Chunking;
using Dyad.Language.Sentences;
using Dyad.Language.Tagging;

namespace Dyad.Evaluation.Language;

/// <summary>Measures the part-of-speech tagger and the chunker on one thread, each on its own, over real sentences.</summary>
public static class ChunkThroughput
{
    /// <summary>
    /// Splits <paramref name="texts"/> into sentences of word strings (untimed), tags and chunks them once to warm up,
    /// then times <paramref name="rounds"/> rounds of tagging and, separately, of chunking the tagged sentences,
    /// reusing one label array per sentence as a pipeline stage would.
    /// </summary>
    public static ChunkThroughputReport Measure(IReadOnlyList<string> texts, PosTagger pos, Chunker chunker, int rounds = 3)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(pos);
        ArgumentNullException.ThrowIfNull(chunker);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var sentences = new List<string[]>();
        foreach (var text in texts)
        {
            foreach (var sentence in SentenceSplitter.Split(text, out var tokens))
            {
                var words = new string[sentence.TokenCount];
                for (var i = 0; i < words.Length; i++)
                {
                    words[i] = tokens[sentence.FirstToken + i].Slice(text).ToString();
                }

                sentences.Add(words);
            }
        }

        var tagIndices = new int[sentences.Count][];
        var tags = new string[sentences.Count][];
        var labels = new int[sentences.Count][];
        long tokenCount = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            tagIndices[s] = new int[sentences[s].Length];
            tags[s] = new string[sentences[s].Length];
            labels[s] = new int[sentences[s].Length];
            tokenCount += sentences[s].Length;
        }

        var posTime = new Timing();
        var chunkTime = new Timing();
        for (var round = 0; round <= rounds; round++)
        {
            var timed = round > 0; // round 0 warms up (JIT, per-thread buffers)
            posTime.Start(timed);
            for (var s = 0; s < sentences.Count; s++)
            {
                pos.Tag(sentences[s], tagIndices[s]);
            }

            posTime.Stop(timed);
            for (var s = 0; s < sentences.Count; s++)
            {
                for (var i = 0; i < tags[s].Length; i++)
                {
                    tags[s][i] = pos.Tags[tagIndices[s][i]];
                }
            }

            chunkTime.Start(timed);
            for (var s = 0; s < sentences.Count; s++)
            {
                chunker.Tag(sentences[s], tags[s], labels[s]);
            }

            chunkTime.Stop(timed);
        }

        var timedTokens = tokenCount * rounds;
        return new ChunkThroughputReport(texts.Count, sentences.Count, timedTokens,
            posTime.Wall, posTime.Processor, posTime.Allocated, chunkTime.Wall, chunkTime.Processor, chunkTime.Allocated);
    }

    /// <summary>Wall time, processor time of the process and bytes allocated on this thread, summed over timed rounds.</summary>
    private sealed class Timing
    {
        private readonly Stopwatch _wall = new();
        private TimeSpan _cpuStart;
        private long _allocStart;

        public TimeSpan Wall => _wall.Elapsed;

        public TimeSpan Processor { get; private set; }

        public long Allocated { get; private set; }

        public void Start(bool timed)
        {
            if (timed)
            {
                _cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
                _allocStart = GC.GetAllocatedBytesForCurrentThread();
                _wall.Start();
            }
        }

        public void Stop(bool timed)
        {
            if (timed)
            {
                _wall.Stop();
                Allocated += GC.GetAllocatedBytesForCurrentThread() - _allocStart;
                Processor += Process.GetCurrentProcess().TotalProcessorTime - _cpuStart;
            }
        }
    }
}
