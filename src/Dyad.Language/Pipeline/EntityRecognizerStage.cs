using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dyad.Language.Entities;

namespace Dyad.Language.Pipeline;

/// <summary>
/// Adds named entities (<see cref="EntityTagger"/>): the whole text at once, since the tagger's second stage reads
/// how the same words were labelled elsewhere in the document.
/// </summary>
/// <param name="tagger">The tagger (default: the one shipped, <see cref="LanguageModels.Entities"/>).</param>
public sealed class EntityRecognizerStage(EntityTagger? tagger = null) : ILanguageStage
{
    [ThreadStatic]
    private static List<EntityMention>? t_mentions;

    private readonly EntityTagger _tagger = tagger ?? LanguageModels.Entities;

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.PartsOfSpeech;

    /// <inheritdoc />
    public Layers Produces => Layers.Entities;

    /// <inheritdoc />
    public AnnotatedText Process(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = text.Sentences;
        var mentions = t_mentions ??= [];
        mentions.Clear();
        _tagger.TagDocument(ImmutableCollectionsMarshal.AsArray(text.Words)!, ImmutableCollectionsMarshal.AsArray(text.PartsOfSpeech)!, sentences.AsSpan(), mentions);
        var result = ImmutableArray.CreateBuilder<NamedEntity>(mentions.Count);
        foreach (var mention in mentions)
        {
            var first = sentences[mention.Sentence].FirstToken + mention.Start;
            var count = mention.End - mention.Start;
            var span = text.SpanOfTokens(first, count);
            result.Add(new NamedEntity(span, first, count, mention.Type, mention.Subtype, text.Text[span.Start..span.End]));
        }

        // Mentions come sentence by sentence, in order; sort defensively so the layer's order check always holds.
        result.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return text.WithEntities(result.DrainToImmutable());
    }
}
