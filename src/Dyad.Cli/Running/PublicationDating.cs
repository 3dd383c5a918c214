using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;
using Dyad.Linking;
using Dyad.Linking.Dating;

namespace Dyad.Cli.Running;

/// <summary>
/// Dates an article whose page states no publication date, or a day without its year, from the summits its events
/// take place at (issue 5, inferred publication dates): each event with a place or a host country whose sentence
/// names a summit series ("G20", "Group of Eight", "NATO") is a <see cref="SummitClue"/>, planned events look ahead,
/// occurred ones back, and <c>next week</c>/<c>last week</c> in the sentence narrows the window to a week.
/// </summary>
/// <remarks>Reads only the article; the dates of other articles that report the same events are a later step.</remarks>
public static class PublicationDating
{
    private static readonly Lazy<string[]> SeriesNames = new(() =>
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var summit in SummitTable.Default.Summits)
        {
            names.UnionWith(summit.Names);
        }

        // Longest first: at equal distance the longer name wins ("Group of Twenty" over a shorter name inside it).
        return [.. names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)];
    });

    /// <summary>
    /// The publication date the events of <paramref name="annotated"/> imply, with its evidence mapped to the raw
    /// text; null when the page states a year, or nothing here implies a date.
    /// </summary>
    public static Attested<PartialDate>? Infer(Document document, AnnotatedText annotated, ImmutableArray<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(annotated);
        var stated = document.Metadata.Published?.Value;
        if (stated is { Year: not null })
        {
            return null;
        }

        var clues = Clues(annotated, events);

        if (PublicationDateInference.Infer(stated, clues) is not { } inferred)
        {
            return null;
        }

        // Evidence spans of metadata point into the raw text.
        var span = inferred.Evidence.Span is { } clean ? document.ToRaw.Map(clean) : (TextSpan?)null;
        return inferred with { Evidence = inferred.Evidence with { Span = span } };
    }

    /// <summary>The summit clues of an article's events, in text order.</summary>
    public static IReadOnlyList<SummitClue> Clues(AnnotatedText annotated, ImmutableArray<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        var clues = new List<SummitClue>();
        foreach (var e in events)
        {
            if ((e.Place is null && e.PlaceCountry is null) || (uint)e.Sentence >= (uint)annotated.Sentences.Length)
            {
                continue;
            }

            var sentence = annotated.Sentences[e.Sentence].Span;
            var text = annotated.Text.AsSpan(sentence.Start, sentence.Length);
            var near = (e.Place?.Span ?? e.Evidence).Start - sentence.Start;
            if (NearestSeries(text, near) is not { } series)
            {
                continue;
            }

            var tense = e.Modality switch
            {
                "planned" => SummitTense.Ahead,
                "occurred" => SummitTense.Past,
                _ => SummitTense.Unknown,
            };
            clues.Add(new SummitClue(sentence, text.ToString(), series, e.Place?.Name, e.PlaceCountry, tense, WithinAWeek(annotated, sentence, tense)));
        }

        return clues;
    }

    /// <summary>
    /// The summit series name in <paramref name="text"/> (a whole word, case as written) nearest to offset
    /// <paramref name="near"/> (the event's place), or null: "at the G8 summit in Lough Erne ... before the G20 summit"
    /// gives G8 for Lough Erne.
    /// </summary>
    private static string? NearestSeries(ReadOnlySpan<char> text, int near)
    {
        string? best = null;
        var distance = int.MaxValue;
        foreach (var name in SeriesNames.Value)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text[from..].IndexOf(name, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                var end = at + name.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))
                    && Math.Abs(at - near) < distance)
                {
                    best = name;
                    distance = Math.Abs(at - near);
                }

                from = at + 1;
            }
        }

        return best;
    }

    /// <summary>Whether a time expression in the sentence puts the event in the coming week (ahead) or the past one (past).</summary>
    private static bool WithinAWeek(AnnotatedText annotated, TextSpan sentence, SummitTense tense)
    {
        foreach (var timex in annotated.Timexes)
        {
            if (timex.Span.Start < sentence.Start || timex.Span.End > sentence.End)
            {
                continue;
            }

            var words = timex.Text.AsSpan();
            if ((tense == SummitTense.Ahead && (words.Equals("next week", StringComparison.OrdinalIgnoreCase) || words.Equals("this week", StringComparison.OrdinalIgnoreCase)))
                || (tense == SummitTense.Past && (words.Equals("last week", StringComparison.OrdinalIgnoreCase) || words.EndsWith("this week", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return false;
    }
}
