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

    /// <summary>
    /// Lists the boundaries <paramref name="model"/> misses and predicts wrongly in <paramref name="documents"/>, each
    /// with its context (the gap marked <c>[missed]</c> or <c>[wrong]</c>, other gold boundaries <c>|</c>) and a
    /// rough category, and counts them by category: a straight quote at the gap, a gap before a token that cannot
    /// start a sentence (a line break inside a sentence of the original), a gap after a comma or lower-case word (the
    /// same, or a table's header), the headline and dateline, a row of a table or results, an abbreviation, a full
    /// stop, other.
    /// </summary>
    public static string Errors(IReadOnlyList<JoinedDocument> documents, SentenceBoundaryModel model, int examples = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(model);
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var document in documents)
        {
            var text = document.Text;
            var tokens = Tokenizer.Tokenize(text);
            var gold = document.SentenceEnds.ToHashSet();
            var predicted = model.Split(text, tokens).Select(s => s.Span.End).ToHashSet();
            var goldIndex = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                var end = tokens[i].Span.End;
                var isGold = gold.Contains(end);
                var isPredicted = predicted.Contains(end);
                if (isGold == isPredicted)
                {
                    goldIndex += isGold ? 1 : 0;
                    continue;
                }

                var category = Categorise(text, tokens, i, document.SentenceEnds, goldIndex);
                if (!counts.TryGetValue(category, out var pair))
                {
                    counts[category] = pair = new int[2];
                }

                pair[isGold ? 0 : 1]++;
                if (lines.Count < examples)
                {
                    lines.Add($"{(isGold ? "missed" : "wrong")}\t{category}\t{Context(text, end, isGold ? "[missed]" : "[wrong]", gold)}");
                }

                goldIndex += isGold ? 1 : 0;
            }
        }

        var c = System.Globalization.CultureInfo.InvariantCulture;
        var sb = new System.Text.StringBuilder();
        sb.Append("| Category | Missed | Wrong |\n|---|---:|---:|\n");
        int missed = 0, wrong = 0;
        foreach (var (category, pair) in counts)
        {
            sb.Append(c, $"| {category} | {pair[0]} | {pair[1]} |\n");
            missed += pair[0];
            wrong += pair[1];
        }

        sb.Append(c, $"| all | {missed} | {wrong} |\n\n");
        foreach (var line in lines)
        {
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Cross-validates the boundary model on <paramref name="documents"/>: cut into <paramref name="folds"/>
    /// interleaved folds (document <c>d</c> goes to fold <c>d mod folds</c>), each fold is scored by a model trained
    /// on the others, so errors can be studied on training data without reading a model's own training text.
    /// </summary>
    /// <returns>The summed counts and the error listing of <see cref="Errors"/> over all held-out folds.</returns>
    public static (BoundaryScore Score, string Errors) CrossValidate(IReadOnlyList<JoinedDocument> documents, int folds = 10, int iterations = 10, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        long gold = 0, predicted = 0, correct = 0;
        var listings = new System.Text.StringBuilder();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = new List<JoinedDocument>();
            var held = new List<JoinedDocument>();
            for (var d = 0; d < documents.Count; d++)
            {
                (d % folds == fold ? held : train).Add(documents[d]);
            }

            var model = SentenceBoundaryTraining.Train(train, iterations, seed);
            var score = SentenceBoundaryTraining.Score(model, held);
            gold += score.Gold;
            predicted += score.Predicted;
            correct += score.Correct;
            listings.Append(Errors(held, model));
        }

        return (new BoundaryScore(documents.Count, gold, predicted, correct), listings.ToString());
    }

    /// <summary>
    /// Evidence for a ceiling on <paramref name="documents"/>, from the gold sentences alone (their tokens are the
    /// space-separated words of <see cref="JoinedDocument.Text"/>): the gold boundaries inside a sentence of the
    /// original text (the next sentence starts with a lower-case word or <c>, ; : ) -</c>, or the sentence ends in a
    /// comma, an opening bracket or a lower-case function word), and, for straight quotes right after a full stop,
    /// how often identical contexts carry different gold decisions (boundary before the quote, after it, or none).
    /// The context is what the boundary model can see: whether a quote is open in the text, whether the sentence so
    /// far has quotes and how many (odd or even), the case of the word after the quote, and whether another straight
    /// quote comes before the next full stop. The minority decisions in each context are errors any splitter that
    /// sees no more than that makes; with the inside boundaries they bound F1 from above.
    /// </summary>
    public static string Ceiling(IReadOnlyList<JoinedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        long gold = 0, inside = 0;
        var contexts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var words = document.Text.Split(' ');
            var ends = new HashSet<int>();
            var offset = 0;
            var goldEnds = document.SentenceEnds;
            var g = 0;
            for (var k = 0; k < words.Length; k++)
            {
                offset += words[k].Length;
                if (g < goldEnds.Count && goldEnds[g] == offset)
                {
                    ends.Add(k);
                    g++;
                }

                offset++;
            }

            gold += ends.Count;
            foreach (var k in ends)
            {
                if (k + 1 < words.Length && (StartsInside(words[k + 1]) || EndsInside(words[k])))
                {
                    inside++;
                }
            }

            var textQuotes = 0;
            for (var k = 0; k < words.Length; k++)
            {
                if (words[k] == "\"" && k > 0 && words[k - 1] is "." or "?" or "!" && k + 1 < words.Length)
                {
                    var label = ends.Contains(k - 1) ? 0 : ends.Contains(k) ? 1 : 2;
                    var local = 0;
                    for (var b = k - 2; b >= 0 && words[b] is not ("." or "?" or "!"); b--)
                    {
                        local += words[b] == "\"" ? 1 : 0;
                    }

                    var next = words[k + 1][0];
                    var quoteFirst = false;
                    for (var a = k + 1; a < words.Length && words[a] is not ("." or "?" or "!"); a++)
                    {
                        if (words[a] == "\"")
                        {
                            quoteFirst = true;
                            break;
                        }
                    }

                    var key = $"open in text {textQuotes % 2}, in sentence {(local == 0 ? "none" : local % 2 == 1 ? "odd" : "even")}, next {(char.IsUpper(next) ? "capitalised" : char.IsLower(next) ? "lower-case" : "other")}, quote before next stop {(quoteFirst ? "yes" : "no")}";
                    if (!contexts.TryGetValue(key, out var counts))
                    {
                        contexts[key] = counts = new int[3];
                    }

                    counts[label]++;
                }

                textQuotes += words[k] == "\"" ? 1 : 0;
            }
        }

        var c = System.Globalization.CultureInfo.InvariantCulture;
        var sb = new System.Text.StringBuilder();
        sb.Append(c, $"{gold} gold boundaries; {inside} lie inside a sentence of the original (next sentence starts lower-case or with , ; : ) -, or the sentence ends in a comma, ( or a lower-case function word).\n\n");
        sb.Append("| Straight quote after a full stop: context | Boundary before the quote | After it | None |\n|---|---:|---:|---:|\n");
        long cases = 0, missed = 0, wrong = 0;
        foreach (var (key, counts) in contexts)
        {
            sb.Append(c, $"| {key} | {counts[0]} | {counts[1]} | {counts[2]} |\n");
            var majority = counts[0] >= counts[1] && counts[0] >= counts[2] ? 0 : counts[1] >= counts[2] ? 1 : 2;
            for (var label = 0; label < 3; label++)
            {
                cases += counts[label];
                if (label != majority)
                {
                    missed += label == 2 ? 0 : counts[label];
                    wrong += majority == 2 ? 0 : counts[label];
                }
            }
        }

        var correct = gold - inside - missed;
        var f1 = 2.0 * correct / (gold + correct + wrong);
        sb.Append(c, $"\n{cases} quotes after a full stop; the minority decisions of their contexts cost {missed} missed and {wrong} wrong boundaries. ");
        sb.Append(c, $"A splitter that finds every other boundary and no false one scores at most F1 {f1:0.0000} (recall {(double)correct / gold:0.0000}).\n");
        return sb.ToString();

        static bool StartsInside(string next) => char.IsLower(next[0]) || next is "," or ";" or ":" or ")" or "-" or "--";

        static bool EndsInside(string last) => last is "," or "(" or "a" or "an" or "the" or "of" or "in" or "on" or "at" or "to" or "for" or "with" or "by" or "from" or "and" or "or" or "but" or "as" or "that" or "than" or "into" or "against";
    }

    private static string Categorise(string text, Token[] tokens, int i, IReadOnlyList<int> goldEnds, int goldIndex)
    {
        bool IsStraightQuote(int k) => (uint)k < (uint)tokens.Length && text[tokens[k].Span.Start] == '"';
        if (IsStraightQuote(i) || IsStraightQuote(i + 1))
        {
            return "straight quote";
        }

        if (i + 1 < tokens.Length)
        {
            var next = text[tokens[i + 1].Span.Start];
            if (char.IsLower(next) || next is ',' or ';' or ':' or ')' or ']' or '-')
            {
                return "before a non-starter (line break in a sentence)";
            }
        }

        var previous = text[tokens[i].Span.Start];
        if (previous == ',' || (tokens[i].Kind == TokenKind.Word && char.IsLower(previous)))
        {
            return "after a comma or lower-case word (a line break in a sentence, or a header)";
        }

        if (goldIndex < 2 || IsIsoDate(text, tokens, i) || IsIsoDate(text, tokens, i + 1))
        {
            return "headline or dateline";
        }

        // The gold sentence the gap lies in or ends: a row when it has figures and few lower-case words.
        var sentenceEnd = goldEnds[Math.Min(goldIndex, goldEnds.Count - 1)];
        var sentenceStart = goldIndex == 0 ? 0 : goldEnds[goldIndex - 1];
        int figures = 0, lower = 0, count = 0;
        foreach (var token in tokens)
        {
            if (token.Span.Start < sentenceStart || token.Span.End > sentenceEnd)
            {
                continue;
            }

            count++;
            figures += token.Kind == TokenKind.Number ? 1 : 0;
            lower += token.Kind == TokenKind.Word && char.IsLower(text[token.Span.Start]) ? 1 : 0;
        }

        if (figures > 0 && lower * 4 <= count)
        {
            return "table or results row";
        }

        return tokens[i].Kind switch
        {
            TokenKind.Abbreviation => "abbreviation",
            TokenKind.Terminal => "after terminal punctuation",
            _ => "other",
        };
    }

    private static bool IsIsoDate(string text, Token[] tokens, int k)
        => (uint)k < (uint)tokens.Length && tokens[k].Span.Length == 10 && text[tokens[k].Span.Start + 4] == '-' && text[tokens[k].Span.Start + 7] == '-';

    private static string Context(string text, int at, string mark, HashSet<int> gold)
    {
        var from = Math.Max(0, at - 70);
        var to = Math.Min(text.Length, at + 60);
        var sb = new System.Text.StringBuilder();
        for (var k = from; k < to; k++)
        {
            if (k == at)
            {
                sb.Append(' ').Append(mark);
            }
            else if (gold.Contains(k))
            {
                sb.Append(" |");
            }

            sb.Append(text[k]);
        }

        return sb.ToString();
    }
}
