using System.Collections.Immutable;
using Dyad.Actors;
using Dyad.Core;
using Dyad.Events.Attributes;
using Dyad.Events.Clauses;
using Dyad.Events.Codebook;
using Dyad.Events.Coding;
using Dyad.Events.Coreference;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Extraction;

/// <summary>
/// The events stage: clauses, coded mentions, coreference, actor codes on the event's date, codebook facts, PLOVER
/// type, date, place and issues, for one annotated text.
/// </summary>
/// <remarks>
/// An actor phrase is resolved in the document first (<see cref="DocumentReferents"/>: "he", "the Russian leader",
/// "the two leaders"), then coded by the knowledge base with the words that name it (the phrase, else the referent's
/// introducing title and name, else its name) on the event's date (its day when the text gives one, else the
/// publication date). When the source is a group of two ("the two leaders met") and the pattern found no target,
/// the group is the pair: its first member is the source and the second the target. The target is resolved first,
/// and a pronoun or description on the source side never resolves to it ("his first meeting with Putin"); a source
/// and target that resolve to the same actor leave the target empty.
/// </remarks>
public sealed class EventExtractor(EventCoder coder, ActorKnowledgeBase actors, CameoCodebook codebook, EventAttributeReader attributes)
{
    private static readonly Lazy<EventExtractor> DefaultExtractor = new(() =>
        new EventExtractor(EventCoder.Default, ActorKnowledgeBase.Default, CameoCodebook.Default, EventAttributeReader.Default));

    /// <summary>The extractor with Dyad's shipped patterns, knowledge base, codebook and issue vocabulary.</summary>
    public static EventExtractor Default => DefaultExtractor.Value;

    /// <summary>Every event mention of <paramref name="text"/> (which needs the full language pipeline), in text order.</summary>
    public ImmutableArray<EventRecord> Extract(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = ClauseExtractor.Extract(text);
        var mentions = coder.Code(text, clauses);
        if (mentions.IsEmpty)
        {
            return [];
        }

        var referents = DocumentReferents.Build(text);
        var result = ImmutableArray.CreateBuilder<EventRecord>(mentions.Length);
        foreach (var mention in mentions)
        {
            var date = EventAttributeReader.Date(text, clauses, mention);
            var on = Day(date, text.Anchor);
            var target = Actor(mention.Target, referents, on, null, out _);
            var source = Actor(mention.Source, referents, on, target?.Name, out var sourceGroup);
            if (target is null && sourceGroup is { Length: >= 2 } && mention.Source is { } phrase)
            {
                source = Coded(sourceGroup[0], phrase, on);
                target = Coded(sourceGroup[1], phrase, on);
            }

            if (source is null && target is null && mention.Form == EventForm.Noun &&
                referents.NearestGroup(mention.Evidence.Start, mention.Sentence) is { Length: >= 2 } pair)
            {
                // "the phone conversation" after "Putin and Obama ...": the pair named before are its sides.
                var named = new ClausePhrase(mention.Evidence, 0, 0, 0, text.Text.Substring(mention.Evidence.Start, mention.Evidence.Length));
                source = Coded(pair[0], named, on);
                target = Coded(pair[1], named, on);
            }

            if (source is null && target is null)
            {
                continue;
            }

            if (source is not null && target is not null && source.Name == target.Name)
            {
                // "they could cooperate with them": one side named twice is no event between two sides.
                target = null;
            }

            var claimant = Actor(mention.Modality.Claimant, referents, on, null, out _);
            var place = EventAttributeReader.Place(text, clauses, mention);
            var placeCountry = place is null ? null : (actors.FindCountry(place.Name) ?? actors.FindCountryByCapital(place.Name))?.Iso3;
            var facts = codebook.Find(mention.Code);
            result.Add(new EventRecord(
                mention.Code,
                mention.Code[..2],
                facts is null ? 0 : (int)facts.QuadClass,
                facts?.Goldstein ?? 0,
                PloverTypes.Of(mention, codebook),
                source,
                target,
                mention.Modality.Modality.ToString().ToLowerInvariant(),
                mention.Modality.Cue,
                claimant,
                date,
                place,
                placeCountry,
                attributes.IssuesOf(text, clauses, mention),
                mention.Sentence,
                mention.Evidence,
                mention.Form,
                mention.Pattern));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Codes a name or description (a quote's speaker, say) with the knowledge base on the publication date
    /// <paramref name="anchor"/> when it names a day, else without a date; null when the knowledge base does not know it.
    /// </summary>
    public ActorResolution? Resolve(string mention, PartialDate? anchor)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return actors.ResolveMention(mention, Day(null, anchor));
    }

    private static DateOnly? Day(EventDate? date, PartialDate? anchor)
    {
        if (date?.Day is { } day)
        {
            return day;
        }

        return anchor is { Precision: DatePrecision.Day } a ? new DateOnly(a.Year!.Value, a.Month!.Value, a.Day!.Value) : null;
    }

    private EventActor? Actor(ClausePhrase? phrase, DocumentReferents referents, DateOnly? on, string? excluding, out ImmutableArray<Referent> group)
    {
        group = [];
        if (phrase is null)
        {
            return null;
        }

        var reference = referents.Resolve(phrase, excluding);
        if (reference.Kind == ReferenceKind.Group)
        {
            group = reference.Referents;
        }

        if (reference.Referents.IsEmpty)
        {
            var resolution = actors.ResolveMention(phrase.Text, on);
            return new EventActor(resolution?.Name ?? phrase.Text, resolution?.Code.Value, resolution?.Country, phrase.Span, phrase.Text, resolution?.Method.ToString());
        }

        if (reference.Kind == ReferenceKind.Named && actors.ResolveMention(phrase.Text, on) is { } direct)
        {
            return new EventActor(direct.Name, direct.Code.Value, direct.Country, phrase.Span, phrase.Text, direct.Method.ToString());
        }

        return Coded(reference.Referents[0], phrase, on);
    }

    private EventActor Coded(Referent referent, ClausePhrase phrase, DateOnly? on)
    {
        var resolution = (referent.Descriptor is null ? null : actors.ResolveMention(referent.Descriptor + " " + referent.Name, on))
            ?? actors.ResolveMention(referent.Name, on);
        return new EventActor(resolution?.Name ?? referent.Name, resolution?.Code.Value, resolution?.Country, phrase.Span, phrase.Text, resolution?.Method.ToString());
    }
}
