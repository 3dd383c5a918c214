using System.Collections.Immutable;
using Dyad.Core;

namespace Dyad.Linking.Dating;

/// <summary>
/// One thing an article says that bounds its publication date: the days it allows (one range, or several for a title
/// held in separate terms), where the article says it, and why in words.
/// </summary>
/// <param name="Ranges">The days the clue allows, sorted and disjoint; the publication date lies in one of them.</param>
/// <param name="Span">The evidence in the article's clean text, or null when the clue comes from outside the article
/// (the dates other articles give an event).</param>
/// <param name="Text">The evidence's text, verbatim.</param>
/// <param name="Reason">The clue in words, starting with its kind: <c>summit: ...</c>, <c>text: ...</c>,
/// <c>title: ...</c>, <c>shared event: ...</c>.</param>
public sealed record DateClue(ImmutableArray<DateRange> Ranges, TextSpan? Span, string Text, string Reason)
{
    /// <summary>A clue allowing one range of days.</summary>
    public static DateClue Within(DateRange range, TextSpan? span, string text, string reason) => new([range], span, text, reason);

    /// <summary>
    /// The clue a fully dated time expression gives (a day, a month or a year with its year stated): narrated as past,
    /// the article was written on or after the first day it names; spoken of as ahead (planned, announced, future), on
    /// or before its last day; null when the tense is unknown or the value has no year.
    /// </summary>
    /// <param name="value">The expression's value.</param>
    /// <param name="tense">How the text speaks of it.</param>
    /// <param name="span">The expression's span in the clean text.</param>
    /// <param name="text">The expression's text.</param>
    public static DateClue? FromMention(PartialDate value, SummitTense tense, TextSpan span, string text)
    {
        if (value.Year is not { } year || tense == SummitTense.Unknown)
        {
            return null;
        }

        var first = new DateOnly(year, value.Month ?? 1, value.Day ?? 1);
        var last = value.Day is not null ? first
            : value.Month is { } month ? new DateOnly(year, month, DateTime.DaysInMonth(year, month))
            : new DateOnly(year, 12, 31);
        return tense == SummitTense.Past
            ? Within(DateRange.OnOrAfter(first), span, text, $"text: \"{text}\" ({value}) told as past, so published on or after {first:yyyy-MM-dd}")
            : Within(DateRange.OnOrBefore(last), span, text, $"text: \"{text}\" ({value}) told as ahead, so published on or before {last:yyyy-MM-dd}");
    }

    /// <summary>Days after an event within which a report of it is taken to be published.</summary>
    public const int ReportDays = 14;

    /// <summary>Days before a planned event within which an announcement of it is taken to be published.</summary>
    public const int AnnouncementDays = 60;

    /// <summary>
    /// The clue an event shared with dated articles gives: a report of what occurred (or was claimed to) was published
    /// on the event's day or in the <see cref="ReportDays"/> after it; an announcement of a planned event in the
    /// <see cref="AnnouncementDays"/> before it, up to its day. Null for negated and hypothetical mentions.
    /// </summary>
    /// <param name="day">The event's day, as a dated article of another outlet states it.</param>
    /// <param name="modality">How the undated article tells of the event.</param>
    /// <param name="mention">The undated article's mention: its span in the clean text and its words.</param>
    /// <param name="text">The mention's words.</param>
    /// <param name="source">Who states the day (outlet and article), for the evidence.</param>
    public static DateClue? FromSharedEvent(DateOnly day, LinkModality modality, TextSpan? mention, string text, string source)
    {
        var (range, how) = modality switch
        {
            LinkModality.Occurred or LinkModality.Claimed => (new DateRange(day, day.AddDays(ReportDays)), "reported"),
            LinkModality.Planned => (new DateRange(day.AddDays(-AnnouncementDays), day), "announced"),
            _ => (default(DateRange), null),
        };
        return how is null ? null : Within(range, mention, text,
            $"shared event: \"{text}\" is the event of {day:yyyy-MM-dd} ({source}), {how}, so published {range}");
    }
}
