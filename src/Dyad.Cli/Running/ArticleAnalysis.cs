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
public sealed record AnalysedArticle(IReadOnlyList<StoredEventMention> Events, IReadOnlyList<StoredQuote> Quotes)
{
    /// <summary>The article with the publication date inferred for it (<see cref="PublicationDating"/>), or null when none was.</summary>
    public Document? Dated { get; init; }
}

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
    /// <param name="dictionaries">When given (<c>--dictionaries DIR</c>), the events are coded with the loaded
    /// PETRARCH/Phoenix dictionaries instead of Dyad's own patterns.</param>
    public static AnalysedArticle Analyse(Document document, StageTimes? times = null, Dyad.Events.Petrarch.DictionaryEventCoder? dictionaries = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        times?.Start();
        var annotated = LanguagePipeline.Default.Annotate(document.Text, document.Metadata.Published?.Value);
        times?.Stop(PipelineStage.Language);
        // Quotes first: their speakers are who "I", "we" and "you" are in the events inside them.
        var quotes = EventExtractor.WithGroupSpeakers(annotated, QuoteExtractor.Extract(annotated));
        times?.Stop(PipelineStage.Quotes);
        var eventCount = 0;
        IReadOnlyList<StoredEventMention> eventRows;
        if (dictionaries is { } coder)
        {
            var coded = coder.Code(annotated);
            eventCount = coded.Length;
            eventRows = EventRows.Of(document, coded);
        }
        else
        {
            var events = EventExtractor.Default.Extract(annotated, quotes);
            if (PublicationDating.Infer(document, annotated, events) is { } inferred)
            {
                // Annotate again with the inferred date as anchor, so that relative dates are resolved against it.
                var dated = document.WithMetadata(document.Metadata with { Published = inferred });
                return Analyse(dated, times, dictionaries) with { Dated = dated };
            }

            eventCount = events.Length;
            eventRows = EventRows.Of(document, events);
        }

        times?.Stop(PipelineStage.Events);
        var speakers = Speakers(quotes, annotated.Anchor);
        times?.Stop(PipelineStage.Speakers);
        var result = new AnalysedArticle(eventRows, QuoteRows.Of(document, quotes, speakers));
        if (times is not null)
        {
            times.Stop(PipelineStage.Rows);
            times.EventCount += eventCount;
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
        times?.Start();
        _ = DocumentId.FromContent(article.Content);
        var document = preparer.Prepare(article);
        _ = Fingerprint.Of(document.Text);
        times?.Stop(PipelineStage.Cleaning);
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

/// <summary>A stage of the per-article pipeline, as <see cref="StageTimes"/> counts it.</summary>
public enum PipelineStage
{
    /// <summary>Content id, cleaning (ArticlePreparer) and the duplicate fingerprint.</summary>
    Cleaning,

    /// <summary>The language layer.</summary>
    Language,

    /// <summary>Events, with the actor coding of their sides.</summary>
    Events,

    /// <summary>Quote extraction with speaker resolution within the document.</summary>
    Quotes,

    /// <summary>Coding the quotes' speakers with the knowledge base.</summary>
    Speakers,

    /// <summary>Mapping events and quotes to store rows.</summary>
    Rows,
}

/// <summary>Time (in <see cref="Stopwatch"/> ticks), bytes allocated on the calling thread, and counts gathered by
/// <see cref="ArticleAnalysis.Process"/> and <see cref="ArticleAnalysis.Analyse"/>, by stage.</summary>
/// <remarks>Mutable by design: one instance adds up a benchmark round on one thread.</remarks>
public sealed class StageTimes
{
    private readonly long[] _ticks = new long[StageCount];
    private readonly long[] _bytes = new long[StageCount];
    private long _mark;
    private long _markBytes;

    /// <summary>The number of stages.</summary>
    public const int StageCount = (int)PipelineStage.Rows + 1;

    /// <summary>Event mentions found.</summary>
    public long EventCount { get; set; }

    /// <summary>Quotes found.</summary>
    public long QuoteCount { get; set; }

    /// <summary>Tokens annotated.</summary>
    public long Tokens { get; set; }

    /// <summary>Sentences annotated.</summary>
    public long Sentences { get; set; }

    /// <summary>The sum of the stage times, in ticks.</summary>
    public long Total => _ticks.Sum();

    /// <summary>Time spent in <paramref name="stage"/>, in <see cref="Stopwatch"/> ticks.</summary>
    public long Ticks(PipelineStage stage) => _ticks[(int)stage];

    /// <summary>Bytes allocated on the measuring thread in <paramref name="stage"/>.</summary>
    public long Bytes(PipelineStage stage) => _bytes[(int)stage];

    /// <summary>Starts timing a stage.</summary>
    public void Start()
    {
        _markBytes = GC.GetAllocatedBytesForCurrentThread();
        _mark = Stopwatch.GetTimestamp();
    }

    /// <summary>Ends <paramref name="stage"/> (begun by <see cref="Start"/> or the previous <see cref="Stop"/>) and starts the next.</summary>
    public void Stop(PipelineStage stage)
    {
        var now = Stopwatch.GetTimestamp();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        _ticks[(int)stage] += now - _mark;
        _bytes[(int)stage] += bytes - _markBytes;
        _markBytes = GC.GetAllocatedBytesForCurrentThread();
        _mark = Stopwatch.GetTimestamp();
    }
}
