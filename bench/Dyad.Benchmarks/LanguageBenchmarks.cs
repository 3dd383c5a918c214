using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Dyad.Evaluation.Corpora;
using Dyad.Evaluation.Reuters;
using Dyad.Language.Pipeline;
using Dyad.Language.Sentences;
using Dyad.Language.Tokens;

namespace Dyad.Benchmarks;

/// <summary>Tokenizing, sentence splitting and the whole language layer over batches of 1, 10 and 100 articles:
/// Reuters-21578 bodies when ../shared/data is present, generated news-like text otherwise.</summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private readonly List<Token> _tokens = new(4096);
    private readonly List<Sentence> _sentences = new(256);
    private string[] _texts = [];

    /// <summary>Articles per batch.</summary>
    [Params(1, 10, 100)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchInputs.Articles(Articles);
        LanguagePipeline.Default.Annotate("Models load here, outside the measurement.");
    }

    /// <summary>Every stage: tokens, sentences, part of speech, chunks, entities, time expressions.</summary>
    [Benchmark]
    public int AnnotateWholeLayer()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += LanguagePipeline.Default.Annotate(t).Tokens.Length;
        }

        return n;
    }

    [Benchmark]
    public int Tokenize()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            _tokens.Clear();
            Tokenizer.Tokenize(t, _tokens);
            n += _tokens.Count;
        }

        return n;
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            _tokens.Clear();
            _sentences.Clear();
            Tokenizer.Tokenize(t, _tokens);
            SentenceSplitter.Split(t, CollectionsMarshal.AsSpan(_tokens), _sentences);
            n += _sentences.Count;
        }

        return n;
    }
}
