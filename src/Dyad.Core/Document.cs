using System.Collections.Immutable;

namespace Dyad.Core;

/// <summary>An article: its raw input, its cleaned text, and span layers over the cleaned text.</summary>
/// <remarks>
/// <para><see cref="Text"/> never changes once made; every layer is a list of half-open spans into it, sorted and
/// within bounds, and <see cref="ToRaw"/> maps any of them back into <see cref="RawText"/> so it can be shown in the
/// original. <c>With*</c> methods validate once and return a new document that shares the unchanged layers.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Document
{
    private Document(
        DocumentId id,
        string name,
        string locator,
        string rawText,
        string text,
        OffsetMap toRaw,
        ArticleMetadata metadata,
        ImmutableArray<TextSpan> paragraphs)
    {
        Id = id;
        Name = name;
        Locator = locator;
        RawText = rawText;
        Text = text;
        ToRaw = toRaw;
        Metadata = metadata;
        Paragraphs = paragraphs;
    }

    /// <summary>The stable id (hash of the raw text).</summary>
    public DocumentId Id { get; }

    /// <summary>A short name: the file name without extension, or the JSONL id.</summary>
    public string Name { get; }

    /// <summary>Where the input came from (path, plus line or record).</summary>
    public string Locator { get; }

    /// <summary>The input as decoded, before any normalisation.</summary>
    public string RawText { get; }

    /// <summary>The cleaned article text: line endings normalised, NFC, furniture removed.</summary>
    public string Text { get; }

    /// <summary>Maps offsets in <see cref="Text"/> to offsets in <see cref="RawText"/>.</summary>
    public OffsetMap ToRaw { get; }

    /// <summary>What the page states about the article, with evidence spans into <see cref="RawText"/>.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>The paragraphs of <see cref="Text"/>, in order, not overlapping.</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; }

    /// <summary>Makes a document, checking that the map and the paragraphs fit the texts.</summary>
    public static Document Create(
        string name,
        string locator,
        string rawText,
        string text,
        OffsetMap toRaw,
        ArticleMetadata metadata,
        ImmutableArray<TextSpan> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(toRaw);
        if (toRaw.TargetLength != text.Length || toRaw.SourceLength != rawText.Length)
        {
            throw new ArgumentException(
                $"The offset map covers {toRaw.TargetLength}→{toRaw.SourceLength} units but the texts are {text.Length}→{rawText.Length}.",
                nameof(toRaw));
        }

        CheckLayer(paragraphs, text.Length, nameof(paragraphs));
        return new Document(DocumentId.FromContent(rawText), name, locator, rawText, text, toRaw, metadata ?? ArticleMetadata.Empty, paragraphs);
    }

    /// <summary>A copy with other metadata.</summary>
    public Document WithMetadata(ArticleMetadata metadata) =>
        new(Id, Name, Locator, RawText, Text, ToRaw, metadata ?? throw new ArgumentNullException(nameof(metadata)), Paragraphs);

    /// <summary>The raw text under a span of <see cref="Text"/>.</summary>
    public string RawOf(TextSpan span)
    {
        var raw = ToRaw.Map(span);
        return RawText.Substring(raw.Start, raw.Length);
    }

    /// <summary>Throws unless <paramref name="spans"/> are sorted, non-overlapping and within a text of <paramref name="length"/>.</summary>
    public static void CheckLayer(ImmutableArray<TextSpan> spans, int length, string layer)
    {
        var previousEnd = 0;
        foreach (var s in spans)
        {
            if (s.Start < previousEnd || !s.FitsIn(length))
            {
                throw new ArgumentException($"Span {s} in layer '{layer}' is out of order, overlapping or out of bounds (text length {length}).", layer);
            }

            previousEnd = s.End;
        }
    }
}
