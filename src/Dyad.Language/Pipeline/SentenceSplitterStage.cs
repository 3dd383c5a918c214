using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dyad.Language.Sentences;

namespace Dyad.Language.Pipeline;

/// <summary>Adds sentences: the rules of <see cref="SentenceSplitter"/> refined by a <see cref="SentenceBoundaryModel"/>.</summary>
/// <param name="model">The boundary model (default: the one shipped, <see cref="LanguageModels.Sentences"/>).</param>
public sealed class SentenceSplitterStage(SentenceBoundaryModel? model = null) : ILanguageStage
{
    private readonly SentenceBoundaryModel _model = model ?? LanguageModels.Sentences;

    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens;

    /// <inheritdoc />
    public Layers Produces => Layers.Sentences;

    /// <inheritdoc />
    public AnnotatedText Process(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = _model.Split(text.Text, text.Tokens.AsSpan());
        return text.WithSentences(ImmutableCollectionsMarshal.AsImmutableArray(sentences));
    }
}
