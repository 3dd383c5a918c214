using BenchmarkDotNet.Attributes;
using Dyad.Cleaning;
using Dyad.Dedup;
using Dyad.Evaluation.Corpora;

namespace Dyad.Benchmarks;

/// <summary>Per-article costs of the steps every article goes through: normalisation, fingerprinting.</summary>
[MemoryDiagnoser]
public class CoreBenchmarks
{
    private string _text = string.Empty;
    private string _crlfText = string.Empty;

    /// <summary>Article size in characters.</summary>
    [Params(2_000, 20_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = GeneratedText.Article(Chars);
        _crlfText = _text.Replace("\n", "\r\n", StringComparison.Ordinal);
    }

    [Benchmark]
    public int NormalizeCleanText() => TextNormalizer.Normalize(_text, out _).Length;

    [Benchmark]
    public int NormalizeCrlfText() => TextNormalizer.Normalize(_crlfText, out _).Length;

    [Benchmark]
    public ulong SimHashOfArticle() => SimHash.Compute(_text, out _);

    [Benchmark]
    public string ExactHashOfArticle() => Fingerprint.ExactHashOf(_text);
}
