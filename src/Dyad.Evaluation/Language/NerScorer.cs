using Dyad.Language.Entities;

namespace Dyad.Evaluation.Language;

/// <summary>
/// Entity-level scoring with the semantics of the CoNLL shared tasks' <c>conlleval</c> script: chunks are read from
/// label sequences with its start/end rules (IOB1, IOB2, IOBES; BILOU's L and U read as E and S), a predicted entity
/// counts only when its boundaries and type both match a gold one, and precision, recall and F1 are micro-averaged
/// over every entity. Also classifies the errors.
/// </summary>
/// <remarks>Accumulates sentence by sentence; not thread-safe.</remarks>
public sealed class NerScorer
{
    private readonly Dictionary<string, (long Gold, long Predicted, long Correct)> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<NerErrorKind, long> _errors = [];
    private readonly Dictionary<(string Gold, string Predicted), long> _confusions = [];
    private readonly Dictionary<(NerErrorKind Kind, string Text), long> _examples = [];

    /// <summary>Sentences added.</summary>
    public long Sentences { get; private set; }

    /// <summary>Words added.</summary>
    public long Tokens { get; private set; }

    /// <summary>
    /// Reads the entities of one sentence's label sequence as <c>conlleval</c> does: a chunk starts at <c>B</c> or
    /// <c>S</c>, at <c>I</c>/<c>E</c> after <c>O</c>, <c>E</c> or <c>S</c>, and wherever the type changes; it ends
    /// before <c>B</c>, <c>S</c> or <c>O</c>, after <c>E</c> or <c>S</c>, at a type change and at the sentence end.
    /// </summary>
    public static List<EntitySpan> Chunks(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var chunks = new List<EntitySpan>();
        char prevTag = 'O';
        var prevType = string.Empty;
        var start = -1;
        for (var i = 0; i <= labels.Count; i++)
        {
            var (tag, type) = i < labels.Count ? Split(labels[i]) : ('O', string.Empty);
            if (start >= 0 && EndsChunk(prevTag, tag, prevType, type))
            {
                chunks.Add(new EntitySpan(start, i, prevType));
                start = -1;
            }

            if (StartsChunk(prevTag, tag, prevType, type))
            {
                start = i;
            }

            prevTag = tag;
            prevType = type;
        }

        return chunks;
    }

    /// <summary>Scores one sentence from its gold and predicted label sequences (any of the encodings <see cref="Chunks"/> reads).</summary>
    /// <param name="gold">Gold labels, one per word.</param>
    /// <param name="predicted">Predicted labels, one per word.</param>
    /// <param name="words">The words, used to list example errors (optional).</param>
    /// <exception cref="ArgumentException">The sequences differ in length.</exception>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IReadOnlyList<string>? words = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold labels but {predicted.Count} predicted.", nameof(predicted));
        }

        Sentences++;
        Tokens += gold.Count;
        var g = Chunks(gold);
        var p = Chunks(predicted);
        foreach (var span in g)
        {
            Bump(span.Type, gold: 1);
        }

        foreach (var span in p)
        {
            var correct = g.Contains(span);
            Bump(span.Type, predicted: 1, correct: correct ? 1 : 0);
        }

        Classify(g, p, words);
    }

    /// <summary>The scores so far.</summary>
    /// <param name="examples">How many example texts to keep per error kind.</param>
    public NerScores Result(int examples = 5)
    {
        var types = new List<NerTypeScore>();
        var keys = new List<string>(_byType.Keys);
        keys.Sort(StringComparer.Ordinal);
        long gold = 0, predicted = 0, correct = 0;
        foreach (var key in keys)
        {
            var (g, p, c) = _byType[key];
            types.Add(new NerTypeScore(key, g, p, c));
            gold += g;
            predicted += p;
            correct += c;
        }

        var errors = new List<(NerErrorKind, long)>();
        foreach (var (kind, count) in _errors)
        {
            errors.Add((kind, count));
        }

        errors.Sort((a, b) => a.Item2 != b.Item2 ? b.Item2.CompareTo(a.Item2) : a.Item1.CompareTo(b.Item1));
        var confusions = new List<(string, string, long)>();
        foreach (var ((g, p), count) in _confusions)
        {
            confusions.Add((g, p, count));
        }

        confusions.Sort((a, b) => a.Item3 != b.Item3 ? b.Item3.CompareTo(a.Item3) : string.CompareOrdinal(a.Item1 + a.Item2, b.Item1 + b.Item2));
        var samples = new Dictionary<NerErrorKind, IReadOnlyList<(string, long)>>();
        foreach (var (kind, _) in errors)
        {
            var list = new List<(string Text, long Count)>();
            foreach (var ((k, text), count) in _examples)
            {
                if (k == kind)
                {
                    list.Add((text, count));
                }
            }

            list.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Text, b.Text));
            samples[kind] = list.GetRange(0, Math.Min(Math.Max(examples, 0), list.Count));
        }

        return new NerScores(Sentences, Tokens, new NerTypeScore("overall", gold, predicted, correct), types, errors, confusions, samples);
    }

    private void Classify(List<EntitySpan> gold, List<EntitySpan> predicted, IReadOnlyList<string>? words)
    {
        foreach (var p in predicted)
        {
            if (gold.Contains(p))
            {
                continue;
            }

            var kind = NerErrorKind.Spurious;
            foreach (var g in gold)
            {
                if (g.Start == p.Start && g.End == p.End)
                {
                    kind = NerErrorKind.WrongType;
                    _confusions[(g.Type, p.Type)] = _confusions.GetValueOrDefault((g.Type, p.Type)) + 1;
                    break;
                }

                if (g.Start < p.End && p.Start < g.End)
                {
                    kind = string.Equals(g.Type, p.Type, StringComparison.Ordinal) ? NerErrorKind.Boundary : NerErrorKind.BoundaryAndType;
                }
            }

            Count(kind, p, words);
        }

        foreach (var g in gold)
        {
            if (predicted.Contains(g))
            {
                continue;
            }

            var overlapped = false;
            foreach (var p in predicted)
            {
                overlapped |= g.Start < p.End && p.Start < g.End;
            }

            if (!overlapped)
            {
                Count(NerErrorKind.Missed, g, words);
            }
        }
    }

    private void Count(NerErrorKind kind, EntitySpan span, IReadOnlyList<string>? words)
    {
        _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
        if (words is not null && span.End <= words.Count)
        {
            var text = string.Join(' ', words.Skip(span.Start).Take(span.Length)) + " (" + span.Type + ")";
            _examples[(kind, text)] = _examples.GetValueOrDefault((kind, text)) + 1;
        }
    }

    private void Bump(string type, long gold = 0, long predicted = 0, long correct = 0)
    {
        var (g, p, c) = _byType.GetValueOrDefault(type);
        _byType[type] = (g + gold, p + predicted, c + correct);
    }

    private static (char Tag, string Type) Split(string? label)
    {
        if (string.IsNullOrEmpty(label) || label == "O")
        {
            return ('O', string.Empty);
        }

        var dash = label.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            // conlleval reads a bare label as tag I of that type.
            return ('I', label);
        }

        var tag = label[0] switch
        {
            'L' => 'E',
            'U' => 'S',
            var c => c,
        };
        return (tag, label[(dash + 1)..]);
    }

    private static bool EndsChunk(char prevTag, char tag, string prevType, string type) =>
        prevTag is 'E' or 'S'
        || (prevTag is 'B' or 'I' && tag is 'B' or 'S' or 'O')
        || (prevTag != 'O' && !string.Equals(prevType, type, StringComparison.Ordinal));

    private static bool StartsChunk(char prevTag, char tag, string prevType, string type) =>
        tag is 'B' or 'S'
        || (prevTag is 'E' or 'S' or 'O' && tag is 'E' or 'I')
        || (tag != 'O' && !string.Equals(prevType, type, StringComparison.Ordinal));
}
