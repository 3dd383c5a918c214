using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dyad.Language.Tokens;

namespace Dyad.Language.Pipeline;

/// <summary>Adds tokens (<see cref="Tokenizer"/>) and their word strings.</summary>
/// <remarks>Tokenizes into a per-thread list and copies it once into the layer's array.</remarks>
public sealed class TokenizerStage : ILanguageStage
{
    /// <summary>The largest per-thread token list kept between texts (about 1.5 MB).</summary>
    private const int MaxKeptCapacity = 1 << 17;

    [ThreadStatic]
    private static List<Token>? t_tokens;

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
        var list = t_tokens ??= new List<Token>(4096);
        list.Clear();
        Tokenizer.Tokenize(text.Text.AsSpan(), list);
        var tokens = list.ToArray();
        if (list.Capacity > MaxKeptCapacity)
        {
            // Keep no list grown for one huge text.
            t_tokens = null;
        }

        var words = new string[tokens.Length];
        WordStrings.Fill(text.Text, tokens, words);
        return text.WithTokens(ImmutableCollectionsMarshal.AsImmutableArray(tokens), ImmutableCollectionsMarshal.AsImmutableArray(words));
    }
}
