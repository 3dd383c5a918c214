using System.Collections.Immutable;
using System.Diagnostics;
using Dyad.Core;
using Dyad.Language.Pipeline;
using Dyad.Quotes;

namespace Dyad.Evaluation.Quotes;

/// <summary>
/// Scores <see cref="QuoteExtractor"/> against PolNeAR attributions. Each predicted quote is paired one to one with a
/// gold attribution by content token overlap (greedy, best Dice first). Content matches exactly (same span, gaps
/// included), by overlap (the shared tokens are at least half of each side) or at all; cues and speakers are scored as
/// spans on their own (exact, or sharing a token) and, for content-matched pairs, the speaker against that pair's source.
/// </summary>
/// <remarks>
/// PolNeAR annotates every attribution: quotes and reported speech, but also beliefs, intentions, reports and
/// sources cited (<c>thinks</c>, <c>wants</c>, <c>shows</c>, <c>was first reported by</c>). The extractor reports speech
/// only, so recall is split by gold kind: direct, mixed and indirect with a reporting-verb cue, and other attributions.
/// </remarks>
public static class QuoteEvaluation
{
    /// <summary>Score names, in report order.</summary>
    public const string ContentExact = "content, exact";

    /// <summary>Content whose shared tokens are at least half of the gold and half of the predicted content.</summary>
    public const string ContentOverlap = "content, overlap ≥ 50 %";

    /// <summary>Content sharing at least one token.</summary>
    public const string ContentAny = "content, any overlap";

    /// <summary>Cue spans, exact.</summary>
    public const string CueExact = "cue, exact";

    /// <summary>Cue spans sharing a token.</summary>
    public const string CueOverlap = "cue, overlap";

    /// <summary>Speaker spans against gold source spans, exact.</summary>
    public const string SourceExact = "source, exact";

    /// <summary>Speaker spans sharing a token with a gold source span.</summary>
    public const string SourceOverlap = "source, overlap";

    /// <summary>Content as tokens: predicted content tokens inside gold content, over all predicted and all gold content tokens (Citron's overlap metric).</summary>
    public const string ContentTokens = "content, token overlap";

    /// <summary>Speaker tokens inside gold source spans, over all predicted and all gold source tokens.</summary>
    public const string SourceTokens = "source, token overlap";

    /// <summary>Content matched by overlap and speaker sharing a token with that attribution's source.</summary>
    public const string Attribution = "attribution (content ≥ 50 % and source overlap)";

    /// <summary>Content overlap ≥ 50 % against speech attributions only (direct, mixed, indirect with a reporting verb); predictions matched to other attributions are left out.</summary>
    public const string SpeechContentOverlap = "speech only: content, overlap ≥ 50 %";

    /// <summary>Content overlap and source overlap against speech attributions only.</summary>
    public const string SpeechAttribution = "speech only: attribution (content ≥ 50 % and source overlap)";

    /// <summary>Runs the language layer and the extractor over <paramref name="articles"/> and scores them.</summary>
    /// <param name="articles">The gold articles.</param>
    /// <param name="split">The split's name, for the report.</param>
    /// <param name="pipeline">The language layer.</param>
    /// <param name="errors">When given, receives one tab-separated line per error: a gold attribution no prediction
    /// matched (<c>miss</c>), a prediction matching no gold (<c>false</c>), a matched pair whose speaker does not overlap
    /// the gold source (<c>speaker</c>); with the article, gold kind, cue, source and content.</param>
    /// <param name="extract">The extractor to score; <see cref="QuoteExtractor.Extract"/> (rules and the shipped model) when null.</param>
    public static QuoteEvaluationReport Run(IReadOnlyList<PolNearArticle> articles, string split, LanguagePipeline pipeline, TextWriter? errors = null, Func<AnnotatedText, ImmutableArray<Quote>>? extract = null)
    {
        extract ??= QuoteExtractor.Extract;
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(pipeline);
        var t = new Tally();
        long tokens = 0;
        var quotes = 0;
        var clock = new Stopwatch();
        var failures = new List<string>();
        foreach (var article in articles)
        {
            AnnotatedText annotated;
            try
            {
                annotated = pipeline.Annotate(article.Text);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
            {
                // A language-layer failure on one article is reported and the article left out; the rest is scored.
                failures.Add($"{article.Name}: {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            clock.Start();
            var predicted = extract(annotated);
            clock.Stop();
            tokens += annotated.Tokens.Length;
            quotes += predicted.Length;
            Score(annotated, article.Attributions, predicted, t, errors is null ? null : (kind, g, p) => WriteError(errors, article.Name, annotated.Text, kind, g, p));
        }

        IReadOnlyList<QuoteScore> scores =
        [
            new(ContentExact, t.Gold, t.Predicted, t.ContentExact),
            new(ContentOverlap, t.Gold, t.Predicted, t.ContentOverlap),
            new(ContentAny, t.Gold, t.Predicted, t.ContentAny),
            new(ContentTokens, t.GoldContentTokens, t.PredictedContentTokens, t.SharedContentTokens),
            new(CueExact, t.GoldCues, t.PredictedCues, t.CueExact),
            new(CueOverlap, t.GoldCues, t.PredictedCues, t.CueOverlap),
            new(SourceExact, t.GoldSources, t.PredictedSources, t.SourceExact),
            new(SourceOverlap, t.GoldSources, t.PredictedSources, t.SourceOverlap),
            new(SourceTokens, t.GoldSourceTokens, t.PredictedSourceTokens, t.SharedSourceTokens),
            new(Attribution, t.Gold, t.Predicted, t.AttributionCorrect),
            new(SpeechContentOverlap, t.SpeechGold, t.Predicted - t.MatchedOther, t.SpeechMatched),
            new(SpeechAttribution, t.SpeechGold, t.Predicted - t.MatchedOther, t.SpeechAttributionCorrect),
        ];
        IReadOnlyList<QuoteScore> onMatched =
        [
            new("exact", t.MatchedWithSource, 0, t.MatchedSourceExact),
            new("overlap", t.MatchedWithSource, 0, t.MatchedSourceOverlap),
        ];
        var goldKinds = new List<QuoteScore>();
        foreach (var kind in GoldKindNames)
        {
            goldKinds.Add(new QuoteScore(kind, t.GoldByKind.GetValueOrDefault(kind), 0, t.FoundByKind.GetValueOrDefault(kind)));
        }

        var predictedKinds = new List<QuoteScore>();
        foreach (var kind in Enum.GetValues<QuoteKind>())
        {
            var name = kind.ToString();
            predictedKinds.Add(new QuoteScore(name, 0, t.PredictedByKind.GetValueOrDefault(name), t.MatchedByKind.GetValueOrDefault(name)));
        }

        foreach (var attribution in Enum.GetValues<QuoteAttribution>())
        {
            var name = AttributionRow(attribution);
            predictedKinds.Add(new QuoteScore(name, 0, t.PredictedByKind.GetValueOrDefault(name), t.MatchedByKind.GetValueOrDefault(name)));
        }

        return new QuoteEvaluationReport(split, articles.Count - failures.Count, tokens, scores, onMatched, goldKinds, predictedKinds, quotes, clock.Elapsed, failures);
    }

    private static string AttributionRow(QuoteAttribution attribution) => "attribution: " + attribution.ToString().ToLowerInvariant();

    private static readonly string[] GoldKindNames = ["direct", "mixed", "indirect, reporting verb", "other (belief, intention, source cited)"];

    /// <summary>The gold kind of an attribution: quotation marks around or inside its content, and whether its cue reports speech.</summary>
    public static string GoldKind(string text, PolNearAttribution attribution)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attribution);
        if (PolNearAttribution.Hull(attribution.Content) is not { } content)
        {
            return GoldKindNames[3];
        }

        var slice = text.AsSpan(content.Start, content.Length).Trim();
        var marks = 0;
        for (var i = 0; i < slice.Length; i++)
        {
            if (slice[i] is '"' or '\u201C' or '\u201D' || slice[i] == '\'' && i + 1 < slice.Length && slice[i + 1] == '\'')
            {
                marks++;
                i += slice[i] == '\'' ? 1 : 0;
            }
        }

        if (marks > 0)
        {
            var trimmed = slice.TrimEnd(".,;:!? ");
            return StartsWithMark(slice) && EndsWithMark(trimmed) && marks <= 2 ? GoldKindNames[0] : GoldKindNames[1];
        }

        foreach (var cue in attribution.Cue)
        {
            foreach (var word in text[cue.Start..cue.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = word.Trim(',', '.', ':');
                if (CueLexicon.IsSpeechVerb(w) || w is "according" || word.Contains(':', StringComparison.Ordinal))
                {
                    return GoldKindNames[2];
                }
            }
        }

        return GoldKindNames[3];

        static bool StartsWithMark(ReadOnlySpan<char> s) => s.Length > 0 && (s[0] is '"' or '\u201C' or '\u201D' || s.StartsWith("''"));

        static bool EndsWithMark(ReadOnlySpan<char> s) => s.Length > 0 && (s[^1] is '"' or '\u201C' or '\u201D' || s.EndsWith("''"));
    }

    private static void WriteError(TextWriter errors, string article, string text, string kind, PolNearAttribution? gold, Quote? predicted)
    {
        static string Clip(string s) => (s.Length > 300 ? s[..300] + "…" : s).Replace('\n', '¶').Replace('\t', ' ');
        string Join(ImmutableArray<TextSpan> spans)
        {
            var parts = new List<string>();
            foreach (var span in spans.IsDefault ? [] : spans)
            {
                parts.Add(text[span.Start..span.End]);
            }

            return Clip(string.Join(" … ", parts));
        }

        errors.WriteLine(string.Join(
            '\t',
            kind,
            article,
            gold is null ? "-" : GoldKind(text, gold),
            gold is null ? "-" : Join(gold.Cue),
            gold is null ? "-" : Join(gold.Source),
            gold is null ? "-" : Join(gold.Content),
            predicted is null ? "-" : $"{predicted.Kind}/{predicted.Attribution}",
            predicted?.CueText ?? "-",
            predicted?.SpeakerText ?? "-",
            predicted is null ? "-" : Clip(predicted.ContentText),
            gold is null ? (predicted?.Content.Start ?? 0) : PolNearAttribution.Hull(gold.Content)?.Start ?? 0));
    }

    private static void Score(AnnotatedText annotated, ImmutableArray<PolNearAttribution> gold, ImmutableArray<Quote> predicted, Tally t, Action<string, PolNearAttribution?, Quote?>? error = null)
    {
        var goldTokens = new List<int[]>(gold.Length);
        foreach (var g in gold)
        {
            goldTokens.Add(TokensOf(annotated, g.Content));
        }

        var predictedTokens = new List<int[]>(predicted.Length);
        foreach (var p in predicted)
        {
            predictedTokens.Add(TokensOf(annotated, [p.Content]));
        }

        t.Gold += gold.Length;
        t.Predicted += predicted.Length;

        // Exact content: the predicted span is the gold content's span (gaps included).
        var goldHulls = new Dictionary<TextSpan, int>();
        foreach (var g in gold)
        {
            if (PolNearAttribution.Hull(g.Content) is { } hull)
            {
                goldHulls[hull] = goldHulls.GetValueOrDefault(hull) + 1;
            }
        }

        foreach (var p in predicted)
        {
            if (goldHulls.TryGetValue(p.Content, out var left) && left > 0)
            {
                goldHulls[p.Content] = left - 1;
                t.ContentExact++;
            }
        }

        // One-to-one pairing by content overlap, best Dice first.
        var pairs = new List<(double Dice, int P, int G, int Shared)>();
        for (var p = 0; p < predicted.Length; p++)
        {
            for (var g = 0; g < gold.Length; g++)
            {
                var shared = Shared(predictedTokens[p], goldTokens[g]);
                if (shared > 0)
                {
                    pairs.Add((2.0 * shared / (predictedTokens[p].Length + goldTokens[g].Length), p, g, shared));
                }
            }
        }

        pairs.Sort(static (a, b) => b.Dice.CompareTo(a.Dice));
        var pUsed = new bool[predicted.Length];
        var gUsed = new bool[gold.Length];
        var matchedGold = new bool[gold.Length];
        var matchedPredicted = new bool[predicted.Length];
        foreach (var (_, p, g, shared) in pairs)
        {
            if (pUsed[p] || gUsed[g])
            {
                continue;
            }

            pUsed[p] = gUsed[g] = true;
            t.ContentAny++;
            if (2 * shared < goldTokens[g].Length || 2 * shared < predictedTokens[p].Length)
            {
                error?.Invoke("partial", gold[g], predicted[p]);
                continue;
            }

            t.ContentOverlap++;
            matchedGold[g] = matchedPredicted[p] = true;
            var speech = !GoldKind(annotated.Text, gold[g]).StartsWith("other", StringComparison.Ordinal);
            if (speech)
            {
                t.SpeechMatched++;
            }
            else
            {
                t.MatchedOther++;
            }

            if (gold[g].Source.IsDefaultOrEmpty)
            {
                continue;
            }

            t.MatchedWithSource++;
            if (predicted[p].Speaker is { } speaker)
            {
                var sourceTokens = TokensOf(annotated, gold[g].Source);
                if (Shared(TokensOf(annotated, [speaker]), sourceTokens) > 0)
                {
                    t.MatchedSourceOverlap++;
                    t.AttributionCorrect++;
                    t.SpeechAttributionCorrect += speech ? 1 : 0;
                }
                else
                {
                    error?.Invoke("speaker", gold[g], predicted[p]);
                }

                if (PolNearAttribution.Hull(gold[g].Source) == speaker)
                {
                    t.MatchedSourceExact++;
                }
            }
        }

        for (var g = 0; g < gold.Length; g++)
        {
            var kind = GoldKind(annotated.Text, gold[g]);
            t.GoldByKind[kind] = t.GoldByKind.GetValueOrDefault(kind) + 1;
            t.SpeechGold += kind.StartsWith("other", StringComparison.Ordinal) ? 0 : 1;
            if (matchedGold[g])
            {
                t.FoundByKind[kind] = t.FoundByKind.GetValueOrDefault(kind) + 1;
            }
            else if (!gUsed[g])
            {
                error?.Invoke("miss", gold[g], null);
            }
        }

        for (var p = 0; p < predicted.Length; p++)
        {
            var kind = predicted[p].Kind.ToString();
            var attribution = AttributionRow(predicted[p].Attribution);
            t.PredictedByKind[kind] = t.PredictedByKind.GetValueOrDefault(kind) + 1;
            t.PredictedByKind[attribution] = t.PredictedByKind.GetValueOrDefault(attribution) + 1;
            if (matchedPredicted[p])
            {
                t.MatchedByKind[kind] = t.MatchedByKind.GetValueOrDefault(kind) + 1;
                t.MatchedByKind[attribution] = t.MatchedByKind.GetValueOrDefault(attribution) + 1;
            }
            else if (!pUsed[p])
            {
                error?.Invoke("false", null, predicted[p]);
            }
        }

        // Token-level overlap over the whole article (Citron's overlap metric): each token counts once.
        (var predictedContent, var goldContent, var sharedContent) = TokenOverlap(predictedTokens, goldTokens);
        t.PredictedContentTokens += predictedContent;
        t.GoldContentTokens += goldContent;
        t.SharedContentTokens += sharedContent;
        var speakerTokens = new List<int[]>();
        foreach (var q in predicted)
        {
            if (q.Speaker is { } speaker)
            {
                speakerTokens.Add(TokensOf(annotated, [speaker]));
            }
        }

        var goldSourceTokens = new List<int[]>();
        foreach (var g in gold)
        {
            goldSourceTokens.Add(TokensOf(annotated, g.Source));
        }

        (var predictedSource, var goldSource, var sharedSource) = TokenOverlap(speakerTokens, goldSourceTokens);
        t.PredictedSourceTokens += predictedSource;
        t.GoldSourceTokens += goldSource;
        t.SharedSourceTokens += sharedSource;

        // Cues and speakers as spans of their own; a speaker shared by several quotes counts once.
        var goldCues = Spans(gold, static g => g.Cue);
        var goldSources = Spans(gold, static g => g.Source);
        var predictedCues = Distinct(predicted, static q => q.Cue);
        var predictedSources = Distinct(predicted, static q => q.Speaker);
        t.GoldCues += goldCues.Count;
        t.PredictedCues += predictedCues.Count;
        t.GoldSources += goldSources.Count;
        t.PredictedSources += predictedSources.Count;
        (var cueExact, var cueOverlap) = MatchSpans(annotated, predictedCues, goldCues);
        t.CueExact += cueExact;
        t.CueOverlap += cueOverlap;
        (var sourceExact, var sourceOverlap) = MatchSpans(annotated, predictedSources, goldSources);
        t.SourceExact += sourceExact;
        t.SourceOverlap += sourceOverlap;
    }

    /// <summary>
    /// The distinct gold spans of one role. PolNeAR ties one source to several attributions (<c>“A,” said X, speaking
    /// of B. “C.”</c>: one <c>X</c>, two relations); like a predicted speaker shared by several quotes, it counts once.
    /// </summary>
    private static List<ImmutableArray<TextSpan>> Spans(ImmutableArray<PolNearAttribution> gold, Func<PolNearAttribution, ImmutableArray<TextSpan>> select)
    {
        var seen = new HashSet<TextSpan>();
        var list = new List<ImmutableArray<TextSpan>>();
        foreach (var g in gold)
        {
            var spans = select(g);
            if (PolNearAttribution.Hull(spans) is { } hull && seen.Add(hull))
            {
                list.Add(spans);
            }
        }

        return list;
    }

    private static List<TextSpan> Distinct(ImmutableArray<Quote> predicted, Func<Quote, TextSpan?> select)
    {
        var seen = new HashSet<TextSpan>();
        var list = new List<TextSpan>();
        foreach (var q in predicted)
        {
            if (select(q) is { } span && seen.Add(span))
            {
                list.Add(span);
            }
        }

        return list;
    }

    private static (int Exact, int Overlap) MatchSpans(AnnotatedText annotated, List<TextSpan> predicted, List<ImmutableArray<TextSpan>> gold)
    {
        var goldUsedExact = new bool[gold.Count];
        var exact = 0;
        foreach (var p in predicted)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (!goldUsedExact[g] && PolNearAttribution.Hull(gold[g]) == p)
                {
                    goldUsedExact[g] = true;
                    exact++;
                    break;
                }
            }
        }

        var goldTokens = new List<int[]>(gold.Count);
        foreach (var g in gold)
        {
            goldTokens.Add(TokensOf(annotated, g));
        }

        var pairs = new List<(int Shared, int P, int G)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            var tokens = TokensOf(annotated, [predicted[p]]);
            for (var g = 0; g < gold.Count; g++)
            {
                var shared = Shared(tokens, goldTokens[g]);
                if (shared > 0)
                {
                    pairs.Add((shared, p, g));
                }
            }
        }

        pairs.Sort(static (a, b) => b.Shared.CompareTo(a.Shared));
        var pUsed = new bool[predicted.Count];
        var gUsed = new bool[gold.Count];
        var overlap = 0;
        foreach (var (_, p, g) in pairs)
        {
            if (!pUsed[p] && !gUsed[g])
            {
                pUsed[p] = gUsed[g] = true;
                overlap++;
            }
        }

        return (exact, overlap);
    }

    /// <summary>The indices of the tokens overlapping any of <paramref name="spans"/>, ascending and distinct.</summary>
    private static int[] TokensOf(AnnotatedText annotated, ImmutableArray<TextSpan> spans)
    {
        var result = new SortedSet<int>();
        var tokens = annotated.Tokens;
        foreach (var span in spans)
        {
            for (var i = TokenSearch.FirstEndingAfter(tokens, span.Start); i < tokens.Length && tokens[i].Span.Start < span.End; i++)
            {
                result.Add(i);
            }
        }

        return [.. result];
    }

    private static (int Predicted, int Gold, int Shared) TokenOverlap(List<int[]> predicted, List<int[]> gold)
    {
        var p = new HashSet<int>();
        foreach (var tokens in predicted)
        {
            p.UnionWith(tokens);
        }

        var g = new HashSet<int>();
        foreach (var tokens in gold)
        {
            g.UnionWith(tokens);
        }

        var total = p.Count;
        p.IntersectWith(g);
        return (total, g.Count, p.Count);
    }

    private static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    private sealed class Tally
    {
        public int Gold { get; set; }

        public int Predicted { get; set; }

        public int ContentExact { get; set; }

        public int ContentOverlap { get; set; }

        public int ContentAny { get; set; }

        public int PredictedContentTokens { get; set; }

        public int GoldContentTokens { get; set; }

        public int SharedContentTokens { get; set; }

        public int PredictedSourceTokens { get; set; }

        public int GoldSourceTokens { get; set; }

        public int SharedSourceTokens { get; set; }

        public int SpeechGold { get; set; }

        public int SpeechMatched { get; set; }

        public int SpeechAttributionCorrect { get; set; }

        public int MatchedOther { get; set; }

        public int GoldCues { get; set; }

        public int PredictedCues { get; set; }

        public int CueExact { get; set; }

        public int CueOverlap { get; set; }

        public int GoldSources { get; set; }

        public int PredictedSources { get; set; }

        public int SourceExact { get; set; }

        public int SourceOverlap { get; set; }

        public int AttributionCorrect { get; set; }

        public int MatchedWithSource { get; set; }

        public int MatchedSourceExact { get; set; }

        public int MatchedSourceOverlap { get; set; }

        public Dictionary<string, int> GoldByKind { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> FoundByKind { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> PredictedByKind { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> MatchedByKind { get; } = new(StringComparer.Ordinal);
    }
}
