using System.Diagnostics;
using Dyad.Language.Sentences;
using Dyad.Language.Time;
using Dyad.Language.Tokens;

namespace Dyad.Evaluation.Language;

/// <summary>
/// Scores the time-expression tagger TempEval-3 style on TimeML files: each document's TEXT is tokenized, split and
/// tagged with its creation time (DCT) as the anchor, and the predictions are matched one to one with the gold TIMEX3
/// annotations inside TEXT (the DCT itself lies outside TEXT and is not scored).
/// </summary>
/// <remarks>
/// A strict match has the same span; a relaxed match overlaps. Value F1 is computed on relaxed matches: the harmonic
/// mean of (relaxed matches with the gold value / predictions) and (relaxed matches with the gold value / gold),
/// as the TempEval-3 scorer does.
/// </remarks>
public static class TimexEvaluation
{
    /// <summary>Scores every <c>*.tml</c> file under <paramref name="folder"/> (recursively), in file-name order.</summary>
    public static TimexEvaluationReport Run(string folder, TimeExpressionTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(tagger);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"TimeML folder not found: {folder}");
        }

        var files = Directory.GetFiles(folder, "*.tml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var documents = new List<TimeMLDocument>(files.Length);
        foreach (var file in files)
        {
            documents.Add(TimeMLDocument.Load(file));
        }

        return Score(folder, documents, tagger);
    }

    /// <summary>Scores already loaded documents.</summary>
    public static TimexEvaluationReport Score(string name, IReadOnlyList<TimeMLDocument> documents, TimeExpressionTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(tagger);
        var tally = new TimexTally();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var elapsed = TimeSpan.Zero;
        long tokenCount = 0;
        foreach (var document in documents)
        {
            tokens.Clear();
            sentences.Clear();
            Tokenizer.Tokenize(document.Text, tokens);
            SentenceSplitter.Split(document.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);
            tokenCount += tokens.Count;
            var watch = Stopwatch.StartNew();
            var predicted = tagger.Tag(document.Text, tokens, sentences, document.Anchor);
            elapsed += watch.Elapsed;
            tally.Add(document, predicted);
        }

        return tally.ToReport(name, documents.Count, tokenCount, elapsed);
    }
}
