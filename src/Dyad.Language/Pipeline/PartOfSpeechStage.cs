using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dyad.Language.Tagging;

namespace Dyad.Language.Pipeline;

/// <summary>Adds one Penn tag per token, sentence by sentence (<see cref="PosTagger"/>).</summary>
/// <param name="tagger">The tagger (default: the one shipped, <see cref="LanguageModels.Pos"/>).</param>
public sealed class PartOfSpeechStage(PosTagger? tagger = null) : ILanguageStage
{
    [ThreadStatic]
    private static int[]? t_tags;

    private readonly PosTagger _tagger = tagger ?? LanguageModels.Pos;

    /// <inheritdoc />
    public string Name => "pos";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Produces => Layers.PartsOfSpeech;

    /// <inheritdoc />
    public AnnotatedText Process(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Words.AsSpan();
        var result = new string[words.Length];
        var labels = _tagger.Tags;
        foreach (var sentence in text.Sentences)
        {
            var buffer = t_tags is { } b && b.Length >= sentence.TokenCount ? b : t_tags = new int[Math.Max(sentence.TokenCount, 256)];
            var tags = buffer.AsSpan(0, sentence.TokenCount);
            _tagger.Tag(words.Slice(sentence.FirstToken, sentence.TokenCount), tags);
            for (var i = 0; i < tags.Length; i++)
            {
                result[sentence.FirstToken + i] = labels[tags[i]];
            }
        }

        return text.WithPartsOfSpeech(ImmutableCollectionsMarshal.AsImmutableArray(result));
    }
}
