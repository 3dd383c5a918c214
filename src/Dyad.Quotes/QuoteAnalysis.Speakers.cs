using System.Collections.Frozen;
using Dyad.Core;
using Dyad.Language.Pipeline;
using Dyad.Language.Tokens;

namespace Dyad.Quotes;

internal sealed partial class QuoteAnalysis
{
    private const int MaxCarryParagraphs = 1;
    private const int MaxResolveParagraphs = 8;
    private const int MaxLookBackTokens = 2_000;
    private const int MaxLookBackEntities = 400;

    /// <summary>Role nouns a definite description of a person ends in ("the Russian leader", "the top Obama aide").</summary>
    private static readonly FrozenSet<string> PersonRoles = new[]
    {
        "president", "leader", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "official", "aide",
        "adviser", "advisor", "senator", "governor", "candidate", "chancellor", "premier", "envoy", "ambassador",
        "diplomat", "chief", "general", "nominee", "congressman", "congresswoman", "representative", "mayor", "director",
        "king", "queen", "prince", "pope", "lawmaker", "businessman", "businesswoman", "billionaire", "counterpart",
        "head", "commander", "chairman", "chairwoman", "judge", "prosecutor", "attorney", "lawyer", "negotiator", "emir",
        "monarch", "ruler", "strongman", "dictator", "politician", "statesman", "frontrunner", "front-runner", "hopeful",
        "challenger", "incumbent", "speaker", "man", "woman", "officer", "commissioner", "administrator", "president-elect",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural nouns for groups of people who are quoted ("officials said", "analysts say").</summary>
    private static readonly FrozenSet<string> SpeakingGroups = new[]
    {
        "officials", "sources", "experts", "analysts", "critics", "supporters", "opponents", "residents", "witnesses",
        "people", "voters", "lawmakers", "diplomats", "leaders", "aides", "advisers", "advisors", "investigators",
        "police", "authorities", "protesters", "activists", "observers", "economists", "researchers", "spokesmen",
        "democrats", "republicans", "members", "staff", "organizers", "organisers", "respondents", "insiders",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Quotes with no cue of their own: a quote paragraph followed by a quote that opens the next paragraph takes that
    /// quote's speaker; a quote paragraph right after an attributed quote continues its speaker; a long quote with
    /// neither stays unattributed; a short one (a title, a scare-quoted phrase) is no quote.
    /// </summary>
    private void CarryOverSpeakers()
    {
        for (var g = _groups.Count - 2; g >= 0; g--)
        {
            var group = _groups[g];
            var next = _groups[g + 1];
            if (group.Quote is not null || group.Consumed || next.Quote is not { HasSpeaker: true } || !OpensParagraph(group))
            {
                continue;
            }

            var adjacent = _paragraph[next.Open] == _paragraph[group.Last] + 1 && next.Open == ParagraphStart(next.Open);
            if (adjacent && group.Last == ParagraphEnd(group.Last))
            {
                group.Quote = Carried(group, next.Quote, 0.6);
            }
        }

        QuoteGroup? previous = null;
        foreach (var group in _groups)
        {
            if (group.Quote is { HasSpeaker: true } || group.Quote?.SpeakerFrom is not null)
            {
                previous = group;
                continue;
            }

            if (group.Quote is not null || group.Consumed)
            {
                continue;
            }

            var continues = previous?.Quote is { } before
                && (OpensParagraph(group) && _paragraph[group.Open] - _paragraph[previous.Last] <= MaxCarryParagraphs
                    || _paragraph[group.Open] == _paragraph[previous.Last] && (OpensSentence(group.Open) || CueBetween(before, previous.Last, group.Open)))
                && !ReportedBetween(previous.Last, group.Open);
            if (continues && _paragraph[group.Open] == _paragraph[previous!.Last] && previous.Quote!.SpeakerFrom is null
                && (OpensSentence(group.Open) || AttributionBetween(previous.Quote, previous.Last, group.Open)))
            {
                // The same paragraph: one quote interrupted by its attribution ("“A,” he said. “B.”").
                var quote = previous.Quote;
                quote.Pieces ??= [(quote.ContentStart, quote.ContentEnd)];
                quote.Pieces.Add((_tokens[group.Open].Span.Start, _tokens[group.Last].Span.End));
                quote.ContentEnd = _tokens[group.Last].Span.End;
                group.Quote = quote;
                previous = group;
            }
            else if (continues)
            {
                group.Quote = Carried(group, previous!.Quote!, 0.5);
                previous = group;
            }
            else if (group.Words >= MinUnattributedWords && (_role[group.Open] & Role.InContent) == 0)
            {
                var found = new Found
                {
                    Kind = QuoteKind.Direct,
                    ContentStart = _tokens[group.Open].Span.Start,
                    ContentEnd = _tokens[group.Last].Span.End,
                    Confidence = 0.2,
                };
                group.Quote = found;
                AddFound(found);
            }
        }
    }

    /// <summary>Whether a quotation mark at <paramref name="open"/> opens a sentence, also where the splitter kept it with the sentence before (<c>... supporter. ''If you ...</c>).</summary>
    private bool OpensSentence(int open) => open == SentenceStart(open) || open > 0 && IsTerminal(open - 1);

    /// <summary>Whether <paramref name="quote"/>'s cue lies between two quotes a few tokens apart.</summary>
    private static bool CueBetween(Found quote, int after, int before) =>
        quote.CueFirst > after && quote.CueFirst < before && before - after <= MaxSpeakerTokens + 6;

    /// <summary>
    /// Whether <paramref name="quote"/>'s attribution is all that stands between two quotes: "“A,” he said, “B.”";
    /// not when more words follow it ("..., urging them to “give him time”").
    /// </summary>
    private bool AttributionBetween(Found quote, int after, int before)
    {
        if (!CueBetween(quote, after, before))
        {
            return false;
        }

        var end = Math.Max(quote.CueLast, quote.SpeakerLast);
        for (var i = end + 1; i < before; i++)
        {
            if (IsWordLike(i) && !_timex[i])
            {
                return false;
            }
        }

        return true;
    }

    private Found Carried(QuoteGroup group, Found from, double confidence)
    {
        var found = new Found
        {
            Kind = QuoteKind.Direct,
            ContentStart = _tokens[group.Open].Span.Start,
            ContentEnd = _tokens[group.Last].Span.End,
            SpeakerFirst = from.SpeakerFirst,
            SpeakerLast = from.SpeakerLast,
            CueFirst = from.CueFirst,
            CueLast = from.CueLast,
            CueLemma = from.CueLemma,
            SpeakerFrom = from,
            Confidence = confidence,
        };
        AddFound(found);
        return found;
    }

    private bool OpensParagraph(QuoteGroup group) => group.Open == ParagraphStart(group.Open);

    private bool ReportedBetween(int after, int before)
    {
        if (before - after <= 1)
        {
            return false;
        }

        var from = _tokens[after].Span.End;
        var to = _tokens[before].Span.Start;
        if (_reportedStarts is null)
        {
            // Reported speech is complete when speakers are carried over: index its starts once.
            var starts = new List<int>();
            foreach (var f in _found)
            {
                if (f.Kind != QuoteKind.Direct)
                {
                    starts.Add(f.ContentStart);
                }
            }

            starts.Sort();
            _reportedStarts = [.. starts];
        }

        var at = Array.BinarySearch(_reportedStarts, from);
        if (at < 0)
        {
            at = ~at;
        }
        else
        {
            while (at > 0 && _reportedStarts[at - 1] == from)
            {
                at--;
            }
        }

        return at < _reportedStarts.Length && _reportedStarts[at] < to;
    }

    /// <summary>
    /// Resolves each speaker mention within the document: a name (a surname to the full name mentioned earlier), an
    /// organisation, a pronoun or a definite description of a person to the nearest compatible earlier speaker or
    /// name; unnamed and collective speakers stay as written.
    /// </summary>
    private void ResolveSpeakers()
    {
        _found.Sort(static (a, b) => a.ContentStart.CompareTo(b.ContentStart));
        var speakers = new List<(string Name, TextSpan Span, string Type, int Token)>();
        foreach (var f in _found)
        {
            if (!f.HasSpeaker || f.SpeakerFrom is not null)
            {
                continue;
            }

            var (mentionFirst, mentionLast) = f.ReferentFirst >= 0 ? (f.ReferentFirst, f.ReferentLast) : (f.SpeakerFirst, f.SpeakerLast);
            if (TryResolve(mentionFirst, mentionLast, speakers, out var name, out var span, out var type, out var resolvedFrom))
            {
                f.Resolved = name;
                f.ResolvedSpan = span;
                if (resolvedFrom)
                {
                    f.Confidence = Math.Min(f.Confidence, 0.75);
                }

                if (type is "PER" or "ORG")
                {
                    speakers.Add((name, span, type, mentionLast));
                }
            }
            else
            {
                f.Resolved = _text[_tokens[mentionFirst].Span.Start.._tokens[mentionLast].Span.End];
                f.ResolvedSpan = Span(mentionFirst, mentionLast);
                if (mentionFirst == mentionLast && Pos(mentionFirst) == "PRP")
                {
                    f.Confidence = Math.Min(f.Confidence, 0.4);
                }
            }
        }

        foreach (var f in _found)
        {
            var source = f.SpeakerFrom;
            for (var hops = 0; source?.SpeakerFrom is not null && hops < _found.Count; hops++)
            {
                source = source.SpeakerFrom;
            }

            if (source is not null)
            {
                f.Resolved = source.Resolved;
                f.ResolvedSpan = source.ResolvedSpan;
            }
        }
    }

    private bool TryResolve(int first, int last, List<(string Name, TextSpan Span, string Type, int Token)> speakers, out string name, out TextSpan span, out string type, out bool inferred)
    {
        name = string.Empty;
        span = default;
        type = string.Empty;
        inferred = false;

        // A name at the phrase's head: "Deputy National Security Advisor Ben Rhodes", "Lute", "the White House".
        var headEntity = _entity[last];
        if (headEntity >= 0 && _entities[headEntity].FirstToken >= first && _entities[headEntity].FirstToken + _entities[headEntity].TokenCount - 1 <= last)
        {
            // An entity that runs past the mention (a headline read as one name) is not the mention's name.
            var entity = _entities[headEntity];
            type = entity.Type;
            if (type == "PER" && entity.TokenCount == 1 && FullNameBefore(entity) is { } full)
            {
                name = full.Text;
                span = full.Span;
                return true;
            }

            if (type is "PER" or "ORG" || entity.Subtype == "GPE")
            {
                name = entity.Text;
                span = entity.Span;
                type = type == "PER" ? "PER" : "ORG";
                return true;
            }
        }

        if (first == last && Pos(first) == "PRP")
        {
            var wanted = Is(first, "he") || Is(first, "she") ? "PER" : Is(first, "it") ? "ORG" : null;
            if (wanted is null)
            {
                return false;
            }

            inferred = true;
            type = wanted;
            return TryPreviousSpeaker(first, wanted, speakers, out name, out span) || TryPreviousEntity(first, wanted, null, out name, out span);
        }

        var head = DescriptionHead(first, last);
        if (head >= 0 && (Is(first, "the") || Is(first, "this") || Is(first, "that")) && PersonRoles.Contains(_words[head]))
        {
            inferred = true;
            type = "PER";
            return TryPreviousEntity(first, "PER", (first, head), out name, out span)
                || TryPreviousSpeaker(first, "PER", speakers, out name, out span)
                || TryPreviousEntity(first, "PER", null, out name, out span);
        }

        return false;
    }

    private int DescriptionHead(int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            if (Is(i, "of") || Is(i, "for") || _tokens[i].Kind == TokenKind.Clitic)
            {
                return i - 1;
            }
        }

        return last;
    }

    private NamedEntity? FullNameBefore(NamedEntity surname)
    {
        for (var e = _entity[surname.FirstToken] - 1; e >= 0 && _entity[surname.FirstToken] - e <= MaxLookBackEntities; e--)
        {
            var candidate = _entities[e];
            if (candidate.Type == "PER" && candidate.TokenCount > 1
                && string.Equals(_words[candidate.FirstToken + candidate.TokenCount - 1], surname.Text, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    private bool TryPreviousSpeaker(int at, string type, List<(string Name, TextSpan Span, string Type, int Token)> speakers, out string name, out TextSpan span)
    {
        for (var s = speakers.Count - 1; s >= 0; s--)
        {
            var speaker = speakers[s];
            if (_paragraph[at] - _paragraph[Math.Min(speaker.Token, at)] > MaxResolveParagraphs)
            {
                break;
            }

            if (speaker.Token < at && speaker.Type == type)
            {
                name = speaker.Name;
                span = speaker.Span;
                return true;
            }
        }

        name = string.Empty;
        span = default;
        return false;
    }

    /// <summary>
    /// The nearest earlier name of <paramref name="type"/> outside quotes; with a description, only one whose
    /// neighbouring words (title, apposition) share a word of the description: "the Russian leader" finds
    /// "Russian President Vladimir Putin".
    /// </summary>
    private bool TryPreviousEntity(int at, string type, (int First, int Head)? description, out string name, out TextSpan span)
    {
        name = string.Empty;
        span = default;
        var e = -1;
        for (var i = at - 1; i >= 0 && at - i <= MaxLookBackTokens; i--)
        {
            if (_entity[i] >= 0)
            {
                e = _entity[i];
                break;
            }
        }

        for (var seen = 0; e >= 0 && seen < 60; e--, seen++)
        {
            var entity = _entities[e];
            if (_paragraph[at] - _paragraph[entity.FirstToken] > MaxResolveParagraphs)
            {
                break;
            }

            var entityType = entity.Type == "PER" ? "PER" : entity.Type == "ORG" || entity.Subtype == "GPE" ? "ORG" : null;
            if (entityType != type || (_role[entity.FirstToken] & (Role.InQuote | Role.Transcript)) != 0)
            {
                continue;
            }

            if (description is { } d && !SharesDescriptionWord(entity, d.First, d.Head))
            {
                continue;
            }

            if (entity.TokenCount == 1 && type == "PER" && FullNameBefore(entity) is { } full)
            {
                entity = full;
            }

            name = entity.Text;
            span = entity.Span;
            return true;
        }

        return false;
    }

    private bool SharesDescriptionWord(NamedEntity entity, int first, int head)
    {
        var from = Math.Max(0, entity.FirstToken - 4);
        var to = Math.Min(_count - 1, entity.FirstToken + entity.TokenCount + 4);
        for (var w = first + 1; w <= head; w++)
        {
            if (_tokens[w].Kind != TokenKind.Word || _entity[w] >= 0 && _entities[_entity[w]].Type is "PER" or "ORG")
            {
                continue;
            }

            for (var i = from; i <= to; i++)
            {
                if ((i < entity.FirstToken || i >= entity.FirstToken + entity.TokenCount) && string.Equals(_words[i], _words[w], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
