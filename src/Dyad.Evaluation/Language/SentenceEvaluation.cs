using Dyad.Language.Sentences;

namespace Dyad.Evaluation.Language;

/// <summary>
/// Scores sentence splitting on a CoNLL-2003 file (columns token, POS, chunk, NER; documents start with a
/// <c>-DOCSTART-</c> line, sentences are separated by blank lines). Each document's gold tokens are joined with single
/// spaces (sentences too, so no line break hints at a boundary; <see cref="JoinedDocument"/>), the text is tokenized
/// and split, and each predicted sentence end offset is compared with the gold ones: the end offset of each gold
/// sentence's last token. A predicted end counts as correct when it equals a gold end in the same document.
/// </summary>
public static class SentenceEvaluation
{
    /// <summary>
    /// Scores <paramref name="model"/> (rules plus learned boundaries) and, for comparison, the rules alone on
    /// <paramref name="conllFile"/>; throws <see cref="FileNotFoundException"/> naming the file when it is missing.
    /// </summary>
    public static SentenceReport Run(string conllFile, SentenceBoundaryModel model)
    {
        ArgumentNullException.ThrowIfNull(conllFile);
        ArgumentNullException.ThrowIfNull(model);
        var documents = JoinedDocument.ReadConll(conllFile);
        var tokens = 0;
        foreach (var document in documents)
        {
            tokens += document.Text.AsSpan().Count(' ') + 1;
        }

        var rules = SentenceBoundaryTraining.Score(null, documents);
        var learned = SentenceBoundaryTraining.Score(model, documents);
        return new SentenceReport(conllFile, documents.Count, tokens, (int)learned.Gold, (int)learned.Predicted, (int)learned.Correct) { Rules = rules };
    }
}
