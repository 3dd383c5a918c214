using Dyad.Language.Tagging;
using Dyad.Language.Tokens;

namespace Dyad.Language.Sentences;

/// <summary>
/// Features of one gap between two tokens for <see cref="SentenceBoundaryModel"/>: the words and shapes around the
/// gap, whether the rule splitter ends a sentence there, and what the sentence so far looks like (its length, its
/// figures, whether it has lower-case words, how it began and whether the words after the gap begin the same way:
/// the mark of a table row). Since <c>sentence-boundary-v2</c> also the shape of the sentence (its token classes with
/// repeats collapsed) against the tokens after the gap and the previous sentence; how
/// table-like the neighbourhood and the text are; and, at a straight quote after a full stop, what lies before the next
/// straight quote.
/// </summary>
/// <remarks>Allocation-free; every key is hashed from the characters with <see cref="FeatureHash"/>.</remarks>
internal static class BoundaryFeatures
{
    /// <summary>The feature-set name stored in the model; change it whenever a template changes.</summary>
    public const string Name = "sentence-boundary-v2";

    /// <summary>Sentences with more runs of token classes than this have no shape (<see cref="Segment.Runs"/>).</summary>
    private const int MaxRuns = 8;

    private const int Window = 10;

    private const int Other = 0, Terminal = 1, Closer = 2, Opener = 3, Figure = 4, Capitalised = 5, Capitals = 6, Lower = 7,
        Separator = 8, Dash = 9, Quote = 10, Abbreviation = 11, Outside = 12;

    /// <summary>The state of the sentence being built, left of the gap.</summary>
    public struct Segment
    {
        /// <summary>Index of the sentence's first token.</summary>
        public int First;

        /// <summary>Number of figures in the sentence so far.</summary>
        public int Figures;

        /// <summary>Whether the sentence so far has a lower-case word.</summary>
        public bool HasLower;

        /// <summary>Whether the sentence so far has terminal punctuation.</summary>
        public bool HasTerminal;

        /// <summary>Open round brackets in the sentence so far.</summary>
        public int Brackets;

        /// <summary>Straight double quotes in the sentence so far, modulo 2.</summary>
        public int Quotes;

        /// <summary>Index of the previous sentence's first token, or -1.</summary>
        public int PreviousFirst;

        /// <summary>Number of tokens in the previous sentence, or 0.</summary>
        public int PreviousLength;

        /// <summary>Straight double quotes since the start of the text, modulo 2.</summary>
        public int TextQuotes;

        /// <summary>Index of the last figure in the text so far, or -1.</summary>
        public int LastFigure;

        /// <summary>Index of the last straight double quote in the text so far, or -1.</summary>
        public int LastQuote;

        /// <summary>The sentence's token classes so far with repeats collapsed (<c>Name 3 1 0</c>: capitalised,
        /// figure), four bits each, first class lowest; meaningful while <see cref="RunCount"/> is at most 8.</summary>
        public ulong Runs;

        /// <summary>Number of collapsed runs of token classes in the sentence so far.</summary>
        public int RunCount;

        /// <summary>The previous sentence's <see cref="Runs"/>.</summary>
        public ulong PreviousRuns;

        /// <summary>The previous sentence's <see cref="RunCount"/>, or 0.</summary>
        public int PreviousRunCount;

        /// <summary>Figures among the tokens within <see cref="Window"/> of the current one.</summary>
        public int WindowFigures;

        /// <summary>Lower-case words among the tokens within <see cref="Window"/> of the current one.</summary>
        public int WindowLowers;

        /// <summary>Tokens within <see cref="Window"/> of the current one.</summary>
        public int WindowTokens;

        /// <summary>Share of figures in the whole text, bucketed.</summary>
        public int TextFigures;

        /// <summary>Share of lower-case words in the whole text, bucketed.</summary>
        public int TextLowers;

        private int _last;

        /// <summary>Starts the first sentence of a text at token 0; reads the token classes of the whole text
        /// (<see cref="Classify"/>) once for its shares of figures and lower-case words.</summary>
        public void Start(ReadOnlySpan<byte> classes)
        {
            PreviousFirst = -1;
            PreviousLength = 0;
            PreviousRuns = 0;
            PreviousRunCount = 0;
            TextQuotes = 0;
            LastFigure = -1;
            LastQuote = -1;
            First = 0;
            Reset(0);
            int figures = 0, lowers = 0;
            WindowFigures = WindowLowers = WindowTokens = 0;
            for (var k = 0; k < classes.Length; k++)
            {
                var c = classes[k];
                figures += c == Figure ? 1 : 0;
                lowers += c == Lower ? 1 : 0;
                if (k < Window)
                {
                    WindowFigures += c == Figure ? 1 : 0;
                    WindowLowers += c == Lower ? 1 : 0;
                    WindowTokens++;
                }
            }

            TextFigures = Share(figures, classes.Length);
            TextLowers = Share(lowers, classes.Length);
            _last = -1;
        }

        /// <summary>Starts a new sentence at token <paramref name="first"/>.</summary>
        public void Reset(int first)
        {
            if (first > First)
            {
                PreviousFirst = First;
                PreviousLength = first - First;
            }

            if (first > 0)
            {
                PreviousRuns = Runs;
                PreviousRunCount = RunCount;
            }

            First = first;
            Runs = 0;
            RunCount = 0;
            Figures = 0;
            HasLower = false;
            HasTerminal = false;
            Brackets = 0;
            Quotes = 0;
        }

        /// <summary>Takes token <paramref name="index"/> into the sentence.</summary>
        public void Take(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> classes, int index)
        {
            var kind = Class(classes, index);
            if (RunCount == 0 || kind != _last)
            {
                Runs |= RunCount < MaxRuns ? (ulong)kind << (4 * RunCount) : 0;
                RunCount++;
            }

            _last = kind;

            // The window of tokens around the current one slides by one.
            var enter = Class(classes, index + Window);
            var leave = Class(classes, index - Window - 1);
            WindowFigures += (enter == Figure ? 1 : 0) - (leave == Figure ? 1 : 0);
            WindowLowers += (enter == Lower ? 1 : 0) - (leave == Lower ? 1 : 0);
            WindowTokens += (enter == Outside ? 0 : 1) - (leave == Outside ? 0 : 1);
            Figures += kind == Figure ? 1 : 0;
            HasLower |= kind == Lower;
            HasTerminal |= kind == Terminal;
            var c = text[tokens[index].Span.Start];
            Brackets += c == '(' ? 1 : c == ')' && Brackets > 0 ? -1 : 0;
            Quotes ^= c == '"' ? 1 : 0;
            TextQuotes ^= c == '"' ? 1 : 0;
            LastFigure = kind == Figure ? index : LastFigure;
            LastQuote = c == '"' ? index : LastQuote;
        }
    }

    /// <summary>Adds the features of the gap after token <paramref name="i"/> (there is a token after it).</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="classes">The class of every token (<see cref="Classify"/>).</param>
    /// <param name="i">The token before the gap.</param>
    /// <param name="ruleEnds">Whether the rules end a sentence after token <paramref name="i"/>.</param>
    /// <param name="segment">The sentence so far.</param>
    /// <param name="features">Receives the features.</param>
    public static void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> classes, int i, bool ruleEnds, in Segment segment, FeatureBuffer features)
    {
        var w0 = Word(text, tokens, i);
        var w1 = Word(text, tokens, i + 1);
        var wp = Word(text, tokens, i - 1);
        var w2 = Word(text, tokens, i + 2);
        var c0 = Class(classes, i);
        var c1 = Class(classes, i + 1);
        var cp = i - 1 >= segment.First ? Class(classes, i - 1) : Outside;
        var c2 = Class(classes, i + 2);
        var rule = ruleEnds ? 1 : 0;
        var length = Bucket(i - segment.First + 1);

        features.Add(FeatureHash.Start(0));
        features.Add(FeatureHash.Add(FeatureHash.Start(1), rule));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(2), rule), c0), c1));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(3), w0));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(4), w1));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(5), wp));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(6), w2));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(7), w0), w1));
        var s0 = Shape(w0, FeatureHash.Start(8));
        var s1 = Shape(w1, FeatureHash.Start(9));
        features.Add(s0);
        features.Add(s1);
        features.Add(Shape(w1, Shape(w0, FeatureHash.Start(10))));
        features.Add(Shape(w1, Shape(w0, Shape(wp, FeatureHash.Start(11)))));
        features.Add(Shape(w2, Shape(w1, FeatureHash.Start(12))));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(13), c0), c1), c2));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(14), cp), c0), c1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(15), length), c0), c1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(16), Math.Min(segment.Figures, 4)), c1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(17), segment.HasLower ? 1 : 0), segment.HasTerminal ? 1 : 0), c0), c1));
        var s = segment.First;
        var startShape = (Class(classes, s) * 16) + (s + 1 <= i ? Class(classes, s + 1) : Outside);
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(18), startShape), c1), c2));
        var repeats = 0;
        for (var k = 0; k < 3 && s + k <= i && i + 1 + k < tokens.Length; k++)
        {
            if (Class(classes, s + k) != Class(classes, i + 1 + k))
            {
                break;
            }

            repeats++;
        }

        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(19), repeats), c0), rule));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(20), segment.Brackets > 0 ? 1 : 0), c1));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(21), c0), w1));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(22), c1), w0));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(23), segment.Quotes), c0), c1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(24), length), segment.HasLower ? 1 : 0), rule));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(25), Math.Min(segment.Figures, 4)), c0), c1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(26), segment.TextQuotes), c0), c1), c2));

        int lowerAhead = 0, figuresAhead = 0, lowerBehind = 0;
        for (var k = i + 1; k <= i + 4 && k < tokens.Length; k++)
        {
            var c = Class(classes, k);
            lowerAhead += c == Lower ? 1 : 0;
            figuresAhead += c == Figure ? 1 : 0;
        }

        for (var k = Math.Max(segment.First, i - 3); k <= i; k++)
        {
            lowerBehind += Class(classes, k) == Lower ? 1 : 0;
        }

        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(27), lowerAhead), c0), c1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(28), lowerBehind), lowerAhead));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(29), figuresAhead), c1), rule));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(30), w0), c1), c2));
        features.Add(Shape(w2, FeatureHash.AddLower(FeatureHash.Start(31), w1)));
        var sinceFigure = segment.LastFigure < segment.First ? 0 : Math.Min(i - segment.LastFigure + 1, 6);
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(32), sinceFigure), c0), c1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(33), Bucket(segment.PreviousLength)), length));
        var previousRepeats = 0;
        if (segment.PreviousFirst >= 0)
        {
            for (var k = 0; k < 3 && k < segment.PreviousLength && i + 1 + k < tokens.Length; k++)
            {
                if (Class(classes, segment.PreviousFirst + k) != Class(classes, i + 1 + k))
                {
                    break;
                }

                previousRepeats++;
            }
        }

        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(34), previousRepeats), repeats), c0));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(35), previousRepeats), segment.HasLower ? 1 : 0), rule));

        // Quotes: after terminal punctuation a straight quote may close this sentence or open the next; what follows
        // the quote and how long the quote has been open tell which.
        if (c1 == Quote || c0 == Quote)
        {
            var after = c1 == Quote ? w2 : w1;
            var quoteState = (segment.Quotes * 2) + segment.TextQuotes;
            var sinceQuote = segment.LastQuote < 0 ? 7 : Math.Min(Bucket(i - segment.LastQuote + 1), 7);
            features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(36), quoteState), c0), c1), after));
            features.Add(Shape(after, FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(37), quoteState), c0), c1), sinceQuote)));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(38), quoteState), cp), c0), c1));

            // Looking ahead to the next straight quote: a quote that closes again before any full stop opens a
            // new quote-and-attribution sentence (" Yes , " he said .), a short span is more quote of the same
            // paragraph; and a long sentence before the gap more often ends its paragraph.
            var quote = c1 == Quote ? i + 1 : i;
            int terminals = 0, k = quote + 1;
            for (; k < tokens.Length && k <= quote + 60; k++)
            {
                var ck = text[tokens[k].Span.Start];
                if (ck == '"')
                {
                    break;
                }

                terminals += tokens[k].Kind == TokenKind.Terminal ? 1 : 0;
            }

            var closes = k < tokens.Length && text[tokens[k].Span.Start] == '"' ? 1 : 0;
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(50), quoteState), c0), c1), Math.Min(terminals, 2)), closes));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(51), quoteState), c0), c1), Bucket(k - quote)));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(52), quoteState), c0), c1), length));
        }

        // Rows of a table often begin with the same word as the row before.
        var sameStart = segment.PreviousFirst >= 0 && EqualsIgnoreCase(w1, Word(text, tokens, segment.PreviousFirst)) ? 1
            : EqualsIgnoreCase(w1, Word(text, tokens, segment.First)) ? 2 : 0;
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(39), sameStart), c0), c1));

        // How table-like the neighbourhood and the whole text are: shares of figures and lower-case words.
        var windowShape = (Share(segment.WindowFigures, segment.WindowTokens) * 8) + Share(segment.WindowLowers, segment.WindowTokens);
        var textShape = (segment.TextFigures * 8) + segment.TextLowers;
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(40), windowShape), c0), c1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(41), windowShape), rule), length));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(42), textShape), c0), c1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(43), textShape), windowShape), rule));

        // A row of a table repeats a shape: the collapsed classes of this sentence (Name 3 1 0 → capitalised,
        // figure) against those of the tokens after the gap and those of the previous sentence.
        var nextRow = NextRepeats(classes, i + 1, segment.Runs, segment.RunCount);
        var sameAsPrevious = segment.RunCount <= MaxRuns && segment.RunCount == segment.PreviousRunCount && segment.Runs == segment.PreviousRuns ? 1 : 0;
        var runs = segment.RunCount <= MaxRuns ? (long)segment.Runs : -1;
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(44), nextRow), c0), c1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(45), nextRow), sameAsPrevious), rule));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(46), (int)runs), (int)(runs >> 32)), nextRow));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(47), sameAsPrevious), c0), c1));
    }

    /// <summary>
    /// Whether the tokens from <paramref name="at"/> on repeat the collapsed class runs of the sentence so far (and
    /// then the text ends or the shape starts over): 1 when they do, 0 when not, 2 when the sentence has too many
    /// runs to compare. Stops at the first run that differs, so in running text it reads a token or two.
    /// </summary>
    private static int NextRepeats(ReadOnlySpan<byte> classes, int at, ulong runs, int runCount)
    {
        if (runCount > MaxRuns)
        {
            return 2;
        }

        var run = 0;
        var last = -1;
        for (var k = at; k < classes.Length; k++)
        {
            int c = classes[k];
            if (c == last)
            {
                continue;
            }

            if (run == runCount)
            {
                return c == (int)(runs & 0xF) || c == Terminal ? 1 : 0;
            }

            if (c != (int)((runs >> (4 * run)) & 0xF))
            {
                return 0;
            }

            last = c;
            run++;
        }

        return run == runCount ? 1 : 0;
    }

    /// <summary>A share of <paramref name="count"/> in <paramref name="total"/>, in six buckets (none, under 10 %, 25 %, 40 %, 60 %, more).</summary>
    private static int Share(int count, int total)
    {
        if (count == 0 || total == 0)
        {
            return 0;
        }

        var percent = count * 100 / total;
        return percent switch
        {
            < 10 => 1,
            < 25 => 2,
            < 40 => 3,
            < 60 => 4,
            _ => 5,
        };
    }

    private static bool EqualsIgnoreCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the gap after token <paramref name="i"/> is worth scoring: the rule ends a sentence there, or the next
    /// token can begin a sentence (not a lower-case word, a comma, a colon, a closing bracket or quote, a dash) and
    /// token <paramref name="i"/> is not an opening quote. A straight quote that touches the word after it and not the
    /// one before opens; one that touches the word before and not the one after closes. Only quotes spaced on both
    /// sides (as in CoNLL's tokenized text) are left to the model.
    /// </summary>
    public static bool IsCandidate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, bool ruleEnds)
    {
        if (ruleEnds)
        {
            return true;
        }

        var next = text[tokens[i + 1].Span.Start];
        var current = text[tokens[i].Span.Start];
        if (char.IsLower(next)
            || next is ',' or ';' or ':' or ')' or ']' or '}' or '-' or '\u2013' or '\u2014' or '\u201D' or '\u2019' or '\u00BB'
            || current is '\u201C' or '\u2018' or '\u00AB')
        {
            return false;
        }

        if (current == '"' && Touches(tokens, i, i + 1) && (i == 0 || !Touches(tokens, i - 1, i)))
        {
            return false;
        }

        return !(next == '"' && Touches(tokens, i, i + 1) && (i + 2 >= tokens.Length || !Touches(tokens, i + 1, i + 2)));
    }

    /// <summary>
    /// Whether the gap after token <paramref name="i"/> can never end an English sentence: after a comma or a
    /// semicolon, or between a month and a day (a line break in <c>begins April 1.</c>, which a rank rule reads as a
    /// list item). CoNLL has boundaries after commas where a line of a list broke, but nothing marks them. The model
    /// still scores such gaps in training (they teach it how a sentence goes on), but the decoder does not end there.
    /// </summary>
    public static bool NeverEnds(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Punctuation && text[token.Span.Start] is ',' or ';')
        {
            return true;
        }

        return tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Span.Length <= 2 && token.Kind == TokenKind.Word
            && SentenceSplitter.IsMonth(text[token.Span.Start..token.Span.End]);
    }

    private static bool Touches(ReadOnlySpan<Token> tokens, int left, int right) => tokens[left].Span.End == tokens[right].Span.Start;

    /// <summary>
    /// Whether a rule boundary after token <paramref name="i"/> rests on a cue that is never ambiguous: the colon of a
    /// transcript speaker label that begins a line (<paramref name="first"/> is the sentence's first token), a closing
    /// quote or guillemet, an opening quote after it (straight quotes when their spacing shows the side), or a
    /// dateline's ISO date. The model does not
    /// overrule these.
    /// </summary>
    public static bool IsUnambiguous(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int first)
    {
        var token = tokens[i];
        var c = text[token.Span.Start];
        if (c == ':')
        {
            return first == 0 || text[tokens[first - 1].Span.End..tokens[first].Span.Start].Contains('\n');
        }

        if (c is '\u201D' or '\u00BB')
        {
            return true;
        }

        if (i + 1 < tokens.Length && text[tokens[i + 1].Span.Start] is '\u201C' or '\u00AB')
        {
            return true;
        }

        // A straight quote whose side is plain from its spacing: closing (touches the word before only) or, after
        // the boundary, opening (touches the word after only).
        if (c == '"' && i > 0 && Touches(tokens, i - 1, i) && (i + 1 >= tokens.Length || !Touches(tokens, i, i + 1)))
        {
            return true;
        }

        if (i + 2 < tokens.Length && text[tokens[i + 1].Span.Start] == '"' && !Touches(tokens, i, i + 1) && Touches(tokens, i + 1, i + 2))
        {
            return true;
        }

        var word = text[token.Span.Start..token.Span.End];
        return token.Kind == TokenKind.Number && word.Length == 10 && word[4] == '-' && word[7] == '-';
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i < 0 ? "<s>" : i >= tokens.Length ? "</s>" : text[tokens[i].Span.Start..tokens[i].Span.End];

    private static int Bucket(int n) => n switch
    {
        <= 4 => n,
        <= 7 => 5,
        <= 12 => 6,
        <= 20 => 7,
        <= 40 => 8,
        _ => 9,
    };

    /// <summary>Writes the class of every token into <paramref name="classes"/> (as long as <paramref name="tokens"/>): the
    /// features read each token's class several times, so it is worked out once.</summary>
    public static void Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<byte> classes)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            classes[i] = (byte)ClassOf(text, tokens, i);
        }
    }

    private static int Class(ReadOnlySpan<byte> classes, int i) => (uint)i < (uint)classes.Length ? classes[i] : Outside;

    private static int ClassOf(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if ((uint)i >= (uint)tokens.Length)
        {
            return Outside;
        }

        var token = tokens[i];
        var c = text[token.Span.Start];
        switch (token.Kind)
        {
            case TokenKind.Terminal:
                return Terminal;
            case TokenKind.Number:
                return Figure;
            case TokenKind.Abbreviation:
                return Abbreviation;
            case TokenKind.Dash:
                return Dash;
            case TokenKind.Quote:
                return c is '\u201D' or '\u2019' ? Closer : Quote;
            case TokenKind.Punctuation:
                return c switch
                {
                    ')' or ']' or '}' => Closer,
                    '(' or '[' or '{' => Opener,
                    ',' or ';' or ':' => Separator,
                    '-' => Dash,
                    _ => Other,
                };
            case TokenKind.Word:
                if (char.IsDigit(c))
                {
                    return Figure;
                }

                if (char.IsLower(c))
                {
                    return Lower;
                }

                if (!char.IsUpper(c))
                {
                    return Other;
                }

                foreach (var ch in text[token.Span.Start..token.Span.End])
                {
                    if (char.IsLower(ch))
                    {
                        return Capitalised;
                    }
                }

                return token.Span.Length > 1 ? Capitals : Capitalised;
            default:
                return Other;
        }
    }

    /// <summary>Collapsed word shape (runs of X, x, d counted once; other characters kept), at most 6 symbols.</summary>
    private static ulong Shape(ReadOnlySpan<char> word, ulong hash)
    {
        var last = '\0';
        var emitted = 0;
        foreach (var ch in word)
        {
            var c = char.IsUpper(ch) ? 'X' : char.IsLetter(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (c == last || emitted >= 6)
            {
                continue;
            }

            hash = FeatureHash.Add(hash, c);
            last = c;
            emitted++;
        }

        return FeatureHash.Add(hash, '|');
    }
}
