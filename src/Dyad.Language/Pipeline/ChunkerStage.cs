using System.Runtime.InteropServices;
using Dyad.Language.Chunking;

namespace Dyad.Language.Pipeline;

/// <summary>Adds shallow-parse phrases, sentence by sentence, from the words and their part-of-speech tags (<see cref="Chunker"/>).</summary>
/// <param name="chunker">The chunker (default: the one shipped, <see cref="LanguageModels.Chunker"/>).</param>
public sealed class ChunkerStage(Chunker? chunker = null) : ILanguageStage
{
    [ThreadStatic]
    private static List<Chunk>? t_chunks;

    [ThreadStatic]
    private static List<PhraseChunk>? t_result;

    private readonly Chunker _chunker = chunker ?? LanguageModels.Chunker;

    /// <inheritdoc />
    public string Name => "chunks";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.PartsOfSpeech;

    /// <inheritdoc />
    public Layers Produces => Layers.Chunks;

    /// <inheritdoc />
    public AnnotatedText Process(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Words.AsSpan();
        var tags = text.PartsOfSpeech.AsSpan();
        var chunks = t_chunks ??= new List<Chunk>(64);
        var result = t_result ??= new List<PhraseChunk>(1024);
        result.Clear();
        foreach (var sentence in text.Sentences)
        {
            chunks.Clear();
            _chunker.Chunk(words.Slice(sentence.FirstToken, sentence.TokenCount), tags.Slice(sentence.FirstToken, sentence.TokenCount), chunks);
            foreach (var chunk in chunks)
            {
                var first = sentence.FirstToken + chunk.Start;
                var count = chunk.End - chunk.Start;
                result.Add(new PhraseChunk(text.SpanOfTokens(first, count), first, count, chunk.Type));
            }
        }

        // One array of the exact size; the per-thread list is emptied so that it holds no chunk of this text.
        var array = result.ToArray();
        result.Clear();
        if (result.Capacity > 1 << 16)
        {
            t_result = null;
        }

        return text.WithChunks(ImmutableCollectionsMarshal.AsImmutableArray(array));
    }
}
