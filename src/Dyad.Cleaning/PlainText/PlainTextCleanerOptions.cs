namespace Dyad.Cleaning.PlainText;

/// <summary>Settings for <see cref="PlainTextCleaner"/>; the defaults suit scraped news pages.</summary>
public sealed record PlainTextCleanerOptions
{
    /// <summary>The defaults.</summary>
    public static PlainTextCleanerOptions Default { get; } = new();

    /// <summary>Line counts over the documents of the run, for the repetition signal; null to clean each document alone.</summary>
    public CorpusLineStats? Corpus { get; init; }

    /// <summary>A line that is not a full sentence is furniture when at least this many documents of the corpus contain it.</summary>
    public int CorpusMinDocuments { get; init; } = 3;

    /// <summary>A full sentence is furniture only when at least this share of the corpus (and at least ten documents)
    /// contain it: syndicated stories legitimately repeat whole paragraphs across a few outlets.</summary>
    public double CorpusSentenceMinShare { get; init; } = 0.2;

    /// <summary>How many leading blocks may hold the headline.</summary>
    public int TitleSearchBlocks { get; init; } = 15;
}
