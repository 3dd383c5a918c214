using Dyad.Language.Time;

namespace Dyad.Evaluation.Language;

/// <summary>Accumulates TIMEX matches and errors over documents; one-to-one matching, strict before relaxed.</summary>
internal sealed class TimexTally
{
    private readonly Dictionary<string, TimexTypeScore> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Text, string Gold, string Predicted), int> _valueErrors = [];
    private readonly Dictionary<string, int> _missed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _spurious = new(StringComparer.Ordinal);
    private int _gold;
    private int _predicted;
    private int _strict;
    private int _relaxed;
    private int _typeCorrect;
    private int _valueCorrect;

    public void Add(TimexDocument document, IReadOnlyList<TimeExpression> predicted)
    {
        _gold += document.Timexes.Count;
        _predicted += predicted.Count;
        var used = new bool[predicted.Count];
        var goldMatch = new int[document.Timexes.Count];
        Array.Fill(goldMatch, -1);

        // Strict matches first, then the largest overlap among the unused predictions.
        for (var g = 0; g < document.Timexes.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && predicted[p].Span == document.Timexes[g].Span)
                {
                    used[p] = true;
                    goldMatch[g] = p;
                    _strict++;
                    break;
                }
            }
        }

        for (var g = 0; g < document.Timexes.Count; g++)
        {
            if (goldMatch[g] >= 0)
            {
                continue;
            }

            var best = -1;
            var bestOverlap = 0;
            var span = document.Timexes[g].Span;
            for (var p = 0; p < predicted.Count; p++)
            {
                if (used[p] || !predicted[p].Span.Overlaps(span))
                {
                    continue;
                }

                var overlap = Math.Min(span.End, predicted[p].Span.End) - Math.Max(span.Start, predicted[p].Span.Start);
                if (overlap > bestOverlap)
                {
                    best = p;
                    bestOverlap = overlap;
                }
            }

            if (best >= 0)
            {
                used[best] = true;
                goldMatch[g] = best;
            }
        }

        for (var g = 0; g < document.Timexes.Count; g++)
        {
            var gold = document.Timexes[g];
            var score = Score(gold.Type);
            score.Gold++;
            if (goldMatch[g] < 0)
            {
                Bump(_missed, Key(gold.Text) + " → " + gold.Value);
                continue;
            }

            var p = predicted[goldMatch[g]];
            _relaxed++;
            score.Matched++;
            if (string.Equals(TypeName(p.Type), gold.Type, StringComparison.Ordinal))
            {
                _typeCorrect++;
                score.TypeCorrect++;
            }

            if (string.Equals(p.Value, gold.Value, StringComparison.Ordinal))
            {
                _valueCorrect++;
                score.ValueCorrect++;
            }
            else
            {
                var key = (Key(gold.Text), gold.Value, p.Value);
                _valueErrors[key] = _valueErrors.GetValueOrDefault(key) + 1;
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            Score(TypeName(predicted[p].Type)).Predicted++;
            if (!used[p])
            {
                Bump(_spurious, Key(predicted[p].Text) + " → " + predicted[p].Value);
            }
        }
    }

    public TimexEvaluationReport ToReport(string name, int documents, long tokens, TimeSpan elapsed)
    {
        var types = new List<TimexTypeScore>(_byType.Values);
        types.Sort((a, b) => b.Gold.CompareTo(a.Gold));
        return new TimexEvaluationReport(name, documents, tokens, elapsed, _gold, _predicted, _strict, _relaxed, _typeCorrect, _valueCorrect, types,
            Top(_valueErrors, 20), Top(_missed, 15), Top(_spurious, 15));
    }

    public static string TypeName(TimexType type) => TimeMLNames.Type(type);

    private static string Key(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Bump(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<(TKey Key, int Count)> Top<TKey>(Dictionary<TKey, int> counts, int n)
        where TKey : notnull
    {
        var list = new List<(TKey Key, int Count)>(counts.Count);
        foreach (var (k, v) in counts)
        {
            list.Add((k, v));
        }

        list.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Key.ToString(), b.Key.ToString()));
        return list.Count > n ? list.GetRange(0, n) : list;
    }

    private TimexTypeScore Score(string type)
    {
        if (!_byType.TryGetValue(type, out var score))
        {
            score = new TimexTypeScore(type);
            _byType[type] = score;
        }

        return score;
    }
}
