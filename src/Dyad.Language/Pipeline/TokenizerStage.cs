using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dyad.Language.Tokens;

namespace Dyad.Language.Pipeline;

/// <summary>Adds tokens (<see cref="Tokenizer"/>) and their word strings.</summary>
public sealed class TokenizerStage : ILanguageStage
{
    /// <summary>The shared instance (the stage is stateless).</summary>
    public static TokenizerStage Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "tokens";

    /// <inheritdoc />
    public Layers Requires => Layers.None;

    /// <inheritdoc />
    public Layers Produces => Layers.Tokens;

    /// <inheritdoc />
    public AnnotatedText Process(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text.Text);
        var words = new string[tokens.Length];
        WordStrings.Fill(text.Text, tokens, words);
        return text.WithTokens(ImmutableCollectionsMarshal.AsImmutableArray(tokens), ImmutableCollectionsMarshal.AsImmutableArray(words));
    }
}
