using System.Collections.Immutable;

namespace Dyad.Core;

/// <summary>What a cleaner returns: the article text, its map back to the raw input, paragraphs and stated metadata.</summary>
/// <param name="Text">The cleaned text.</param>
/// <param name="ToRaw">Maps <paramref name="Text"/> offsets to offsets in the raw input given to the cleaner.</param>
/// <param name="Paragraphs">Paragraph spans in <paramref name="Text"/>.</param>
/// <param name="Metadata">Metadata found on the page, evidence spans in raw-input offsets.</param>
public sealed record CleanedText(string Text, OffsetMap ToRaw, ImmutableArray<TextSpan> Paragraphs, ArticleMetadata Metadata);
