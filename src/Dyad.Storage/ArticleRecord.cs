using Dyad.Core;

namespace Dyad.Storage;

/// <summary>An article as stored, for export and display.</summary>
public sealed record ArticleRecord
{
    /// <summary>Stable id (hash of the raw text).</summary>
    public required string Id { get; init; }

    /// <summary>Short name (file name without extension, or JSONL id).</summary>
    public required string Name { get; init; }

    /// <summary>Where it was read from (path, with <c>:LINE</c> or <c>#RECORD</c>).</summary>
    public required string Path { get; init; }

    /// <summary><c>text</c> or <c>html</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The encoding used to decode it.</summary>
    public required string Encoding { get; init; }

    /// <summary>Metadata with evidence.</summary>
    public required ArticleMetadata Metadata { get; init; }

    /// <summary>The first copy, when this article is a duplicate.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary><c>exact</c> or <c>near</c> when a duplicate.</summary>
    public string? DuplicateKind { get; init; }

    /// <summary>The cleaned text.</summary>
    public required string Text { get; init; }

    /// <summary>The raw text, when it was asked for.</summary>
    public string? RawText { get; init; }
}
