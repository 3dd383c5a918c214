using System.Diagnostics;
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
}
