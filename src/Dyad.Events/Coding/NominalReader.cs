using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Events.Clauses;
using Dyad.Events.Modality;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Coding;

/// <summary>
/// Reads events named by noun phrases ("the meeting between Obama and Putin", "their first bilateral meeting",
/// "Russian air strikes on Aleppo", "an invitation from Putin") with a <see cref="NominalPatternSet"/>.
/// </summary>
/// <remarks>
/// The noun phrase's head (singular, lower case) selects the pattern; the source and target come from a possessive,
/// a name before the head (or a hyphenated pair, "Obama-Putin talks"), "between X and Y", or the prepositional
/// phrases that follow. A consultation, cooperation or truce (codes 04-05, 08) needs both sides, a plural
/// possessive ("their meeting") or no side at all (the events stage then takes the nearest pair of names); other
/// events need one side. The modality is that of the clause the phrase stands
/// in, unless the phrase itself says otherwise ("the planned meeting", "a possible visit", "no agreement"). A phrase
/// already inside a verb event of the same root ("held talks with Xi") or of a rejection or reduction of relations
/// ("cancelled a planned visit") is not read again.
/// </remarks>
internal sealed class NominalReader(AnnotatedText text, ImmutableArray<Clause> clauses, NominalPatternSet patterns)
{
    private static readonly string[] PlannedWords = ["planned", "upcoming", "scheduled", "forthcoming", "next", "expected", "future", "coming"];

    private static readonly string[] HypotheticalWords = ["proposed", "possible", "potential", "likely", "hypothetical", "eventual"];

    public void Read(ImmutableArray<EventMention> verbal, ImmutableArray<EventMention>.Builder result)
    {
        var chunks = text.Chunks;
        var sentence = 0;
        for (var c = 0; c < chunks.Length; c++)
        {
            var chunk = chunks[c];
            if (chunk.Type != "NP")
            {
                continue;
            }

            while (sentence + 1 < text.Sentences.Length && text.Sentences[sentence].FirstToken + text.Sentences[sentence].TokenCount <= chunk.FirstToken)
            {
                sentence++;
            }

            var head = Head(chunk);
            if (head < 0)
            {
                continue;
            }

            // Most noun phrases name no event: look the head up before gathering the phrase's words.
            var headNoun = NounForms.Singular(text.Words[head]);
            if (!patterns.HasHead(headNoun))
            {
                continue;
            }

            var words = new HashSet<string>(StringComparer.Ordinal);
            for (var t = chunk.FirstToken; t <= head; t++)
            {
                words.Add(NounForms.Singular(text.Words[t]));
            }

            if (patterns.Match(headNoun, words) is not { } pattern || InsideVerbEvent(verbal, chunk, pattern.Code))
            {
                continue;
            }

            var following = Following(c, sentence);
            var (modSource, modTarget) = Modifiers(chunk, head);
            var source = Slot(pattern.Sources, chunk, c, following, modSource, first: true);
            var target = Slot(pattern.Targets, chunk, c, following, modTarget, first: false);
            if (source is not null && target is not null && source.Span == target.Span)
            {
                target = null;
            }

            var symmetric = pattern.Code.StartsWith("04", StringComparison.Ordinal) || pattern.Code.StartsWith("05", StringComparison.Ordinal) ||
                pattern.Code.StartsWith("08", StringComparison.Ordinal);
            // A consultation named by a noun alone ("the phone conversation", "the first meeting") is kept without
            // sides when nothing else names them: the events stage takes the nearest pair named before.
            var ok = symmetric ? source is not null && target is not null || source is not null && IsPluralPossessive(source) ||
                    source is null && target is null && IsDefiniteOrBare(chunk) && !text.Words[head].StartsWith("summit", StringComparison.OrdinalIgnoreCase)
                : source is not null || target is not null;
            if (!ok)
            {
                continue;
            }

            var modality = ReadModality(chunk, head, sentence);
            var start = Math.Min(chunk.Span.Start, Math.Min(source?.Span.Start ?? int.MaxValue, target?.Span.Start ?? int.MaxValue));
            var end = Math.Max(chunk.Span.End, Math.Max(source?.Span.End ?? 0, target?.Span.End ?? 0));
            result.Add(new EventMention(sentence, ClauseOf(chunk, sentence), pattern.Code, EventForm.Noun, pattern.Location, source, target, modality, new TextSpan(start, end)));
        }
    }

    private int Head(PhraseChunk chunk)
    {
        for (var t = chunk.FirstToken + chunk.TokenCount - 1; t >= chunk.FirstToken; t--)
        {
            if (text.PartsOfSpeech[t].StartsWith("NN", StringComparison.Ordinal))
            {
                return t;
            }
        }

        return -1;
    }

    private static bool InsideVerbEvent(ImmutableArray<EventMention> verbal, PhraseChunk chunk, string code)
    {
        foreach (var e in verbal)
        {
            // The same kind of event, or one that rejects, cancels or ends it ("cancelled the visit", "rejected talks").
            if (e.Evidence.Start <= chunk.Span.Start && chunk.Span.End <= e.Evidence.End &&
                (string.CompareOrdinal(e.Code, 0, code, 0, 2) == 0 || e.Code.StartsWith("12", StringComparison.Ordinal) || e.Code.StartsWith("16", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    // The prepositional phrases after the noun phrase, in the same sentence: (preposition, its phrases); "between X
    // and Y" gives two phrases.
    private List<(string Preposition, List<ClausePhrase> Phrases)> Following(int chunkIndex, int sentence)
    {
        var list = new List<(string, List<ClausePhrase>)>();
        var chunks = text.Chunks;
        var sentenceEnd = text.Sentences[sentence].FirstToken + text.Sentences[sentence].TokenCount;
        var c = chunkIndex + 1;
        while (c + 1 < chunks.Length && list.Count < 4 && chunks[c].Type == "PP" && chunks[c + 1].Type == "NP" &&
               chunks[c].FirstToken == chunks[c - 1].FirstToken + chunks[c - 1].TokenCount && chunks[c + 1].FirstToken + chunks[c + 1].TokenCount <= sentenceEnd)
        {
            var preposition = text.Text.Substring(chunks[c].Span.Start, chunks[c].Span.Length).ToLowerInvariant();
            var phrases = Split(chunks[c + 1]);
            var next = c + 2;
            // "between [X] and [Y]": the second phrase is its own chunk after "and".
            if (next < chunks.Length && chunks[next].Type == "NP" && chunks[next].FirstToken == chunks[c + 1].FirstToken + chunks[c + 1].TokenCount + 1 &&
                text.PartsOfSpeech[chunks[next].FirstToken - 1] == "CC")
            {
                phrases.AddRange(Split(chunks[next]));
                next++;
            }

            list.Add((preposition, phrases));
            c = next;
        }

        return list;
    }

    // A noun phrase chunk "X and Y" is two phrases; otherwise one.
    private List<ClausePhrase> Split(PhraseChunk chunk)
    {
        var phrases = new List<ClausePhrase>();
        var start = chunk.FirstToken;
        var end = chunk.FirstToken + chunk.TokenCount;
        for (var t = start + 1; t < end - 1; t++)
        {
            if (text.PartsOfSpeech[t] == "CC")
            {
                phrases.Add(Phrase(start, t));
                start = t + 1;
            }
        }

        phrases.Add(Phrase(start, end));
        return phrases;
    }

    private ClausePhrase Phrase(int first, int end)
    {
        var span = text.SpanOfTokens(first, end - first);
        return new ClausePhrase(span, first, end - first, end - 1, text.Text.Substring(span.Start, span.Length));
    }

    // A name or nationality before the head ("Russian air strikes"), or a hyphenated pair ("Obama-Putin talks").
    private (ClausePhrase? Source, ClausePhrase? Target) Modifiers(PhraseChunk chunk, int head)
    {
        for (var t = chunk.FirstToken; t < head; t++)
        {
            var word = text.Words[t];
            var hyphen = word.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && hyphen < word.Length - 1 && char.IsUpper(word[0]) && char.IsUpper(word[hyphen + 1]))
            {
                var token = text.Tokens[t].Span;
                var left = new TextSpan(token.Start, token.Start + hyphen);
                var right = new TextSpan(token.Start + hyphen + 1, token.End);
                return (new ClausePhrase(left, t, 1, t, word[..hyphen]), new ClausePhrase(right, t, 1, t, word[(hyphen + 1)..]));
            }
        }

        foreach (var entity in text.Entities)
        {
            if (entity.FirstToken >= chunk.FirstToken && entity.FirstToken + entity.TokenCount <= head)
            {
                return (new ClausePhrase(entity.Span, entity.FirstToken, entity.TokenCount, entity.FirstToken + entity.TokenCount - 1, entity.Text), null);
            }

            if (entity.FirstToken > head)
            {
                break;
            }
        }

        return (null, null);
    }

    private ClausePhrase? Slot(ImmutableArray<string> slots, PhraseChunk chunk, int chunkIndex, List<(string Preposition, List<ClausePhrase> Phrases)> following, ClausePhrase? modifier, bool first)
    {
        foreach (var slot in slots)
        {
            switch (slot)
            {
                case "poss":
                    if (Possessive(chunk, chunkIndex) is { } owner)
                    {
                        return owner;
                    }

                    break;
                case "mod":
                    if (modifier is not null)
                    {
                        return modifier;
                    }

                    break;
                case "between":
                    foreach (var (preposition, phrases) in following)
                    {
                        if (preposition == "between" && phrases.Count >= 2)
                        {
                            return first ? phrases[0] : phrases[1];
                        }
                    }

                    break;
                default:
                    foreach (var (preposition, phrases) in following)
                    {
                        if (preposition == slot)
                        {
                            return phrases[0];
                        }
                    }

                    break;
            }
        }

        return null;
    }

    // "Obama's meeting", "their meeting", "[Putin] ['s meeting]".
    private ClausePhrase? Possessive(PhraseChunk chunk, int chunkIndex)
    {
        var end = chunk.FirstToken + chunk.TokenCount;
        for (var t = chunk.FirstToken; t < end; t++)
        {
            if (text.PartsOfSpeech[t] == "PRP$")
            {
                return Phrase(t, t + 1);
            }

            if (text.PartsOfSpeech[t] == "POS")
            {
                if (t > chunk.FirstToken)
                {
                    // "Friday's phone conversation" names a day, not a side.
                    return IsTime(chunk.FirstToken, t) ? null : Phrase(chunk.FirstToken, t);
                }

                if (chunkIndex > 0 && text.Chunks[chunkIndex - 1] is { Type: "NP" } previous && previous.FirstToken + previous.TokenCount == t)
                {
                    return IsTime(previous.FirstToken, t) ? null : Phrase(previous.FirstToken, t);
                }
            }
        }

        return null;
    }

    // Whether tokens [first, end) lie inside one time expression ("Friday", "last week").
    private bool IsTime(int first, int end)
    {
        var span = new TextSpan(text.Tokens[first].Span.Start, text.Tokens[end - 1].Span.End);
        foreach (var timex in text.Timexes)
        {
            if (timex.Span.Start <= span.Start && timex.Span.End >= span.End)
            {
                return true;
            }
        }

        return false;
    }

    // "the meeting", "a phone call", "Friday's phone conversation": no possessive person or name modifier.
    private bool IsDefiniteOrBare(PhraseChunk chunk) =>
        text.PartsOfSpeech[chunk.FirstToken] is "DT" or "NN" or "NNS" or "JJ" or "CD" or "NNP" or "POS";

    private static bool IsPluralPossessive(ClausePhrase phrase) =>
        phrase.Text.Equals("their", StringComparison.OrdinalIgnoreCase) || phrase.Text.Equals("our", StringComparison.OrdinalIgnoreCase);

    private ModalityReading ReadModality(PhraseChunk chunk, int head, int sentence)
    {
        for (var t = chunk.FirstToken; t < head; t++)
        {
            var word = text.Words[t];
            if (word.Equals("no", StringComparison.OrdinalIgnoreCase))
            {
                return new ModalityReading(Dyad.Events.Modality.Modality.Negated, "no", null, null);
            }

            if (Array.Exists(PlannedWords, w => w.Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                return new ModalityReading(Dyad.Events.Modality.Modality.Planned, word.ToLowerInvariant(), null, null);
            }

            if (Array.Exists(HypotheticalWords, w => w.Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                return new ModalityReading(Dyad.Events.Modality.Modality.Hypothetical, word.ToLowerInvariant(), null, null);
            }
        }

        // "nor is there an agreement", "neither a deal": the words just before the phrase deny it.
        var sentenceStart = text.Sentences[sentence].FirstToken;
        for (var t = chunk.FirstToken - 1; t >= sentenceStart && t >= chunk.FirstToken - 3; t--)
        {
            if (text.Words[t].Equals("nor", StringComparison.OrdinalIgnoreCase) || text.Words[t].Equals("neither", StringComparison.OrdinalIgnoreCase))
            {
                return new ModalityReading(Dyad.Events.Modality.Modality.Negated, text.Words[t].ToLowerInvariant(), null, null);
            }
        }

        var clause = ClauseOf(chunk, sentence);
        if (clause < 0)
        {
            return ModalityReading.Narrated;
        }

        var reading = ModalityClassifier.Classify(text, clauses, clause);
        if (reading.Modality == Dyad.Events.Modality.Modality.Negated && !IsObjectOf(clauses[clause], chunk))
        {
            // "did not reach an agreement during a phone call": the negation is the verb's, not the call's.
            return reading.Claimant is null ? ModalityReading.Narrated : new ModalityReading(Dyad.Events.Modality.Modality.Claimed, reading.ReportingVerb ?? string.Empty, reading.Claimant, reading.ReportingVerb);
        }

        return reading;
    }

    private static bool IsObjectOf(Clause clause, PhraseChunk chunk)
    {
        foreach (var o in clause.Objects)
        {
            if (o.Span.Start <= chunk.Span.Start && chunk.Span.End <= o.Span.End)
            {
                return true;
            }
        }

        foreach (var s in clause.Subjects)
        {
            if (s.Span.Start <= chunk.Span.Start && chunk.Span.End <= s.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    // The innermost clause of the sentence whose subjects, verb, objects and prepositional phrases span the chunk.
    private int ClauseOf(PhraseChunk chunk, int sentence)
    {
        var best = -1;
        var bestLength = int.MaxValue;
        for (var i = 0; i < clauses.Length; i++)
        {
            var clause = clauses[i];
            if (clause.Sentence != sentence)
            {
                continue;
            }

            var extent = clause.Extent;
            if (extent.Start <= chunk.Span.Start && chunk.Span.End <= extent.End && extent.Length < bestLength)
            {
                best = i;
                bestLength = extent.Length;
            }
        }

        return best;
    }
}
