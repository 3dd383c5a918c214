using System.Collections.Immutable;
using Dyad.Actors;
using Dyad.Core;
using Dyad.Events.Attributes;
using Dyad.Events.Clauses;
using Dyad.Events.Codebook;
using Dyad.Events.Coding;
using Dyad.Events.Coreference;
using Dyad.Language;
using Dyad.Language.Lexicon;
using Dyad.Language.Pipeline;
using Dyad.Quotes;

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
/// Inside a quote or a transcript turn (a <see cref="Voice"/>), "I" and "we" are the speaker, "you" and "Mr
/// President" the one addressed, "we discussed ..." with no other side is the speaker and the addressee, and
/// "Thank you" with no subject is the speaker's. A quoted account of what someone else did is claimed by the
/// speaker; a speaker's account of their own acts stays as it is (occurred, planned, ...).
/// </remarks>
public sealed class EventExtractor(EventCoder coder, ActorKnowledgeBase actors, CameoCodebook codebook, EventAttributeReader attributes)
{
    private static readonly Lazy<EventExtractor> DefaultExtractor = new(() =>
        new EventExtractor(EventCoder.Default, ActorKnowledgeBase.Default, CameoCodebook.Default, EventAttributeReader.Default));

    // Characters that cannot make a name on their own: quotation marks, punctuation and spaces.
    private static readonly System.Buffers.SearchValues<char> NotAName = System.Buffers.SearchValues.Create(" \t\n\"'“”‘’«»,.;:!?()[]-–—/");

    /// <summary>The extractor with Dyad's shipped patterns, knowledge base, codebook and issue vocabulary.</summary>
    public static EventExtractor Default => DefaultExtractor.Value;

    /// <summary>Every event mention of <paramref name="text"/> (which needs the full language pipeline), in text order.</summary>
    public ImmutableArray<EventRecord> Extract(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(text, QuoteExtractor.Extract(text));
    }

    /// <summary>
    /// Every event mention of <paramref name="text"/>, with the <paramref name="quotes"/> already extracted from it
    /// (<see cref="QuoteExtractor.Extract"/>): their speakers resolve "I", "we" and "you" inside them.
    /// </summary>
    public ImmutableArray<EventRecord> Extract(AnnotatedText text, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quotes);
        var voices = Voice.From(quotes, text.Text.Length);
        var clauses = ClauseExtractor.Extract(text);
        var mentions = coder.Code(text, clauses);
        if (mentions.IsEmpty)
        {
            return [];
        }

        var referents = DocumentReferents.Build(text);
        var result = ImmutableArray.CreateBuilder<EventRecord>(mentions.Length);
        (int Sentence, ImmutableArray<Referent> Members)? lastGroup = null;
        foreach (var mention in mentions)
        {
            var date = EventAttributeReader.Date(text, clauses, mention);
            var on = Day(date, text.Anchor);
            var voice = Voice.At(voices, mention.Evidence.Start);
            var target = Actor(mention.Target, referents, on, null, voice, out _);
            var source = Actor(mention.Source, referents, on, target?.Name, voice, out var sourceGroup);
            if (voice is not null)
            {
                (source, target) = Spoken(mention, voice, source, target, on);
            }

            if (mention.Source is { Text: "they" or "They" } && lastGroup is { } previous && mention.Sentence - previous.Sentence <= 1)
            {
                // "The countries said the leaders also discussed ... . They also talked about ...": "they" continues
                // the group that was the last event's side, not the last pair of names.
                sourceGroup = previous.Members;
            }

            if (target is null && sourceGroup is { Length: >= 2 } && mention.Source is { } phrase)
            {
                source = Coded(sourceGroup[0], phrase, on);
                target = Coded(sourceGroup[1], phrase, on);
                lastGroup = (mention.Sentence, sourceGroup);
            }

            if (source is null && target is null && mention.Form == EventForm.Noun && Antecedent(result, mention, text) is { } earlier)
            {
                // "Participants in the meeting included ...": a definite noun naming no side is the event just told
                // again, not a new one (and not a meeting of the participants named next); kept, with that event's
                // sides and date, only when it says where ("The first meeting will be in Lough Erne").
                if (EventAttributeReader.Place(text, clauses, mention) is null)
                {
                    continue;
                }

                source = earlier.Source;
                target = earlier.Target;
                date = earlier.Date;
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

            if (target is null && source is not null && mention.Code.StartsWith("04", StringComparison.Ordinal) &&
                mention.Evidence.Slice(text.Text).Contains("bilateral", StringComparison.OrdinalIgnoreCase) &&
                OtherPerson(text, mention, source, on) is { } other)
            {
                // "Responding to an invitation from Putin, Obama agreed to hold a bilateral meeting": the other side of a
                // bilateral meeting is the one other person the sentence names.
                target = other;
            }

            if (source is not null && target is not null && source.Name == target.Name)
            {
                // "they could cooperate with them": one side named twice is no event between two sides.
                target = null;
            }

            var claimant = Actor(mention.Modality.Claimant, referents, on, null, voice, out _);
            var modality = mention.Modality.Modality;
            var cue = mention.Modality.Cue;
            if (claimant is null && voice is not null && mention.Evidence.Start >= voice.Content.Start)
            {
                // A quote's words are its speaker's account: of someone else's act, a claim.
                claimant = Named(voice.Speaker, voice.SpeakerMention ?? voice.Content, on);
                if (modality == Modality.Modality.Occurred && source?.Name != claimant.Name && !IsSpeakersSide(source, claimant))
                {
                    modality = Modality.Modality.Claimed;
                    cue = "quote";
                }
            }

            // A stance said about someone ("said X's plans stand in the way") happened where it was said, not where X acts.
            var place = mention.Pattern.StartsWith("stance:", StringComparison.Ordinal) ? null : EventAttributeReader.Place(text, clauses, mention);
            var placeCountry = place is null ? null : PlaceCountry(text.Text, place);
            var facts = codebook.Find(mention.Code);
            result.Add(new EventRecord(
                mention.Code,
                mention.Code[..2],
                facts is null ? 0 : (int)facts.QuadClass,
                facts?.Goldstein ?? 0,
                PloverTypes.Of(mention, codebook),
                source,
                target,
                modality.ToString().ToLowerInvariant(),
                cue,
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
    /// <paramref name="quotes"/> of <paramref name="text"/> with each plural description of a speaker the quote
    /// extractor left as written ("The Presidents", "the two leaders", "both sides") resolved to the group it refers to in the document
    /// ("Barack Obama and Vladimir Putin"); other quotes unchanged.
    /// </summary>
    public static ImmutableArray<Quote> WithGroupSpeakers(AnnotatedText text, ImmutableArray<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        DocumentReferents? referents = null;
        var result = quotes;
        for (var i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            if (quote.Speaker is not { } span || quote.ResolvedSpeaker is null || quote.SpeakerText is not { } said ||
                !string.Equals(quote.ResolvedSpeaker, said, StringComparison.OrdinalIgnoreCase) || !IsPlural(said))
            {
                continue;
            }

            var first = TokenSearch.FirstAtOrAfter(text, span.Start);
            var last = first;
            while (last + 1 < text.Tokens.Length && text.Tokens[last + 1].Span.End <= span.End)
            {
                last++;
            }

            if (first >= text.Tokens.Length || text.Tokens[first].Span.Start >= span.End)
            {
                continue;
            }

            referents ??= DocumentReferents.Build(text);
            var phrase = new ClausePhrase(span, first, last - first + 1, last, said);
            if (referents.Resolve(phrase) is { Kind: ReferenceKind.Group, Referents: { Length: >= 2 } members })
            {
                result = result.SetItem(i, quote with { ResolvedSpeaker = string.Join(" and ", members.Select(m => m.Name)) });
            }
        }

        return result;
    }

    // "the Presidents", "the two leaders", "both sides": a speaker that describes a group without naming it.
    private static bool IsPlural(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            // A bare "they" is left as written: the nearest pair named is too often not the one meant.
            1 => false,
            <= 3 => words[0].ToLowerInvariant() is "the" or "both" && words[^1].EndsWith('s') && char.IsLetter(words[^1][0]),
            _ => false,
        };
    }

    /// <summary>
    /// Codes a name or description (a quote's speaker, say) with the knowledge base on the publication date
    /// <paramref name="anchor"/> when it names a day, else without a date; null when the knowledge base does not know it.
    /// </summary>
    public ActorResolution? Resolve(string mention, PartialDate? anchor)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var day = Day(null, anchor);
        if (mention.Contains(" and ", StringComparison.Ordinal))
        {
            if (actors.ResolveMention(mention, day) is { } whole && whole.Name.Contains(" and ", StringComparison.Ordinal))
            {
                // One name with "and" in it: "Trinidad and Tobago".
                return whole;
            }

            // A group ("Vladimir Putin and Barack Obama") has a code only when all its members share it.
            ActorResolution? shared = null;
            foreach (var member in mention.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (actors.ResolveMention(member, day) is not { } one || shared is not null && one.Code != shared.Code)
                {
                    return null;
                }

                shared ??= one;
            }

            return shared;
        }

        return actors.ResolveMention(mention, day);
    }

    private static DateOnly? Day(EventDate? date, PartialDate? anchor)
    {
        if (date?.Day is { } day)
        {
            return day;
        }

        return anchor is { Precision: DatePrecision.Day } a ? new DateOnly(a.Year!.Value, a.Month!.Value, a.Day!.Value) : null;
    }

    private EventActor? Actor(ClausePhrase? phrase, DocumentReferents referents, DateOnly? on, string? excluding, Voice? voice, out ImmutableArray<Referent> group)
    {
        group = [];
        if (phrase is null || phrase.Text is "the" or "The" or "a" or "A" or "an" or "An" or "this" or "This" || !phrase.Text.AsSpan().ContainsAnyExcept(NotAName))
        {
            // A phrase the chunks cut after its article ("welcomed the “constructive” talks"), or a quotation mark
            // read as a subject, names no one.
            return null;
        }

        if (voice is not null && Person(phrase.Text) is { } person)
        {
            var who = person == GrammaticalPerson.Second ? voice.Addressee : voice.Speaker;
            if (who is not null)
            {
                return Named(who, phrase, on);
            }
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

    // The country of a place: a country or capital by name, else the country or region that qualifies it right after
    // ("Lough Erne [Northern Ireland]", "Sochi, Russia", "Hebron (West Bank)"), else a region of the shipped gazetteer.
    private string? PlaceCountry(string text, EventPlace place)
    {
        if (CountryOf(place.Name) is { } country)
        {
            return country;
        }

        var at = place.Span.End;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at < text.Length && text[at] is '[' or '(' or ',')
        {
            var start = at + 1;
            var close = text[at] switch { '[' => ']', '(' => ')', _ => '\0' };
            var end = start;
            while (end < text.Length && end - start < 40 && text[end] != close && text[end] is not ('\n' or ';' or '.') && (close != '\0' || text[end] != ','))
            {
                end++;
            }

            var qualifier = text.AsSpan(start, end - start).Trim().ToString();
            if (qualifier.Length > 0 && CountryOf(qualifier) is { } qualified)
            {
                return qualified;
            }
        }

        return null;
    }

    private string? CountryOf(string name)
    {
        if ((actors.FindCountry(name) ?? actors.FindCountryByCapital(name))?.Iso3 is { } iso3)
        {
            return iso3;
        }

        return LanguageModels.Gazetteer.Lookup(name, out var code).HasFlag(GazetteerClass.Region) && code is { Length: 3 } ? code : null;
    }

    // The one person other than the source named in the event's sentence, coded; null when none or several.
    private EventActor? OtherPerson(AnnotatedText text, EventMention mention, EventActor source, DateOnly? on)
    {
        var sentence = text.Sentences[mention.Sentence];
        EventActor? found = null;
        foreach (var entity in text.Entities)
        {
            if (entity.Type != "PER" || entity.FirstToken < sentence.FirstToken || entity.FirstToken >= sentence.FirstToken + sentence.TokenCount)
            {
                continue;
            }

            var person = Named(entity.Text, entity.Span, entity.Text, on);
            if (person.Name == source.Name || found?.Name == person.Name)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = person;
        }

        return found;
    }

    // The event a definite noun with no side of its own ("the meeting", "this call") takes up again: the last one coded in
    // the three sentences before with the same code and both sides; null when none or the noun is indefinite.
    private static EventRecord? Antecedent(ImmutableArray<EventRecord>.Builder coded, EventMention mention, AnnotatedText text)
    {
        var evidence = mention.Evidence.Slice(text.Text);
        if (!(evidence.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || evidence.StartsWith("this ", StringComparison.OrdinalIgnoreCase) ||
              evidence.StartsWith("that ", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        for (var i = coded.Count - 1; i >= 0 && mention.Sentence - coded[i].Sentence <= 3; i--)
        {
            if (coded[i].Code == mention.Code && coded[i].Source is not null && coded[i].Target is not null)
            {
                return coded[i];
            }
        }

        return null;
    }

    // Inside a voice: "we discussed ..." with no other side is the speaker and the one addressed; "Thank you" with no
    // subject is the speaker's.
    private (EventActor? Source, EventActor? Target) Spoken(EventMention mention, Voice voice, EventActor? source, EventActor? target, DateOnly? on)
    {
        if (target is null && voice.Addressee is { } addressee && mention.Source is { } we && Person(we.Text) == GrammaticalPerson.FirstPlural &&
            source?.Name != addressee)
        {
            target = Named(addressee, we, on);
        }

        if (source is null && mention.Source is null && mention.Target is { } you && Person(you.Text) == GrammaticalPerson.Second)
        {
            source = Named(voice.Speaker, voice.SpeakerMention ?? voice.Content, on);
        }

        return (source, target);
    }

    // A speaker's own side acting: an actor with the speaker's own code ("Obama" in the words of the White House).
    private static bool IsSpeakersSide(EventActor? source, EventActor speaker) =>
        source?.Code is { } code && code == speaker.Code;

    private EventActor Named(string name, ClausePhrase phrase, DateOnly? on) => Named(name, phrase.Span, phrase.Text, on);

    private EventActor Named(string name, TextSpan span, DateOnly? on) => Named(name, span, name, on);

    private EventActor Named(string name, TextSpan span, string text, DateOnly? on)
    {
        var resolution = actors.ResolveMention(name, on);
        return new EventActor(resolution?.Name ?? name, resolution?.Code.Value, resolution?.Country, span, text, resolution?.Method.ToString());
    }

    // "I", "we", "you" (and a vocative "Mr President"), or null for any other phrase.
    private static GrammaticalPerson? Person(string phrase) => phrase.ToLowerInvariant() switch
    {
        "i" or "me" or "my" or "myself" => GrammaticalPerson.FirstSingular,
        "we" or "us" or "our" or "ours" or "ourselves" => GrammaticalPerson.FirstPlural,
        // In a transcript "the President" said to the other president is the one addressed (a voice with no
        // addressee leaves it to the document's referents).
        "you" or "your" or "yours" or "yourself" or "mr president" or "mr. president" or "madam president" or "mr prime minister" or "mr. prime minister" or
            "the president" or "the prime minister" or "the chancellor" => GrammaticalPerson.Second,
        _ => null,
    };

    private enum GrammaticalPerson
    {
        FirstSingular,
        FirstPlural,
        Second,
    }

    private EventActor Coded(Referent referent, ClausePhrase phrase, DateOnly? on)
    {
        var resolution = (referent.Descriptor is null ? null : actors.ResolveMention(referent.Descriptor + " " + referent.Name, on))
            ?? actors.ResolveMention(referent.Name, on);
        return new EventActor(resolution?.Name ?? referent.Name, resolution?.Code.Value, resolution?.Country, phrase.Span, phrase.Text, resolution?.Method.ToString());
    }
}
