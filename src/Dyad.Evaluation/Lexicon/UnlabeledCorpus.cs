using System.Text;
using System.Text.Json;
using Dyad.Evaluation.Reuters;
using Dyad.Language.Lexicon;
using Dyad.Language.Tagging;

namespace Dyad.Evaluation.Lexicon;

/// <summary>
/// Gathers the unlabeled news text the word clusters and the gazetteer's ordinary-word test are learned from, in a
/// fixed order: Reuters-21578 bodies, the words of CoNLL-2003 <c>eng.train</c> (labels ignored), TempEval-3 training
/// documents (TimeBank and AQUAINT text without markup), the TE3 silver wire sample and PolNeAR <c>train</c> texts.
/// </summary>
/// <remarks>Evaluation text (CoNLL <c>eng.testa</c>/<c>eng.testb</c>, TempEval-3 platinum, PolNeAR dev and test) is
/// never read. A source that is absent is skipped and reported.</remarks>
public static class UnlabeledCorpus
{
    /// <summary>Reads every available source under <paramref name="dataDir"/> (the shared data folder).</summary>
    public static WordCorpus Read(string dataDir, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(dataDir);
        if (!Directory.Exists(dataDir))
        {
            throw new DirectoryNotFoundException($"Shared data folder not found: {dataDir}");
        }

        var corpus = new WordCorpus();
        Source(corpus, log, "reuters21578", () =>
        {
            foreach (var article in ReutersCorpus.Read(Path.Combine(dataDir, "reuters21578")))
            {
                corpus.AddText(article.Body);
            }
        });
        Source(corpus, log, "conll2003/eng.train", () =>
        {
            foreach (var sentence in CoNllReader.ReadFile(Path.Combine(dataDir, "conll2003", "eng.train")))
            {
                corpus.AddSentence(sentence.Words);
            }
        });
        Source(corpus, log, "tempeval3/Training", () =>
        {
            var dir = Path.Combine(dataDir, "tempeval3", "Training");
            var files = Directory.GetFiles(dir, "*.tml", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                corpus.AddText(TimeMlText(File.ReadAllText(file)));
            }
        });
        Source(corpus, log, "te3-silver-wire-sample/articles.jsonl", () =>
        {
            foreach (var line in File.ReadLines(Path.Combine(dataDir, "te3-silver-wire-sample", "articles.jsonl")))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    corpus.AddText(text.GetString()!);
                }
            }
        });
        Source(corpus, log, "polnear/train/text", () =>
        {
            var files = Directory.GetFiles(Path.Combine(dataDir, "polnear", "train", "text"));
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                corpus.AddText(File.ReadAllText(file));
            }
        });
        return corpus;
    }

    /// <summary>The text inside a TimeML document's <c>TEXT</c> element, tags removed and character references decoded.</summary>
    public static string TimeMlText(string timeMl)
    {
        ArgumentNullException.ThrowIfNull(timeMl);
        var start = timeMl.IndexOf("<TEXT>", StringComparison.Ordinal);
        var end = timeMl.IndexOf("</TEXT>", StringComparison.Ordinal);
        var body = start >= 0 && end > start ? timeMl.AsSpan(start + 6, end - start - 6) : timeMl.AsSpan();
        var text = new StringBuilder(body.Length);
        var inTag = false;
        foreach (var c in body)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        return ReutersCorpus.Decode(text.ToString());
    }

    private static void Source(WordCorpus corpus, Action<string>? log, string name, Action read)
    {
        var before = corpus.TokenCount;
        try
        {
            read();
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            log?.Invoke($"{name}: not found, skipped");
            return;
        }

        log?.Invoke($"{name}: {corpus.TokenCount - before:N0} tokens");
    }
}
