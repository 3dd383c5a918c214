using System.Collections.Immutable;
using System.Diagnostics;
using Dyad.Actors;
using Dyad.Cleaning;
using Dyad.Core;
using Dyad.Dedup;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;
using Dyad.Quotes;
using Dyad.Storage;

namespace Dyad.Cli.Running;

/// <summary>What a run keeps of one cleaned article: its event mentions and quotes as the store's rows.</summary>
/// <param name="Events">The coded event mentions, in text order.</param>
/// <param name="Quotes">The quotes with their speakers coded, in text order.</param>
public sealed record AnalysedArticle(IReadOnlyList<StoredEventMention> Events, IReadOnlyList<StoredQuote> Quotes);

/// <summary>
/// The per-article work of <c>dyad run</c> after cleaning: the language layer, events (clauses, patterns, coreference,
/// actor codes, modality, attributes), quotes and the coding of their speakers, and the mapping to store rows.
/// </summary>
/// <remarks>One method for the run and the benchmark (<c>dyad bench --only pipeline</c>), so that the benchmark
/// measures what the run does. Thread-safe: every stage keeps its state per call.</remarks>
public static class ArticleAnalysis
{
    /// <summary>Annotates <paramref name="document"/>'s clean text and extracts its events and quotes.</summary>
    /// <param name="document">A cleaned article.</param>
    /// <param name="times">When given, receives the time spent in each stage.</param>
    public static AnalysedArticle Analyse(Document document, StageTimes? times = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var start = Stopwatch.GetTimestamp();
        var annotated = LanguagePipeline.Default.Annotate(document.Text, document.Metadata.Published?.Value);
        var afterLanguage = Stopwatch.GetTimestamp();
        var events = EventExtractor.Default.Extract(annotated);
        var afterEvents = Stopwatch.GetTimestamp();
        var quotes = QuoteExtractor.Extract(annotated);
        var afterQuotes = Stopwatch.GetTimestamp();
        var speakers = Speakers(quotes, annotated.Anchor);
        var afterSpeakers = Stopwatch.GetTimestamp();
        var result = new AnalysedArticle(EventRows.Of(document, events), QuoteRows.Of(document, quotes, speakers));
        if (times is not null)
        {
            times.Language += afterLanguage - start;
            times.Events += afterEvents - afterLanguage;
            times.Quotes += afterQuotes - afterEvents;
            times.Speakers += afterSpeakers - afterQuotes;
            times.Rows += Stopwatch.GetTimestamp() - afterSpeakers;
            times.EventCount += events.Length;
            times.QuoteCount += quotes.Length;
            times.Tokens += annotated.Tokens.Length;
            times.Sentences += annotated.Sentences.Length;
        }

        return result;
    }

    /// <summary>What <see cref="IngestRunner"/>'s worker does for one new article, without reading and the store:
    /// its content id, cleaning, the duplicate fingerprint, then <see cref="Analyse"/>.</summary>
    /// <remarks>For the benchmarks; the runner does the same steps with a failure boundary around each.</remarks>
    public static AnalysedArticle Process(RawArticle article, ArticlePreparer preparer, StageTimes? times = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(preparer);
        var start = Stopwatch.GetTimestamp();
        _ = DocumentId.FromContent(article.Content);
        var document = preparer.Prepare(article);
        _ = Fingerprint.Of(document.Text);
        if (times is not null)
        {
            times.Cleaning += Stopwatch.GetTimestamp() - start;
        }

        return Analyse(document, times);
    }

    /// <summary>Each quote's resolved speaker coded with the knowledge base on the publication day, or null.</summary>
    public static ActorResolution?[] Speakers(ImmutableArray<Quote> quotes, PartialDate? anchor)
    {
        var speakers = new ActorResolution?[quotes.Length];
        for (var i = 0; i < quotes.Length; i++)
        {
            speakers[i] = quotes[i].ResolvedSpeaker is { } name ? EventExtractor.Default.Resolve(name, anchor) : null;
        }

        return speakers;
    }
}

/// <summary>Time (in <see cref="Stopwatch"/> ticks) and counts gathered by <see cref="ArticleAnalysis.Analyse"/>.</summary>
/// <remarks>Mutable by design: one instance adds up a benchmark round on one thread.</remarks>
public sealed class StageTimes
{
    /// <summary>Content id, cleaning (ArticlePreparer) and the duplicate fingerprint.</summary>
    public long Cleaning { get; set; }

    /// <summary>The language layer.</summary>
    public long Language { get; set; }

    /// <summary>Events, with the actor coding of their sides.</summary>
    public long Events { get; set; }

    /// <summary>Quote extraction with speaker resolution within the document.</summary>
    public long Quotes { get; set; }

    /// <summary>Coding the quotes' speakers with the knowledge base.</summary>
    public long Speakers { get; set; }

    /// <summary>Mapping events and quotes to store rows.</summary>
    public long Rows { get; set; }

    /// <summary>Event mentions found.</summary>
    public long EventCount { get; set; }

    /// <summary>Quotes found.</summary>
    public long QuoteCount { get; set; }

    /// <summary>Tokens annotated.</summary>
    public long Tokens { get; set; }

    /// <summary>Sentences annotated.</summary>
    public long Sentences { get; set; }

    /// <summary>The sum of the stage times.</summary>
    public long Total => Cleaning + Language + Events + Quotes + Speakers + Rows;
}
