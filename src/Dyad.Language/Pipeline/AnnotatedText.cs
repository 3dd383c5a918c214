using System.Collections.Immutable;
using Dyad.Core;
using Dyad.Language.Sentences;
using Dyad.Language.Time;
using Dyad.Language.Tokens;

namespace Dyad.Language.Pipeline;

/// <summary>
/// One text with its annotation layers: tokens (with their word strings), sentences, part-of-speech tags, chunks,
/// named entities and time expressions. Every span is a half-open UTF-16 range of <see cref="Text"/>; layers refer to
/// tokens by index. Immutable: each <c>With*</c> method validates its layer once and returns a new instance sharing
/// the others.
/// </summary>
public sealed class AnnotatedText
{
    private AnnotatedText(string text, PartialDate? anchor)
    {
        Text = text;
        Anchor = anchor;
    }

    /// <summary>The text every span points into.</summary>
    public string Text { get; }

    /// <summary>The date relative time expressions resolve against (the publication date), when known.</summary>
    public PartialDate? Anchor { get; }

    /// <summary>The layers present.</summary>
    public Layers Present { get; private init; }

    /// <summary>Tokens in text order, covering every non-space character.</summary>
    public ImmutableArray<Token> Tokens { get; private init; } = [];

    /// <summary>The text of each token as a string (same index as <see cref="Tokens"/>).</summary>
    public ImmutableArray<string> Words { get; private init; } = [];

    /// <summary>Sentences in order, together covering every token.</summary>
    public ImmutableArray<Sentence> Sentences { get; private init; } = [];

    /// <summary>One Penn tag per token (same index as <see cref="Tokens"/>).</summary>
    public ImmutableArray<string> PartsOfSpeech { get; private init; } = [];

    /// <summary>Shallow-parse phrases in text order, none crossing a sentence.</summary>
    public ImmutableArray<PhraseChunk> Chunks { get; private init; } = [];

    /// <summary>Named entities in text order, none crossing a sentence.</summary>
    public ImmutableArray<NamedEntity> Entities { get; private init; } = [];

    /// <summary>Time expressions in text order, none overlapping, with values normalised against <see cref="Anchor"/>.</summary>
    public ImmutableArray<TimeExpression> Timexes { get; private init; } = [];

    /// <summary>Starts an annotation of <paramref name="text"/> with no layers.</summary>
    public static AnnotatedText Create(string text, PartialDate? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new AnnotatedText(text, anchor);
    }

    /// <summary>Whether every layer in <paramref name="layers"/> is present.</summary>
    public bool Has(Layers layers) => (Present & layers) == layers;

    /// <summary>Adds tokens and their word strings.</summary>
    /// <exception cref="ArgumentException">Tokens out of bounds, out of order or overlapping, or a word count that differs.</exception>
    public AnnotatedText WithTokens(ImmutableArray<Token> tokens, ImmutableArray<string> words)
    {
        if (tokens.Length != words.Length)
        {
            throw new ArgumentException($"{tokens.Length} tokens but {words.Length} words.", nameof(words));
        }

        var previousEnd = 0;
        foreach (var token in tokens)
        {
            if (token.Span.Start < previousEnd || token.Span.End > Text.Length || token.Span.Length <= 0)
            {
                throw new ArgumentException($"Token {token.Span} is empty, out of order or outside the text ({Text.Length} characters).", nameof(tokens));
            }

            previousEnd = token.Span.End;
        }

        return With(Layers.Tokens, tokens: tokens, words: words);
    }

    /// <summary>Adds sentences.</summary>
    /// <exception cref="ArgumentException">Sentences that do not cover the tokens in order.</exception>
    public AnnotatedText WithSentences(ImmutableArray<Sentence> sentences)
    {
        Require(Layers.Tokens);
        var next = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.FirstToken != next || sentence.TokenCount <= 0)
            {
                throw new ArgumentException($"Sentence at token {sentence.FirstToken} ({sentence.TokenCount} tokens) does not follow token {next}.", nameof(sentences));
            }

            next += sentence.TokenCount;
        }

        if (next != Tokens.Length)
        {
            throw new ArgumentException($"Sentences cover {next} of {Tokens.Length} tokens.", nameof(sentences));
        }

        return With(Layers.Sentences, sentences: sentences);
    }

    /// <summary>Adds one part-of-speech tag per token.</summary>
    /// <exception cref="ArgumentException">Not one tag per token.</exception>
    public AnnotatedText WithPartsOfSpeech(ImmutableArray<string> tags)
    {
        Require(Layers.Tokens);
        if (tags.Length != Tokens.Length)
        {
            throw new ArgumentException($"{tags.Length} tags for {Tokens.Length} tokens.", nameof(tags));
        }

        return With(Layers.PartsOfSpeech, partsOfSpeech: tags);
    }

    /// <summary>Adds chunks.</summary>
    /// <exception cref="ArgumentException">A chunk outside the tokens or out of order.</exception>
    public AnnotatedText WithChunks(ImmutableArray<PhraseChunk> chunks)
    {
        CheckTokenRanges(chunks, static c => (c.FirstToken, c.TokenCount), nameof(chunks));
        return With(Layers.Chunks, chunks: chunks);
    }

    /// <summary>Adds named entities.</summary>
    /// <exception cref="ArgumentException">An entity outside the tokens or out of order.</exception>
    public AnnotatedText WithEntities(ImmutableArray<NamedEntity> entities)
    {
        CheckTokenRanges(entities, static e => (e.FirstToken, e.TokenCount), nameof(entities));
        return With(Layers.Entities, entities: entities);
    }

    /// <summary>Adds time expressions.</summary>
    /// <exception cref="ArgumentException">An expression outside the text, or out of order or overlapping.</exception>
    public AnnotatedText WithTimexes(ImmutableArray<TimeExpression> timexes)
    {
        var previousEnd = 0;
        foreach (var timex in timexes)
        {
            if (timex.Span.Start < previousEnd || timex.Span.End > Text.Length || timex.Span.Length <= 0)
            {
                throw new ArgumentException($"Time expression {timex.Span} is empty, out of order or outside the text ({Text.Length} characters).", nameof(timexes));
            }

            previousEnd = timex.Span.End;
        }

        return With(Layers.Timexes, timexes: timexes);
    }

    /// <summary>The characters from token <paramref name="first"/> to the end of token <paramref name="first"/> + <paramref name="count"/> − 1.</summary>
    public TextSpan SpanOfTokens(int first, int count) => new(Tokens[first].Span.Start, Tokens[first + count - 1].Span.End);

    private void CheckTokenRanges<T>(ImmutableArray<T> items, Func<T, (int First, int Count)> range, string parameter)
    {
        Require(Layers.Tokens);
        var next = 0;
        foreach (var item in items)
        {
            var (first, count) = range(item);
            if (first < next || count <= 0 || first + count > Tokens.Length)
            {
                throw new ArgumentException($"Tokens {first}..{first + count} are out of order or outside the {Tokens.Length} tokens.", parameter);
            }

            next = first + count;
        }
    }

    private void Require(Layers layers)
    {
        if (!Has(layers))
        {
            throw new InvalidOperationException($"The {layers} layer must be added first.");
        }
    }

    private AnnotatedText With(
        Layers layer,
        ImmutableArray<Token>? tokens = null,
        ImmutableArray<string>? words = null,
        ImmutableArray<Sentence>? sentences = null,
        ImmutableArray<string>? partsOfSpeech = null,
        ImmutableArray<PhraseChunk>? chunks = null,
        ImmutableArray<NamedEntity>? entities = null,
        ImmutableArray<TimeExpression>? timexes = null) =>
        new(Text, Anchor)
        {
            Present = Present | layer,
            Tokens = tokens ?? Tokens,
            Words = words ?? Words,
            Sentences = sentences ?? Sentences,
            PartsOfSpeech = partsOfSpeech ?? PartsOfSpeech,
            Chunks = chunks ?? Chunks,
            Entities = entities ?? Entities,
            Timexes = timexes ?? Timexes,
        };
}
