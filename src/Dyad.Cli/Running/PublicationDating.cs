using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Actors;
using Dyad.Core;
using Dyad.Events.Clauses;
using Dyad.Events.Extraction;
using Dyad.Events.Modality;
using Dyad.Language.Pipeline;
using Dyad.Linking;
using Dyad.Linking.Dating;

namespace Dyad.Cli.Running;

/// <summary>
/// Dates an article whose page states no publication date, or a day without its year (issue 5, inferred publication
/// dates), from three kinds of clue in its text, combined by <see cref="DateConstraints"/>:
/// <list type="bullet">
/// <item>the summits its events take place at: each event with a place or a host country whose sentence names a
/// summit series ("G20", "Group of Eight", "NATO") is a <see cref="SummitClue"/>, planned events look ahead, occurred
/// ones back, and <c>next week</c>/<c>last week</c> in the sentence narrows the window to a week;</item>
/// <item>fully dated time expressions ("on June 18, 2012", "03.03.2013", "in 2011"): told as past, they bound the
/// date from below; as planned or future, from above (<see cref="MentionTense"/>);</item>
/// <item>role titles next to a person's name ("President Putin", "Secretary of State John Kerry"): the knowledge
/// base's terms of that office for that person (<see cref="TitleClues"/>).</item>
/// </list>
/// </summary>
/// <remarks>Reads only the article; the dates other articles give the events it shares with them are a step after
/// linking (<see cref="SharedEventDating"/>).</remarks>
public static class PublicationDating
{
    // Verbs whose object or complement lies ahead of the saying: a date after them is not the verb's own.
    private static readonly FrozenSet<string> LooksAhead = FrozenSet.ToFrozenSet(
    [
        "call", "urge", "recommend", "propose", "demand", "ask", "suggest", "seek", "want", "plan", "prepare", "schedule",
        "set", "expect", "agree", "promise", "pledge", "vow", "threaten", "warn", "hope", "aim", "target", "forecast",
        "predict", "project", "approve", "decide", "invite", "postpone", "delay", "defer", "push", "press", "announce",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The first day the actor knowledge base lists office holders for (heads of state and government since 2000,
    /// docs/actors.md): a title clue allows any day before it, since an earlier holder of the title may share the name.
    /// </summary>
    public static readonly DateOnly CoverageStart = new(2000, 1, 1);

    // Reporting verbs: what a titled person said is news, told in the past tense but under the title held now.
    private static readonly FrozenSet<string> Says = FrozenSet.ToFrozenSet(
    [
        "say", "tell", "announce", "add", "state", "declare", "write", "note", "stress", "insist", "warn", "urge",
        "explain", "reply", "respond", "speak", "ask", "answer",
    ], StringComparer.Ordinal);

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

        if (Infer(stated, annotated, events) is not { } inferred)
        {
            return null;
        }

        // Evidence spans of metadata point into the raw text.
        var span = inferred.Evidence.Span is { } clean ? document.ToRaw.Map(clean) : (TextSpan?)null;
        return inferred with { Evidence = inferred.Evidence with { Span = span } };
    }

    /// <summary>
    /// The publication date every clue of the text implies when the page states <paramref name="stated"/> (nothing, or
    /// a day without its year), its evidence span in the clean text; null when none is implied or the clues contradict.
    /// </summary>
    public static Attested<PartialDate>? Infer(PartialDate? stated, AnnotatedText annotated, ImmutableArray<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        if (stated is { Year: not null })
        {
            return null;
        }

        return DateConstraints.Resolve(stated, TextClues(annotated, events));
    }

    /// <summary>Every clue of the article's own text, most telling first: summits, dated expressions, role titles.</summary>
    public static List<DateClue> TextClues(AnnotatedText annotated, ImmutableArray<EventRecord> events)
    {
        var clues = new List<DateClue>(PublicationDateInference.ToDateClues(Clues(annotated, events)));
        clues.AddRange(MentionClues(annotated));
        clues.AddRange(TitleClues(annotated));
        return clues;
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
    /// The clues of the fully dated time expressions (a day, month or year with its year; not computed from the
    /// publication date) that the text tells as past or as ahead, in text order.
    /// </summary>
    public static IReadOnlyList<DateClue> MentionClues(AnnotatedText annotated)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        var clues = new List<DateClue>();
        ImmutableArray<Clause>? clauses = null;
        foreach (var timex in annotated.Timexes)
        {
            // A day with a time or a part of the day ("June 18, 2012, 23:15", "2012-06-18TMO") counts as its day.
            var text = timex.Value.Length > 10 && timex.Value[10] == 'T' ? timex.Value.AsSpan(0, 10) : timex.Value.AsSpan();
            if (timex.Type is not (Dyad.Language.Time.TimexType.Date or Dyad.Language.Time.TimexType.Time) || timex.IsRelative || !timex.IsResolved
                || !PartialDate.TryParse(text, out var value) || value.Year is null)
            {
                continue;
            }

            clauses ??= ClauseExtractor.Extract(annotated);
            var tense = IsDeadline(annotated, timex.Span) ? SummitTense.Unknown : MentionTense(annotated, clauses.Value, timex.Span);
            if (DateClue.FromMention(value, tense, timex.Span, timex.Text) is { } clue)
            {
                clues.Add(clue);
            }
        }

        return clues;
    }

    /// <summary>Whether the expression is a deadline or a limit ("by early 2008", "until 2010"): no tense of its own.</summary>
    private static bool IsDeadline(AnnotatedText annotated, TextSpan span)
    {
        var before = span.Start;
        while (before > 0 && char.IsWhiteSpace(annotated.Text[before - 1]))
        {
            before--;
        }

        var word = before;
        while (word > 0 && char.IsLetter(annotated.Text[word - 1]))
        {
            word--;
        }

        return annotated.Text.AsSpan(word, before - word) is "by" or "By" or "until" or "till" or "through" or "before";
    }

    /// <summary>
    /// How the text tells of what happens at <paramref name="span"/>: the clause around it (the smallest whose extent
    /// holds it, else the one whose verb is nearest in its sentence: "On June 18, the leaders met") read by
    /// <see cref="ModalityClassifier"/>. Planned (future, "agreed to hold", "would" in reported speech) is ahead; a past
    /// verb group that is not hypothetical is past ("met", "was signed", "did not meet"); anything else is unknown.
    /// </summary>
    public static SummitTense MentionTense(AnnotatedText annotated, IReadOnlyList<Clause> clauses, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        ArgumentNullException.ThrowIfNull(clauses);
        var chosen = ClauseAt(annotated, clauses, span);
        if (chosen < 0)
        {
            return SummitTense.Unknown;
        }

        var reading = ModalityClassifier.Classify(annotated, clauses, chosen);
        return reading.Modality switch
        {
            Modality.Planned => SummitTense.Ahead,
            Modality.Hypothetical => SummitTense.Unknown,
            // "called for talks in 2006", "recommended leaving by 2008": the date belongs to what is asked for.
            _ when LooksAhead.Contains(clauses[chosen].Verb.Lemma) => SummitTense.Unknown,
            _ => clauses[chosen].Verb.Tense == VerbTense.Past ? SummitTense.Past : SummitTense.Unknown,
        };
    }

    /// <summary>The clause that tells of <paramref name="span"/>: the smallest whose extent holds it, else the one whose verb is nearest in its sentence; -1 when its sentence has none.</summary>
    private static int ClauseAt(AnnotatedText annotated, IReadOnlyList<Clause> clauses, TextSpan span)
    {
        var sentence = -1;
        for (var i = 0; i < annotated.Sentences.Length; i++)
        {
            if (annotated.Sentences[i].Span.Start <= span.Start && span.Start < annotated.Sentences[i].Span.End)
            {
                sentence = i;
                break;
            }
        }

        var best = -1;
        var bestSize = int.MaxValue;
        var nearest = -1;
        var nearestDistance = int.MaxValue;
        for (var c = 0; c < clauses.Count; c++)
        {
            if (clauses[c].Sentence != sentence)
            {
                continue;
            }

            var extent = clauses[c].Extent;
            if (extent.Start <= span.Start && span.End <= extent.End && extent.Length < bestSize)
            {
                best = c;
                bestSize = extent.Length;
            }

            var verb = clauses[c].Verb.Span;
            var distance = verb.Start >= span.End ? verb.Start - span.End : span.Start - verb.End;
            if (distance >= 0 && distance < nearestDistance)
            {
                nearest = c;
                nearestDistance = distance;
            }
        }

        return best >= 0 ? best : nearest;
    }

    /// <summary>
    /// The clues of the people named with a role title right before their name ("President Putin", "U.S. Secretary
    /// of State John Kerry") when the knowledge base matches the title to one of the person's roles
    /// (<see cref="ResolutionMethod.PersonRoleByTitle"/>): the article was written while the person held that office
    /// (any of its terms, or, unless the text gives the person's full name, any day before <see cref="CoverageStart"/>:
    /// an earlier holder of the title may have shared the surname). A clause told as past, other than a report of what the person said ("President Medvedev
    /// undertook the reset", "Prime Minister Putin was supportive"), may be history under the title held then: it says
    /// nothing. "former", "then-", "ex-", "late" and "-elect" before or in the title say nothing either.
    /// </summary>
    public static IReadOnlyList<DateClue> TitleClues(AnnotatedText annotated, ActorKnowledgeBase? knowledge = null)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        var clues = new List<DateClue>();
        ImmutableArray<Clause>? clauses = null;
        foreach (var entity in annotated.Entities)
        {
            if (entity.Type != "PER" || TitledMention(annotated, entity.FirstToken) is not { } first)
            {
                continue;
            }

            var span = new TextSpan(annotated.Tokens[first].Span.Start, entity.Span.End);
            var mention = annotated.Text[span.Start..span.End];
            knowledge ??= ActorKnowledgeBase.Default;
            if (knowledge.ResolveMention(mention) is not { Method: ResolutionMethod.PersonRoleByTitle, Person: { } person, Title: { } title })
            {
                continue;
            }

            var ranges = new List<DateRange>();
            foreach (var role in person.Roles)
            {
                if (!string.Equals(role.Title, title, StringComparison.Ordinal))
                {
                    continue;
                }

                var range = new DateRange(role.From ?? DateOnly.MinValue, role.To ?? DateOnly.MaxValue);
                if (ranges.Count > 0 && ranges[^1].To.DayNumber + 1 >= range.From.DayNumber)
                {
                    ranges[^1] = ranges[^1] with { To = range.To > ranges[^1].To ? range.To : ranges[^1].To };
                }
                else
                {
                    ranges.Add(range);
                }
            }

            if (ranges.Count == 0)
            {
                continue;
            }

            clauses ??= ClauseExtractor.Extract(annotated);
            var clause = ClauseAt(annotated, clauses.Value, entity.Span);
            if (clause >= 0 && clauses.Value[clause].Verb.Tense == VerbTense.Past && !Says.Contains(clauses.Value[clause].Verb.Lemma))
            {
                continue; // history: the title held then, not necessarily now
            }

            // Named short ("President Bush", "President George Bush"), the title and name may be someone else's before
            // the knowledge base's coverage (1991): those years stay open. The full name (George W. Bush) is the person's.
            var fullName = string.Equals(entity.Text, person.Name, StringComparison.OrdinalIgnoreCase);
            if (fullName)
            {
                // nothing to open
            }
            else if (ranges[0].From > CoverageStart)
            {
                ranges.Insert(0, DateRange.OnOrBefore(CoverageStart.AddDays(-1)));
            }
            else if (ranges[0].To < CoverageStart)
            {
                ranges[0] = DateRange.OnOrBefore(ranges[0].To);
            }

            clues.Add(new DateClue([.. ranges], span, mention,
                $"title: \"{mention}\" is {person.Name} as {title}, held {string.Join(" or ", ranges)}"));
        }

        return clues;
    }

    /// <summary>
    /// The first token of the title words right before the person name starting at token <paramref name="name"/>
    /// (capitalised words, "of", "the" and dotted abbreviations, at most six, inside the sentence), or null when there
    /// are none or they say the office is not held now.
    /// </summary>
    private static int? TitledMention(AnnotatedText annotated, int name)
    {
        var sentenceStart = 0;
        foreach (var s in annotated.Sentences)
        {
            if (s.FirstToken <= name && name < s.FirstToken + s.TokenCount)
            {
                sentenceStart = s.FirstToken;
                break;
            }
        }

        var first = name;
        while (first > sentenceStart && name - first < 6)
        {
            var word = annotated.Words[first - 1];
            if (word.Length == 0 || !(char.IsUpper(word[0]) || word is "of" or "the"))
            {
                break;
            }

            first--;
        }

        // "of"/"the" cannot open a title.
        while (first < name && annotated.Words[first] is "of" or "the")
        {
            first++;
        }

        if (first == name)
        {
            return null;
        }

        var before = first > sentenceStart ? annotated.Words[first - 1] : string.Empty;
        var twoBefore = first > sentenceStart + 1 ? annotated.Words[first - 2] : string.Empty;
        if (before is "former" or "late" or "then" or "ex" or "outgoing" or "acting" or "future" or "incoming"
            || (before is "-" && twoBefore is "then" or "ex"))
        {
            return null;
        }

        for (var t = first; t < name; t++)
        {
            var word = annotated.Words[t];
            if (word.StartsWith("Then-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("Former", StringComparison.Ordinal) || word.Contains("-elect", StringComparison.OrdinalIgnoreCase)
                || word.Contains("designate", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return first;
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
