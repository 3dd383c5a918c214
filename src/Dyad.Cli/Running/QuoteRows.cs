using System.Collections.Immutable;
using System.Globalization;
using Dyad.Actors;
using Dyad.Core;
using Dyad.Quotes;
using Dyad.Storage;

namespace Dyad.Cli.Running;

/// <summary>Turns the quote stage's quotes, with their coded speakers, into the store's flat rows.</summary>
internal static class QuoteRows
{
    public static IReadOnlyList<StoredQuote> Of(Document document, ImmutableArray<Quote> quotes, IReadOnlyList<ActorResolution?> speakers)
    {
        var rows = new List<StoredQuote>(quotes.Length);
        for (var i = 0; i < quotes.Length; i++)
        {
            var q = quotes[i];
            var actor = speakers[i];
            rows.Add(new StoredQuote(
                string.Create(CultureInfo.InvariantCulture, $"{document.Id.Value}#q{i + 1}"),
                document.Id.Value,
                i + 1,
                Kind(q.Kind),
                q.ContentText,
                q.Content.Start,
                q.Content.End,
                q.CueText,
                q.CueLemma,
                q.Cue?.Start,
                q.Cue?.End,
                q.SpeakerText,
                q.Speaker?.Start,
                q.Speaker?.End,
                q.ResolvedSpeaker,
                q.ResolvedSpeaker is null ? null : actor?.Code.Value,
                q.ResolvedSpeaker is null ? null : actor?.Country,
                q.Confidence,
                q.Attribution.ToString().ToLowerInvariant()));
        }

        return rows;
    }

    private static string Kind(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        QuoteKind.Transcript => "transcript",
        QuoteKind.Mixed => "mixed",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
