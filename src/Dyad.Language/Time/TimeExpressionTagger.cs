using Dyad.Core;
using Dyad.Language.Sentences;
using Dyad.Language.Tokens;

namespace Dyad.Language.Time;

/// <summary>
/// Finds TIMEX3-style time expressions (DATE, TIME, DURATION, SET) in tokenized English text and normalises them,
/// resolving relative ones (<c>Friday</c>, <c>last month</c>, <c>three years ago</c>) against an anchor date.
/// </summary>
/// <remarks>
/// <para>
/// The anchor is the publication date when the caller knows it; it may be partial (a year, a year and month) or absent.
/// Nothing is ever resolved against the machine's clock: without an anchor, relative expressions keep placeholders
/// (<c>XXXX-05-24</c>, <c>XXXX-WXX-5</c>, <c>XXXX</c>) or a reference value (<c>PAST_REF</c>, <c>PRESENT_REF</c>).
/// </para>
/// <para>
/// A bare weekday resolves to the anchor's own day when they match, else backwards in past-tense narration and forwards
/// when the sentence looks ahead (<c>will</c>, <c>'ll</c>, a future modal tag); the nearest tense cue to the expression
/// wins (POS tags when given, else words such as <c>said</c>, <c>was</c>, <c>-ed</c> forms). Anaphoric expressions
/// (<c>the following day</c>, <c>a year earlier</c> after a quarter, <c>that year</c>) use the last date the text stated.
/// </para>
/// <para>Thread safety: the tagger holds no per-call state; one instance may tag many documents concurrently.</para>
/// </remarks>
public sealed class TimeExpressionTagger
{
    private TimeExpressionTagger()
    {
    }

    /// <summary>The English tagger with its built-in lexicon.</summary>
    public static TimeExpressionTagger Default { get; } = new();

    /// <summary>Tags <paramref name="text"/>, tokenizing and splitting it first; convenient for tests and one-off calls.</summary>
    public IReadOnlyList<TimeExpression> Tag(string text, PartialDate? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Split(text, out var tokens);
        return Tag(text, tokens, sentences, anchor);
    }

    /// <summary>
    /// Tags a document already tokenized and split into sentences. Expressions never cross a sentence boundary; the
    /// result is in text order and spans never overlap.
    /// </summary>
    /// <param name="text">The whole document text the tokens were scanned from.</param>
    /// <param name="tokens">Tokens from <see cref="Tokenizer"/> over <paramref name="text"/>.</param>
    /// <param name="sentences">Sentences from <see cref="SentenceSplitter"/> over those tokens.</param>
    /// <param name="anchor">The publication date, possibly partial; null when unknown.</param>
    /// <param name="posTags">Optional Penn tags, one per token, used to decide tense; ignored when the count differs.</param>
#pragma warning disable CA1822 // An instance method on purpose: taggers for other lexicons or options slot in without changing callers.
    public IReadOnlyList<TimeExpression> Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, PartialDate? anchor,
        IReadOnlyList<string>? posTags = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        if (tokens.Count == 0 || sentences.Count == 0)
        {
            return [];
        }

        var scanner = new TimexScanner(text, tokens, anchor, posTags);
        try
        {
            return scanner.Run(sentences);
        }
        finally
        {
            scanner.Release();
        }
    }
#pragma warning restore CA1822
}
