using System.Diagnostics;
using Dyad.Language.Entities;
using Dyad.Language.Sentences;
using Dyad.Language.Tagging;

namespace Dyad.Evaluation.Language;

/// <summary>Measures the entity tagger's own speed on one thread over ordinary text (Reuters-21578 bodies).</summary>
public static class NerThroughput
{
    /// <summary>
    /// Tokenizes, splits and part-of-speech tags every text untimed, tags each document once to warm up, then times
    /// <paramref name="rounds"/> rounds of <see cref="EntityTagger.TagDocument"/> alone, reporting wall and
    /// processor time and the bytes allocated per token on this thread.
    /// </summary>
    public static NerThroughputReport Measure(EntityTagger tagger, PosTagger pos, IReadOnlyList<string> texts, int rounds = 3)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(pos);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var documents = new List<(string[][] Words, string[][] Tags)>(texts.Count);
        long tokens = 0;
        foreach (var text in texts)
        {
            var sentences = SentenceSplitter.Split(text, out var found);
            var words = new string[sentences.Length][];
            var tags = new string[sentences.Length][];
            for (var s = 0; s < sentences.Length; s++)
            {
                words[s] = new string[sentences[s].TokenCount];
                for (var i = 0; i < words[s].Length; i++)
                {
                    words[s][i] = found[sentences[s].FirstToken + i].Slice(text).ToString();
                }

                tags[s] = pos.Tag(words[s]);
                tokens += words[s].Length;
            }

            documents.Add((words, tags));
        }

        long mentions = 0;
        foreach (var (words, tags) in documents)
        {
            mentions += tagger.TagDocument(words, tags).Count;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (words, tags) in documents)
            {
                tagger.TagDocument(words, tags);
            }
        }

        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - processor;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return new NerThroughputReport(documents.Count, tokens * rounds, mentions * rounds, clock.Elapsed, cpu, allocated);
    }
}
