using System.Diagnostics;
using Dyad.Language.Pipeline;
using Dyad.Language.Sentences;
using Dyad.Language.Tokens;

namespace Dyad.Evaluation.Language;

/// <summary>Measures the language layer's speed on one thread, in tokens per second.</summary>
public static class LanguageThroughput
{
    /// <summary>Tokenizes and splits every text once untimed, then <paramref name="rounds"/> timed rounds, reusing one
    /// token list and one sentence list as a pipeline stage would.</summary>
    public static TokenThroughputReport MeasureTokensAndSentences(IReadOnlyList<string> texts, int rounds = 5)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var tokens = new List<Token>(4096);
        var sentences = new List<Sentence>(256);
        long tokenCount = 0, sentenceCount = 0;
        foreach (var text in texts)
        {
            tokens.Clear();
            sentences.Clear();
            Tokenizer.Tokenize(text, tokens);
            SentenceSplitter.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);
        }

        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                tokens.Clear();
                sentences.Clear();
                Tokenizer.Tokenize(text, tokens);
                SentenceSplitter.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);
                tokenCount += tokens.Count;
                sentenceCount += sentences.Count;
            }
        }

        clock.Stop();
        return new TokenThroughputReport(texts.Count * rounds, tokenCount, sentenceCount, clock.Elapsed);
    }

    /// <summary>
    /// Runs <paramref name="pipeline"/> over every text once untimed (JIT, model loading, word tables), then
    /// <paramref name="rounds"/> timed rounds, timing each stage separately and counting the bytes allocated on this
    /// thread.
    /// </summary>
    public static LayerThroughputReport MeasureLayer(IReadOnlyList<string> texts, LanguagePipeline pipeline, int rounds = 3)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        foreach (var text in texts)
        {
            pipeline.Annotate(text);
        }

        var stages = pipeline.Stages;
        var ticks = new long[stages.Count];
        long tokens = 0;
        using var process = Process.GetCurrentProcess();
        var processorBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                var annotated = AnnotatedText.Create(text);
                for (var s = 0; s < stages.Count; s++)
                {
                    var start = Stopwatch.GetTimestamp();
                    annotated = stages[s].Process(annotated);
                    ticks[s] += Stopwatch.GetTimestamp() - start;
                }

                tokens += annotated.Tokens.Length;
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        process.Refresh();
        var processor = process.TotalProcessorTime - processorBefore;
        var timings = new List<(string, TimeSpan)>(stages.Count);
        for (var s = 0; s < stages.Count; s++)
        {
            timings.Add((stages[s].Name, Stopwatch.GetElapsedTime(0, ticks[s])));
        }

        return new LayerThroughputReport(texts.Count * rounds, tokens, timings, allocated) { Processor = processor };
    }
}
