using System.Diagnostics;
using System.Threading.Channels;
using Dyad.Cleaning;
using Dyad.Cleaning.PlainText;
using Dyad.Core;
using Dyad.Dedup;
using Dyad.Ingest;
using Dyad.Storage;

namespace Dyad.Cli.Running;

/// <summary>Runs inputs into the store: expand paths, read, clean, annotate, code events and quotes, detect duplicates, write in transactional batches.</summary>
/// <remarks>
/// <para>Reading and cleaning run on a worker thread, ahead of the writer by a bounded queue, so memory stays flat
/// whatever the input size; the writer owns the store. Articles already stored (same content hash) are skipped
/// before cleaning, so a rerun, or a run after a kill, only does the work that is missing.</para>
/// <para>Each input's problems are recorded and counted; nothing in one input stops the others.</para>
/// </remarks>
public sealed class IngestRunner
{
    private const int BatchSize = 256;
    private static readonly TimeSpan BatchInterval = TimeSpan.FromSeconds(2);

    private static readonly AnalysedArticle NothingFound = new([], []);

    private readonly Func<CorpusLineStats?, ArticlePreparer> _preparers;
    private readonly IngestOptions _options;
    private readonly bool _corpusPass;
    private ArticlePreparer? _preparer;

    /// <summary>Creates a runner.</summary>
    /// <param name="preparers">Makes the preparer, given the corpus line counts when there was a first pass.</param>
    /// <param name="options">Reading options.</param>
    /// <param name="corpusPass">Read every input once before the run to count lines repeated across documents (page
    /// furniture of one site); costs a second read and memory for one count per distinct line.</param>
    public IngestRunner(Func<CorpusLineStats?, ArticlePreparer> preparers, IngestOptions options, bool corpusPass = false)
    {
        _preparers = preparers ?? throw new ArgumentNullException(nameof(preparers));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _corpusPass = corpusPass;
    }

    /// <summary>When set, events are coded with these PETRARCH dictionaries instead of Dyad's own patterns.</summary>
    public Dyad.Events.Petrarch.DictionaryEventCoder? Dictionaries { get; init; }

    /// <summary>Runs <paramref name="inputs"/> into <paramref name="store"/>; <paramref name="progress"/> hears about each file.</summary>
    public async Task<RunSummary> RunAsync(
        IReadOnlyList<string> inputs,
        DyadStore store,
        IRunProgress progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(progress);
        var clock = Stopwatch.StartNew();
        var summary = new RunSummary();
        var set = InputExpander.Expand(inputs, _options);
        foreach (var failure in set.Failures)
        {
            summary.Fail(failure);
        }

        summary.Files = set.Files.Count;
        summary.SkippedFiles = set.Skipped.Count;
        foreach (var f in set.Files)
        {
            summary.Bytes += f.Length;
        }

        var runId = store.StartRun(inputs);
        _preparer = _preparers(_corpusPass ? CountLines(set.Files, cancellationToken) : null);
        progress.Start(set.Files.Count, summary.Bytes);
        var known = store.ReadArticleIds();
        var queue = Channel.CreateBounded<Prepared>(new BoundedChannelOptions(32) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => Produce(set.Files, known, queue.Writer, progress, cancellationToken), CancellationToken.None);

        var detector = new DuplicateDetector(store);
        var batch = store.BeginBatch();
        var inBatch = 0;
        var lastCommit = Stopwatch.StartNew();
        try
        {
            foreach (var failure in set.Failures)
            {
                batch.AddFailure(runId, failure.Locator, failure.Reason);
            }

            await foreach (var item in queue.Reader.ReadAllAsync(CancellationToken.None))
            {
                Consume(item, store, batch, detector, runId, summary);
                inBatch++;
                if (inBatch >= BatchSize || lastCommit.Elapsed > BatchInterval)
                {
                    batch.Commit();
                    batch.Dispose();
                    batch = store.BeginBatch();
                    inBatch = 0;
                    lastCommit.Restart();
                }
            }

            await producer;
            batch.Commit();
        }
        catch (OperationCanceledException)
        {
            // What was read before Ctrl+C is kept: commit it, then report the run as cancelled.
            batch.Commit();
            summary.Cancelled = true;
        }
        finally
        {
            batch.Dispose();
        }

        summary.Cancelled |= cancellationToken.IsCancellationRequested;
        if (!summary.Cancelled)
        {
            // The end step: link the mentions no event holds yet (all of them on a store linked never before).
            summary.Linking = EventLinking.LinkNew(store);

            // Articles still without a day that report events dated by other outlets: dated, analysed again, relinked.
            if (SharedEventDating.Apply(store, Dictionaries) > 0)
            {
                summary.Linking = EventLinking.LinkNew(store);
            }
        }

        summary.Elapsed = clock.Elapsed;
        store.FinishRun(runId, summary.Cancelled ? "cancelled" : summary.Failures.Count > 0 ? "finished with failures" : "finished", summary.ToJson());
        progress.Finish();
        return summary;
    }

    private CorpusLineStats CountLines(IReadOnlyList<InputFile> files, CancellationToken cancellationToken)
    {
        // The first pass only hashes lines of plain-text inputs; failures are reported by the real pass.
        var stats = new CorpusLineStats();
        var reader = new ArticleReader(_options);
        foreach (var file in files)
        {
            foreach (var item in reader.Read(file, cancellationToken))
            {
                if (item.Article is { Format: SourceFormat.PlainText } article)
                {
                    stats.AddDocument(TextNormalizer.Normalize(article.Content, out _));
                }
            }
        }

        return stats;
    }

    private void Produce(
        IReadOnlyList<InputFile> files,
        HashSet<string> known,
        ChannelWriter<Prepared> writer,
        IRunProgress progress,
        CancellationToken cancellationToken)
    {
        var reader = new ArticleReader(_options);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress.FileStarted(file.Path);
                foreach (var item in reader.Read(file, cancellationToken))
                {
                    Write(writer, PrepareItem(item, known, seen), cancellationToken);
                }

                progress.FileDone(file.Path, file.Length);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }

    private Prepared PrepareItem(IngestItem item, HashSet<string> known, HashSet<string> seen)
    {
        if (item.Failure is { } failure)
        {
            return new Prepared(null, null, failure, null, Skip.No);
        }

        var article = item.Article!;
        var id = DocumentId.FromContent(article.Content).Value;
        if (known.Contains(id))
        {
            return new Prepared(null, null, null, null, Skip.AlreadyStored);
        }

        if (!seen.Add(id))
        {
            return new Prepared(null, null, null, null, Skip.RepeatedInput);
        }

        try
        {
            var document = _preparer!.Prepare(article);
            var info = new ArticleInfo(article.Format, article.Encoding, Fingerprint.Of(document.Text), DuplicateVerdict.Unique);
            var warning = item.Warning is null ? null : new IngestFailure(article.Locator, item.Warning);
            var analysed = NothingFound;
            try
            {
                analysed = ArticleAnalysis.Analyse(document, dictionaries: Dictionaries);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The article is kept; only its events and quotes are lost, and the run says so.
                warning = new IngestFailure(article.Locator, $"annotation, event or quote extraction failed: {ex.GetType().Name}: {ex.Message}");
            }

            return new Prepared(analysed.Dated ?? document, info, null, warning, Skip.No) { Analysed = analysed };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A cleaner bug must cost one article, not the run.
            return new Prepared(null, null, new IngestFailure(article.Locator, $"cleaning failed: {ex.GetType().Name}: {ex.Message}"), null, Skip.No);
        }
    }

    private static void Write(ChannelWriter<Prepared> writer, Prepared item, CancellationToken cancellationToken)
    {
        while (!writer.TryWrite(item))
        {
            if (!writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                return;
            }
        }
    }

    private static void Consume(Prepared item, DyadStore store, WriteBatch batch, DuplicateDetector detector, long runId, RunSummary summary)
    {
        if (item.Warning is { } warning)
        {
            summary.Warn(warning);
            batch.AddFailure(runId, warning.Locator, warning.Reason, warning: true);
        }

        if (item.Failure is { } failure)
        {
            summary.Fail(failure);
            batch.AddFailure(runId, failure.Locator, failure.Reason);
            return;
        }

        summary.ArticlesRead++;
        if (item.Skip == Skip.RepeatedInput)
        {
            summary.RepeatedInputs++;
            return;
        }

        if (item.Skip == Skip.AlreadyStored || item.Document is null || store.HasArticle(item.Document.Id.Value))
        {
            summary.AlreadyStored++;
            return;
        }

        var verdict = detector.Check(item.Info!.Fingerprint);
        batch.Add(item.Document, item.Info with { Duplicate = verdict }, runId);
        if (verdict.Kind != DuplicateKind.Exact)
        {
            // An exact copy's events would only count the same report twice.
            batch.SetEvents(item.Document.Id.Value, item.Analysed.Events);
            batch.SetQuotes(item.Document.Id.Value, item.Analysed.Quotes);
            summary.EventMentions += item.Analysed.Events.Count;
            summary.Quotes += item.Analysed.Quotes.Count;
        }

        switch (verdict.Kind)
        {
            case DuplicateKind.Exact:
                summary.ExactDuplicates++;
                break;
            case DuplicateKind.Near:
                summary.NearDuplicates++;
                break;
            default:
                summary.Stored++;
                summary.EmptyTexts += item.Document.Text.Length == 0 ? 1 : 0;
                summary.CountMetadata(item.Document.Metadata);
                break;
        }
    }

    private enum Skip
    {
        No,
        AlreadyStored,
        RepeatedInput,
    }

    private sealed record Prepared(Document? Document, ArticleInfo? Info, IngestFailure? Failure, IngestFailure? Warning, Skip Skip)
    {
        public AnalysedArticle Analysed { get; init; } = NothingFound;
    }
}
