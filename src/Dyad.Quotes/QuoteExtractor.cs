using System.Collections.Immutable;
using Dyad.Language.Pipeline;

namespace Dyad.Quotes;

/// <summary>
/// Finds quotes and their speakers in an annotated text: direct quotes (straight or typographic double quotation
/// marks, over several paragraphs when each continued paragraph reopens the quote), reported speech, transcript turns
/// under a speaker label, and mixed quotes; each with its cue and its speaker resolved within the document.
/// </summary>
/// <remarks>
/// Rules over the language layer's tokens, sentences, part-of-speech tags and entities, then a learned filter
/// (<see cref="QuoteModel"/>) over the attributions the rules' helpers would make from cues outside their table. Linear
/// in the text (every pass looks a bounded distance around a token), no regular expressions. Thread-safe: all state is
/// per call, and the model is immutable.
/// Needs the token and sentence layers; parts of speech and entities sharpen it and are used when present.
/// </remarks>
public static class QuoteExtractor
{
    /// <summary>The quotes in <paramref name="annotated"/>, in text order of their content, with the shipped model (<see cref="QuoteModel.Default"/>).</summary>
    /// <remarks>Never throws on odd text: a text without tokens or sentences gives no quotes.</remarks>
    public static ImmutableArray<Quote> Extract(AnnotatedText annotated) => ExtractWith(annotated, QuoteModel.Default);

    /// <summary>
    /// The quotes in <paramref name="annotated"/>, with <paramref name="model"/> choosing among the attributions of
    /// cues outside the rules' table; with null, the rules alone.
    /// </summary>
    public static ImmutableArray<Quote> ExtractWith(AnnotatedText annotated, QuoteModel? model)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        if (!annotated.Has(Layers.Tokens | Layers.Sentences) || annotated.Tokens.IsEmpty)
        {
            return [];
        }

        return new QuoteAnalysis(annotated, model).Run();
    }
}
