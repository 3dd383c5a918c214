using Dyad.Language.Sentences;
using Dyad.Language.Tokens;

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

    /// <summary>
    /// How far the model departs from the rules on ordinary news text, where line breaks and quote spacing survive:
    /// the boundaries it adds and removes over <paramref name="texts"/>, with up to <paramref name="examples"/>
    /// examples of each (the text around the boundary, marked with ‖).
    /// </summary>
    public static string CompareWithRules(IReadOnlyList<string> texts, SentenceBoundaryModel model, int examples = 10)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(model);
        int rules = 0, added = 0, removed = 0;
        var shown = new List<string>();
        foreach (var text in texts)
        {
            var tokens = Tokenizer.Tokenize(text);
            var byRules = SentenceSplitter.Split(text, tokens).Select(s => s.Span.End).ToHashSet();
            var byModel = model.Split(text, tokens).Select(s => s.Span.End).ToHashSet();
            rules += byRules.Count;
            foreach (var end in byModel.Except(byRules))
            {
                added++;
                Show("added", text, end);
            }

            foreach (var end in byRules.Except(byModel))
            {
                removed++;
                Show("removed", text, end);
            }
        }

        var c = System.Globalization.CultureInfo.InvariantCulture;
        var sb = new System.Text.StringBuilder();
        sb.Append(c, $"{texts.Count} texts, {rules} sentences by the rules; the model adds {added} boundaries and removes {removed}.\n\n");
        foreach (var line in shown)
        {
            sb.Append("- ").Append(line).Append('\n');
        }

        return sb.ToString();

        void Show(string what, string text, int at)
        {
            if (shown.Count < examples * 2)
            {
                var from = Math.Max(0, at - 50);
                var to = Math.Min(text.Length, at + 40);
                shown.Add($"{what}: `{text[from..at].Replace('\n', ' ')} ‖ {text[at..to].Replace('\n', ' ')}`");
            }
        }
    }
}
