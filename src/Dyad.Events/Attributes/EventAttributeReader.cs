using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Events.Clauses;
using Dyad.Events.Coding;
using Dyad.Language.Pipeline;
using Dyad.Language.Time;

namespace Dyad.Events.Attributes;

/// <summary>
/// Reads an event mention's date, place and issues from the words around it.
/// </summary>
/// <remarks>
/// The words around a mention are its region: for a verb event, the clause from its subject to its last object or
/// prepositional phrase; for a noun event, the noun phrase and what follows it up to the next verb.
/// <list type="bullet">
/// <item>Date: a date or time expression in the region, else one elsewhere in the sentence, else the article's
/// publication date (the text's anchor), else none.</item>
/// <item>Place: a location entity after "in", "at", "near", "outside" or "inside" in the region ("met Putin in
/// Mexico", "during their meeting in Berlin").</item>
/// <item>Issues: phrases of the <see cref="IssueVocabulary"/> and location entities after "on", "about", "over",
/// "regarding", "concerning", "including" or "such as", and, for consultations (codes 04x), in the objects too
/// ("discussed Syria, Iran and missile defence").</item>
/// </list>
/// </remarks>
public sealed class EventAttributeReader(IssueVocabulary issues)
{
    private static readonly string[] PlacePrepositions = ["in", "at", "near", "outside", "inside"];

    private static readonly string[] TopicPrepositions = ["on", "about", "over", "regarding", "concerning", "including", "such as"];

    /// <summary>A reader with Dyad's own issue vocabulary.</summary>
    public static EventAttributeReader Default { get; } = new(IssueVocabulary.Default);

    /// <summary>The issue vocabulary in use.</summary>
    public IssueVocabulary Issues { get; } = issues ?? throw new ArgumentNullException(nameof(issues));

    /// <summary>The date of <paramref name="mention"/>, or null when neither the text nor its anchor gives one.</summary>
    public static EventDate? Date(AnnotatedText text, ImmutableArray<Clause> clauses, EventMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        var (start, end) = Region(text, clauses, mention);
        var sentence = text.Sentences[mention.Sentence].Span;
        var verb = mention.Form == EventForm.Verb && mention.Clause >= 0 && mention.Clause < clauses.Length ? clauses[mention.Clause].Verb : null;
        var verbEnd = verb is null ? -1 : verb.FirstToken + verb.TokenCount;

        // A deadline dates an act still to come ("will arrive by mid-January", "a withdrawal by early 2008"), not one
        // told as done ("had agreed to double trade by 2008", "who have not met ... by mid-1997").
        var takesDeadline = verb is null || verb.Modal is not null || verb.Tense == VerbTense.Future;
        TimeExpression? inSentence = null;
        foreach (var timex in text.Timexes)
        {
            if (timex.Type is not (TimexType.Date or TimexType.Time) || timex.Span.Start < sentence.Start || timex.Span.End > sentence.End)
            {
                continue;
            }

            var first = TokenSearch.FirstAtOrAfter(text, timex.Span.Start);
            var after = TokenSearch.FirstAtOrAfter(text, timex.Span.End);
            var bound = Bound(text, first, after, mention.Evidence.Start);
            if (bound is "since" or "until" or "till" || (bound == "by" && !takesDeadline))
            {
                continue; // "killed since the 2003 invasion", "had agreed to double trade by 2008": a bound, not this event's day
            }

            if (timex.Span.Start >= start && timex.Span.End <= end)
            {
                if (verbEnd >= 0 && timex.Span.Start >= text.Tokens[Math.Min(verbEnd, text.Tokens.Length) - 1].Span.End && NearerVerb(text, verbEnd, first))
                {
                    continue; // "discuss the strategy ..., where the government signed a deal in September": the nearer verb's
                }

                return new EventDate(timex.Value, timex.Granularity, EventDateSource.Clause, timex.Span, timex.Text);
            }

            // Elsewhere in the sentence: not a deadline of another act, and not one a nearer verb after the mention
            // governs ("[Kasuri would discuss] the strategy ..., where the government signed a deal in September").
            var from = verbEnd >= 0 ? verbEnd : TokenSearch.FirstAtOrAfter(text, mention.Evidence.End);
            var ahead = timex.Span.Start >= mention.Evidence.End && from < first;
            if ((bound is null || (bound == "by" && takesDeadline)) && !(ahead && NearerVerb(text, from, first)))
            {
                inSentence ??= timex;
            }
        }

        if (inSentence is not null)
        {
            return new EventDate(inSentence.Value, inSentence.Granularity, EventDateSource.Sentence, inSentence.Span, inSentence.Text);
        }

        if (text.Anchor is { } anchor)
        {
            var granularity = anchor.Precision switch
            {
                DatePrecision.Day or DatePrecision.MonthDay => TimeGranularity.Day,
                DatePrecision.Month => TimeGranularity.Month,
                _ => TimeGranularity.Year,
            };
            return new EventDate(anchor.ToString(), granularity, EventDateSource.Article, null, anchor.ToString());
        }

        return null;
    }

    // The word before a time expression when it makes the expression a bound: "since", "until" or "till" (a span's
    // start or end) or "by" (a deadline); null otherwise, and for a mention inside the "when" clause that follows
    // ("since March 30, when the party withdrew support": the withdrawal was on 30 March).
    private static string? Bound(AnnotatedText text, int first, int after, int mentionStart)
    {
        if (first <= 0 || first >= text.Tokens.Length)
        {
            return null;
        }

        var word = text.Words[first - 1];
        if (word.Length is < 2 or > 5)
        {
            return null;
        }

        var bound = word.ToLowerInvariant() switch
        {
            "since" => "since",
            "until" => "until",
            "till" => "till",
            "by" => "by",
            _ => null,
        };
        var next = after < text.Tokens.Length && text.Words[after] == "," ? after + 1 : after;
        return bound is not null && next < text.Tokens.Length && text.Words[next].Equals("when", StringComparison.OrdinalIgnoreCase)
            && text.Tokens[next].Span.Start < mentionStart ? null : bound;
    }

    // Whether another verb stands between the mention's verb group and a time expression after it, nearer to it: a
    // finite verb ("where the government signed ... in September"), an infinitive a verb governs ("agreed to phase
    // out ... in 2013") or a participle after a form of be or have ("the strategy Pakistan was following"). Participles that
    // follow a noun ("talks held on Friday") do not count: the day often dates both.
    private static bool NearerVerb(AnnotatedText text, int from, int to)
    {
        for (var t = from; t < to && t < text.Tokens.Length; t++)
        {
            var tag = text.PartsOfSpeech[t];
            if (tag is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }

            if (t > 0 && ((tag == "VB" && (text.PartsOfSpeech[t - 1] == "MD" || (text.PartsOfSpeech[t - 1] == "TO" && VerbComplement(text, t - 1)))) ||
                          (tag is "VBN" or "VBG" && IsAuxiliary(text.Words[t - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    // An infinitive a verb or an adjective governs ("agreed to phase out", "able to meet"), not one that completes a
    // noun ("Britain's decision to pull out of the EU during the NATO summit on Friday": Friday is the summit's).
    private static bool VerbComplement(AnnotatedText text, int to) =>
        to > 0 && (text.PartsOfSpeech[to - 1].StartsWith("VB", StringComparison.Ordinal) || text.PartsOfSpeech[to - 1] is "JJ" or "RB" or "MD");

    private static bool IsAuxiliary(string word) =>
        IsBe(word) || word.ToLowerInvariant() is "being" or "has" or "have" or "had" or "'re" or "'ve" or "'d";

    /// <summary>Where <paramref name="mention"/> happened, or null when its words name no place.</summary>
    public static EventPlace? Place(AnnotatedText text, ImmutableArray<Clause> clauses, EventMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        var (start, end) = Region(text, clauses, mention);
        foreach (var entity in text.Entities)
        {
            if (entity.Type != "LOC" || entity.Span.Start < start || entity.Span.End > end || entity.FirstToken == 0)
            {
                continue;
            }

            // The preposition may stand a few words before the name: "in the German capital of Berlin".
            for (var t = entity.FirstToken - 1; t >= 0 && t >= entity.FirstToken - 5 && text.Tokens[t].Span.Start >= start; t--)
            {
                var word = text.Words[t].ToLowerInvariant();
                if (Array.IndexOf(PlacePrepositions, word) >= 0)
                {
                    return new EventPlace(entity.Text, entity.Span, word, entity.Subtype);
                }

                if (text.PartsOfSpeech[t].StartsWith("VB", StringComparison.Ordinal) || word is "," or "to" or "from" or "with" or "and")
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The issues <paramref name="mention"/> concerns, in text order, each once.</summary>
    public ImmutableArray<EventIssue> IssuesOf(AnnotatedText text, ImmutableArray<Clause> clauses, EventMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        var ranges = new List<(int First, int End)>();
        if (mention.Form == EventForm.Verb && mention.Clause >= 0 && mention.Clause < clauses.Length)
        {
            var clause = clauses[mention.Clause];
            foreach (var p in clause.Prepositions)
            {
                if (Array.IndexOf(TopicPrepositions, p.Preposition) >= 0)
                {
                    ranges.Add((p.Complement.FirstToken, p.Complement.FirstToken + p.Complement.TokenCount));
                }
            }

            if (mention.Code.StartsWith("04", StringComparison.Ordinal))
            {
                foreach (var o in clause.Objects)
                {
                    ranges.Add((o.FirstToken, o.FirstToken + o.TokenCount));
                }
            }
        }
        else
        {
            var (_, end) = Region(text, clauses, mention);
            var first = TokenSearch.FirstAtOrAfter(text, mention.Evidence.End);
            var last = TokenSearch.FirstAtOrAfter(text, end);
            for (var t = first; t < last; t++)
            {
                if (IsTopicPreposition(text, t))
                {
                    ranges.Add((t + 1, last));
                    break;
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<EventIssue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, end) in ranges)
        {
            for (var t = first; t < end; t++)
            {
                if (Issues.MatchAt(text.Words, t, end) is { } match)
                {
                    var span = text.SpanOfTokens(t, match.Length);
                    if (seen.Add(match.Key))
                    {
                        result.Add(new EventIssue(match.Key, match.Label, span, text.Text.Substring(span.Start, span.Length)));
                    }

                    t += match.Length - 1;
                    continue;
                }

                if (EntityStartingAt(text, t) is { Type: "LOC" } place && place.FirstToken + place.TokenCount <= end)
                {
                    if (seen.Add("PLACE:" + place.Text))
                    {
                        result.Add(new EventIssue("PLACE", place.Text, place.Span, place.Text));
                    }

                    t += place.TokenCount - 1;
                }
            }
        }

        return result.ToImmutable();
    }

    private static bool IsTopicPreposition(AnnotatedText text, int t)
    {
        var word = text.Words[t].ToLowerInvariant();
        return Array.IndexOf(TopicPrepositions, word) >= 0 ||
            word == "such" && t + 1 < text.Words.Length && text.Words[t + 1].Equals("as", StringComparison.OrdinalIgnoreCase);
    }

    private static NamedEntity? EntityStartingAt(AnnotatedText text, int token)
    {
        foreach (var entity in text.Entities)
        {
            if (entity.FirstToken == token)
            {
                return entity;
            }

            if (entity.FirstToken > token)
            {
                break;
            }
        }

        return null;
    }

    // The characters around a mention: a verb event's clause, or a noun event's phrase and what follows up to the
    // next verb in the sentence.
    private static bool IsBe(string word) => word.ToLowerInvariant() is "be" or "is" or "are" or "was" or "were" or "been" or "'s" or "’s";

    private static (int Start, int End) Region(AnnotatedText text, ImmutableArray<Clause> clauses, EventMention mention)
    {
        var sentence = text.Sentences[mention.Sentence];
        if (mention.Form == EventForm.Verb && mention.Clause >= 0 && mention.Clause < clauses.Length)
        {
            var clause = clauses[mention.Clause];
            return (Math.Min(mention.Evidence.Start, clause.Verb.Span.Start), Math.Max(mention.Evidence.End, clause.Extent.End));
        }

        var t = TokenSearch.FirstAtOrAfter(text, mention.Evidence.End);
        var last = sentence.FirstToken + sentence.TokenCount;
        while (t < last && !text.PartsOfSpeech[t].StartsWith("VB", StringComparison.Ordinal) && text.Words[t] != ";")
        {
            t++;
        }

        // "The first meeting will be in Lough Erne", "the summit took place in Sochi": the noun's own clause says where.
        var copula = t;
        if (copula < last && IsBe(text.Words[copula]))
        {
            copula++;
        }
        else if (copula + 1 < last && text.Words[copula].StartsWith("t", StringComparison.OrdinalIgnoreCase) &&
                 text.Words[copula].ToLowerInvariant() is "take" or "takes" or "took" or "taken" or "taking" && text.Words[copula + 1].Equals("place", StringComparison.OrdinalIgnoreCase))
        {
            copula += 2;
        }

        if (copula > t)
        {
            t = copula;
            while (t < last && !text.PartsOfSpeech[t].StartsWith("VB", StringComparison.Ordinal) && text.Words[t] != ";")
            {
                t++;
            }
        }

        var regionEnd = t > 0 && t <= text.Tokens.Length ? Math.Max(mention.Evidence.End, text.Tokens[t - 1].Span.End) : mention.Evidence.End;
        return (mention.Evidence.Start, regionEnd);
    }
}
