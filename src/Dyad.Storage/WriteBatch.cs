using Dyad.Core;

namespace Dyad.Storage;

/// <summary>A transaction over the store: writes become visible to other readers, and durable, only on <see cref="Commit"/>.</summary>
/// <remarks>Disposing without committing rolls back. Reads through the store during the batch see its writes.</remarks>
public sealed class WriteBatch : IDisposable
{
    private readonly DyadStore _store;
    private bool _done;

    internal WriteBatch(DyadStore store) => _store = store;

    /// <summary>Adds an article; an article already stored (same id) is left as it is.</summary>
    public void Add(Document document, ArticleInfo info, long? runId)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(info);
        _store.Insert(document, info, runId);
    }

    /// <summary>Sets the event mentions of a stored article, replacing any it had (reruns stay idempotent).</summary>
    public void SetEvents(string articleId, IReadOnlyList<StoredEventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(mentions);
        _store.ReplaceEvents(articleId, mentions);
    }

    /// <summary>Sets the publication date of a stored article from <paramref name="document"/>'s metadata (an inferred
    /// date found after the article was stored), leaving everything else as it is.</summary>
    public void SetPublished(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _store.UpdatePublished(document);
    }

    /// <summary>Sets the quotes of a stored article, replacing any it had (reruns stay idempotent).</summary>
    public void SetQuotes(string articleId, IReadOnlyList<StoredQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(quotes);
        _store.ReplaceQuotes(articleId, quotes);
    }

    /// <summary>Records an input that failed (or a warning about one) for a run.</summary>
    public void AddFailure(long runId, string locator, string reason, bool warning = false) =>
        _store.RecordFailure(runId, locator, reason, warning ? "warning" : "error");

    /// <summary>Makes the batch durable.</summary>
    public void Commit()
    {
        _store.CommitBatch();
        _done = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_done)
        {
            _store.RollbackBatch();
            _done = true;
        }
    }
}
