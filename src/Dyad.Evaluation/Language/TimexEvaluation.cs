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
    /// <summary>Scores every <c>*.tml</c> file under the <see cref="Parts"/> of <paramref name="folder"/> (recursively), in path order.</summary>
    public static TimexEvaluationReport Run(string folder, TimeExpressionTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(tagger);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"TimeML folder not found: {folder}");
        }

        var files = new List<string>();
        foreach (var part in Parts(folder))
        {
            files.AddRange(Directory.GetFiles(part, "*.tml", SearchOption.AllDirectories));
        }

        files.Sort(StringComparer.Ordinal);
        var documents = new List<TimexDocument>(files.Count);
        foreach (var file in files)
        {
            documents.Add(TimexDocument.Load(file));
        }

        return Score(folder, documents, tagger);
    }

    /// <summary>
    /// The folders scored under <paramref name="folder"/>: the TimeBank and AQUAINT parts when it is the TempEval-3
    /// training folder (or its TBAQ-cleaned folder), else the folder itself.
    /// </summary>
    public static IReadOnlyList<string> Parts(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        foreach (var root in new[] { Path.Combine(folder, "TBAQ-cleaned"), folder })
        {
            var timeBank = Path.Combine(root, "TimeBank");
            var aquaint = Path.Combine(root, "AQUAINT");
            if (Directory.Exists(timeBank) && Directory.Exists(aquaint))
            {
                return [timeBank, aquaint];
            }
        }

        return [folder];
    }

    /// <summary>Scores already loaded documents.</summary>
    public static TimexEvaluationReport Score(string name, IReadOnlyList<TimexDocument> documents, TimeExpressionTagger tagger)
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
