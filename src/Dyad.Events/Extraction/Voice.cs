using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Quotes;

namespace Dyad.Events.Extraction;

/// <summary>
/// A stretch of the text spoken by someone: a quote's content, or a whole transcript turn (from a speaker's label to
/// the next label). Inside it, "I" and "we" are the speaker and "you" the addressee.
/// </summary>
/// <param name="Content">The spoken stretch, half-open UTF-16 offsets into the annotated text.</param>
/// <param name="Speaker">The name the speaker mention resolves to in the document ("Ben Rhodes", "White House").</param>
/// <param name="SpeakerMention">Where the speaker is named for these words (a label, a name or a pronoun), or null.</param>
/// <param name="Addressee">In a transcript, the speaker of the neighbouring turn; else null.</param>
/// <param name="Kind">How the words are reported.</param>
public sealed record Voice(TextSpan Content, string Speaker, TextSpan? SpeakerMention, string? Addressee, QuoteKind Kind)
{
    /// <summary>
    /// The voices of <paramref name="quotes"/> (in text order) in a text of <paramref name="textLength"/> characters:
    /// each attributed quote's content; a transcript turn runs on to the next turn's label (a turn of several
    /// paragraphs), and its addressee is the other speaker of the previous turn, else of the next one.
    /// </summary>
    public static ImmutableArray<Voice> From(IReadOnlyList<Quote> quotes, int textLength)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var turns = new List<int>();
        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].Kind == QuoteKind.Transcript && quotes[i].ResolvedSpeaker is not null)
            {
                turns.Add(i);
            }
        }

        var result = ImmutableArray.CreateBuilder<Voice>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (quote.ResolvedSpeaker is not { } speaker)
            {
                continue;
            }

            if (quote.Kind != QuoteKind.Transcript)
            {
                result.Add(new Voice(quote.Content, speaker, quote.Speaker, null, quote.Kind));
                continue;
            }

            var turn = turns.IndexOf(i);
            var end = turn + 1 < turns.Count ? TurnStart(quotes[turns[turn + 1]]) : textLength;
            end = Math.Max(end, quote.Content.End);
            result.Add(new Voice(new TextSpan(quote.Content.Start, end), speaker, quote.Speaker, AddresseeOf(quotes, turns, turn, speaker), quote.Kind));
        }

        return result.ToImmutable();
    }

    /// <summary>The innermost voice whose content holds <paramref name="offset"/>, or null.</summary>
    public static Voice? At(ImmutableArray<Voice> voices, int offset)
    {
        Voice? found = null;
        foreach (var voice in voices)
        {
            if (offset >= voice.Content.Start && offset < voice.Content.End &&
                (found is null || voice.Content.Length < found.Content.Length))
            {
                found = voice;
            }
        }

        return found;
    }

    private static int TurnStart(Quote quote) => quote.Speaker is { } label && label.Start < quote.Content.Start ? label.Start : quote.Content.Start;

    private static string? AddresseeOf(IReadOnlyList<Quote> quotes, List<int> turns, int turn, string speaker)
    {
        for (var t = turn - 1; t >= 0; t--)
        {
            if (quotes[turns[t]].ResolvedSpeaker is { } other && other != speaker)
            {
                return other;
            }
        }

        for (var t = turn + 1; t < turns.Count; t++)
        {
            if (quotes[turns[t]].ResolvedSpeaker is { } other && other != speaker)
            {
                return other;
            }
        }

        return null;
    }
}
