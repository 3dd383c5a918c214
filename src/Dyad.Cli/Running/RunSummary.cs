using System.Text.Json;
using Dyad.Core;

namespace Dyad.Cli.Running;

/// <summary>What a run did, counted as it went; shown as a table at the end and stored with the run.</summary>
public sealed class RunSummary
{
    private readonly List<IngestFailure> _failures = [];
    private readonly List<IngestFailure> _warnings = [];

    /// <summary>Input files found.</summary>
    public int Files { get; set; }

    /// <summary>Files in the given folders left out because they are not an input format (listed nowhere else).</summary>
    public int SkippedFiles { get; set; }

    /// <summary>Bytes in those files.</summary>
    public long Bytes { get; set; }

    /// <summary>Articles read from the inputs.</summary>
    public int ArticlesRead { get; set; }

    /// <summary>Articles newly stored (first copies).</summary>
    public int Stored { get; set; }

    /// <summary>Articles already in the store from an earlier run.</summary>
    public int AlreadyStored { get; set; }

    /// <summary>Inputs whose raw content was read earlier in the same run (the same file or line twice).</summary>
    public int RepeatedInputs { get; set; }

    /// <summary>Same cleaned text as an earlier article.</summary>
    public int ExactDuplicates { get; set; }

    /// <summary>Same story with small edits.</summary>
    public int NearDuplicates { get; set; }

    /// <summary>Event mentions coded and stored.</summary>
    public int EventMentions { get; set; }

    /// <summary>Quotes found and stored.</summary>
    public int Quotes { get; set; }

    /// <summary>What linking did at the end of the run, or null when it did not run (cancelled).</summary>
    public LinkingSummary? Linking { get; set; }

    /// <summary>Articles whose cleaned text came out empty (kept, flagged).</summary>
    public int EmptyTexts { get; set; }

    /// <summary>Stored articles with a stated publication date, by precision.</summary>
    public Dictionary<DatePrecision, int> DatesFound { get; } = [];

    /// <summary>Stored articles whose outlet was found.</summary>
    public int OutletsFound { get; set; }

    /// <summary>Stored articles whose title was found.</summary>
    public int TitlesFound { get; set; }

    /// <summary>Inputs, or parts of inputs, that failed.</summary>
    public IReadOnlyList<IngestFailure> Failures => _failures;

    /// <summary>Inputs read with a problem worth knowing (for example a fallback encoding).</summary>
    public IReadOnlyList<IngestFailure> Warnings => _warnings;

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>True when the run was cancelled (Ctrl+C) before the end.</summary>
    public bool Cancelled { get; set; }

    /// <summary>Articles that reached the store, new or already there.</summary>
    public int Processed => Stored + AlreadyStored + RepeatedInputs + ExactDuplicates + NearDuplicates;

    /// <summary>0 when every input was processed, 2 when some failed and the rest went through, 1 when nothing could be done.</summary>
    public int ExitCode => Cancelled ? 130 : _failures.Count == 0 ? (Processed > 0 || Files > 0 ? 0 : 1) : Processed > 0 ? 2 : 1;

    /// <summary>Records a failure.</summary>
    public void Fail(IngestFailure failure) => _failures.Add(failure);

    /// <summary>Records a warning.</summary>
    public void Warn(IngestFailure warning) => _warnings.Add(warning);

    /// <summary>Counts a stored article's metadata.</summary>
    public void CountMetadata(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata.Published is { } p)
        {
            DatesFound[p.Value.Precision] = DatesFound.GetValueOrDefault(p.Value.Precision) + 1;
        }

        OutletsFound += metadata.Source is null ? 0 : 1;
        TitlesFound += metadata.Title is null ? 0 : 1;
    }

    /// <summary>The summary as a JSON object, for the runs table.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("files", Files);
            w.WriteNumber("bytes", Bytes);
            w.WriteNumber("skipped_files", SkippedFiles);
            w.WriteNumber("articles_read", ArticlesRead);
            w.WriteNumber("stored", Stored);
            w.WriteNumber("already_stored", AlreadyStored);
            w.WriteNumber("repeated_inputs", RepeatedInputs);
            w.WriteNumber("exact_duplicates", ExactDuplicates);
            w.WriteNumber("near_duplicates", NearDuplicates);
            w.WriteNumber("event_mentions", EventMentions);
            w.WriteNumber("quotes", Quotes);
            w.WriteNumber("empty_texts", EmptyTexts);
            w.WriteNumber("failures", _failures.Count);
            w.WriteNumber("warnings", _warnings.Count);
            w.WriteNumber("titles_found", TitlesFound);
            w.WriteNumber("outlets_found", OutletsFound);
            w.WriteStartObject("dates_found");
            foreach (var (precision, count) in DatesFound)
            {
                w.WriteNumber(precision.ToString().ToLowerInvariant(), count);
            }

            w.WriteEndObject();
            if (Linking is { } l)
            {
                w.WriteNumber("events", l.Events);
                w.WriteNumber("mentions_linked", l.LinkedMentions);
                w.WriteNumber("events_changed", l.Changed);
                w.WriteNumber("events_removed", l.Removed);
                w.WriteNumber("linking_seconds", Math.Round(l.Elapsed.TotalSeconds, 3));
            }

            w.WriteNumber("seconds", Math.Round(Elapsed.TotalSeconds, 3));
            w.WriteBoolean("cancelled", Cancelled);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
