using System.Text;

namespace Dyad.Cleaning.PlainText;

/// <summary>The cleaner's working state for one page: its lines, the blocks made from them, and a decision per block.</summary>
/// <remarks>
/// The passes, in order (each a method below):
/// <list type="number">
/// <item>split into trimmed lines; detect hard-wrapped text;</item>
/// <item>rejoin lines into blocks: a line starting with <c>,</c> <c>;</c> <c>:</c> <c>)</c> continues the line before
/// (a scraper broke it at a link), so does a lower-case line after a line without a sentence end, and in hard-wrapped
/// text every line of a paragraph;</item>
/// <item>classify each block on its own signals (<see cref="LineSignals"/>), in its rejoined form: a full sentence
/// (<see cref="BlockClass.Good"/>), a short sentence, a row of figures, a lead-in or unended prose
/// (<see cref="BlockClass.Short"/>), a fragment, or furniture by a decisive signal;</item>
/// <item>page signals: repeated lines, teasers repeated inside a later paragraph, corpus repetition, a legal tail;</item>
/// <item>(in <see cref="PlainTextCleaner"/>) find the site name, the headline (everything above it is the page head),
/// signature and byline lines;</item>
/// <item>settle uncertain blocks by their nearest decided neighbours, and drop short sentences that trail the article
/// after a gap.</item>
/// </list>
/// Every rule is written so that the blocks it keeps would be kept again in the cleaned text (kept blocks keep their
/// classes, and their decided neighbours there are the same full sentences), so cleaning the cleaned text again
/// returns it unchanged; the property tests check this on generated pages.
/// </remarks>
internal sealed class PlainTextPage
{
    private const int MinTeaserLength = 40;

    private readonly PlainTextCleanerOptions _options;
    private string?[]? _joined;

    public PlainTextPage(string raw, PlainTextCleanerOptions options)
    {
        Raw = raw;
        _options = options;
        SplitLines();
        BuildBlocks();
    }

    public string Raw { get; }

    public List<PageLine> Lines { get; } = [];

    public List<PageBlock> Blocks { get; } = [];

    public TextScript Script { get; private set; } = TextScript.Latin;

    /// <summary>Index of the first block of the body (the first of two consecutive full sentences), or the block count.</summary>
    public int BodyStart { get; private set; }

    public ReadOnlySpan<char> Text(PageBlock block) => Raw.AsSpan(block.Start, block.Length);

    /// <summary>The block as it will read in the output: its lines trimmed and rejoined. Signals look at this form, so
    /// a page and its cleaned text are judged alike; single-line blocks are a slice of the raw text, rejoined blocks
    /// are built once and cached.</summary>
    public ReadOnlySpan<char> Joined(int index)
    {
        var b = Blocks[index];
        if (b.IsSingleLine)
        {
            return Text(b);
        }

        _joined ??= new string?[Blocks.Count];
        return _joined[index] ??= Join(b);
    }

    private string Join(PageBlock b)
    {
        var length = 0;
        for (var i = b.FirstLine; i <= b.LastLine; i++)
        {
            length += Lines[i].End - Lines[i].Start + (i > b.FirstLine && Lines[i].JoinWithSpace ? 1 : 0);
        }

        return string.Create(length, (this, b), static (dest, state) =>
        {
            var (page, block) = state;
            var pos = 0;
            for (var i = block.FirstLine; i <= block.LastLine; i++)
            {
                var line = page.Lines[i];
                if (i > block.FirstLine && line.JoinWithSpace)
                {
                    dest[pos++] = ' ';
                }

                page.Raw.AsSpan(line.Start, line.End - line.Start).CopyTo(dest[pos..]);
                pos += line.End - line.Start;
            }
        });
    }

    public ReadOnlySpan<char> Text(int block) => Text(Blocks[block]);

    /// <summary>Classifies blocks on their own and on page-level signals (everything but the headline and the context).</summary>
    public void Classify()
    {
        Script = System.Text.Ascii.IsValid(Raw) ? TextScript.Latin : LineSignals.DominantScript(Raw, out _, out _);
        var blocks = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Blocks);
        for (var i = 0; i < blocks.Length; i++)
        {
            ClassifyAlone(ref blocks[i], Joined(i));
        }

        MarkRepeats(blocks);
        MarkTeasers(blocks);
        MarkCorpusRepeats(blocks);
        MarkLegalTail(blocks);

        BodyStart = blocks.Length;
        for (var i = 0; i + 1 < blocks.Length; i++)
        {
            if (blocks[i].Class == BlockClass.Good && blocks[i + 1].Class == BlockClass.Good)
            {
                BodyStart = i;
                break;
            }
        }
    }

    /// <summary>Marks a block as the headline and every block above it as the page head.</summary>
    public void SetTitle(int index)
    {
        var blocks = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Blocks);
        for (var i = 0; i < index; i++)
        {
            if (blocks[i].Role == LineRole.Body)
            {
                Decide(ref blocks[i], BlockClass.Bad, LineRole.Boilerplate, "head");
            }
        }

        Decide(ref blocks[index], BlockClass.Bad, LineRole.Title, "title");
    }

    /// <summary>Settles <see cref="BlockClass.Short"/> and <see cref="BlockClass.Fragment"/> blocks by their nearest
    /// decided neighbours: a short sentence stays unless every decided neighbour is furniture (or it follows the last
    /// full sentence after a gap); a fragment stays only between two full sentences.</summary>
    public void ResolveContext()
    {
        var blocks = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Blocks);
        var n = blocks.Length;

        // prev[i]/next[i]: 0 none, 1 good, 2 bad, 3 title.
        var prev = new byte[n];
        var next = new byte[n];
        byte state = 0;
        for (var i = 0; i < n; i++)
        {
            prev[i] = state;
            state = Decided(blocks[i]) ?? state;
        }

        state = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            next[i] = state;
            state = Decided(blocks[i]) ?? state;
        }

        for (var i = 0; i < n; i++)
        {
            ref var b = ref blocks[i];
            if (b.Role != LineRole.Body)
            {
                continue;
            }

            if (b.Class == BlockClass.Short)
            {
                var anyGood = prev[i] is 1 or 3 || next[i] is 1 or 3;
                var anyBad = prev[i] == 2 || next[i] == 2;
                if (anyBad && !anyGood)
                {
                    Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "context");
                }
            }
            else if (b.Class == BlockClass.Fragment && !(prev[i] == 1 && next[i] == 1))
            {
                Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "context");
            }
        }

        // After the last full sentence the article is over: a short sentence there stays only in an unbroken run of
        // short sentences hanging from it ("Thank you, everybody."), not after a fragment ("Leave a reply"). Rows of
        // figures are exempt: tables follow their own headings.
        var lastGood = -1;
        for (var i = n - 1; i >= 0; i--)
        {
            if (blocks[i].Role == LineRole.Body && blocks[i].Class == BlockClass.Good)
            {
                lastGood = i;
                break;
            }
        }

        if (lastGood >= 0)
        {
            var chained = true;
            for (var i = lastGood + 1; i < n; i++)
            {
                ref var b = ref blocks[i];
                if (b.Role == LineRole.Body && b.Class == BlockClass.Short && b.Reason != "data-row" && !chained)
                {
                    Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "tail");
                }

                chained &= b.Role == LineRole.Body && b.Class == BlockClass.Short;
            }
        }
    }

    public static void Decide(ref PageBlock block, BlockClass cls, LineRole role, string reason)
    {
        block.Class = cls;
        block.Role = role;
        block.Reason = reason;
    }

    private static byte? Decided(in PageBlock b) => b.Role switch
    {
        LineRole.Title => 3,
        LineRole.Body when b.Class == BlockClass.Good => 1,
        LineRole.Boilerplate => 2,
        _ => null,
    };

    private void SplitLines()
    {
        var raw = Raw.AsSpan();
        var pos = 0;
        var blankBefore = false;
        while (pos <= raw.Length)
        {
            var nl = raw[pos..].IndexOf('\n');
            var end = nl < 0 ? raw.Length : pos + nl;
            var s = pos;
            while (s < end && char.IsWhiteSpace(raw[s]))
            {
                s++;
            }

            var e = end;
            while (e > s && char.IsWhiteSpace(raw[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                Lines.Add(new PageLine { Start = s, End = e, Indent = s - pos, BlankBefore = blankBefore || Lines.Count == 0 });
                blankBefore = false;
            }
            else
            {
                blankBefore = true;
            }

            if (nl < 0)
            {
                break;
            }

            pos = end + 1;
        }
    }

    /// <summary>True when the text is hard-wrapped at a fixed width (wire copy, e-mail): most lines are nearly as long
    /// as the longest, which stays under 120 characters, and at least two and a third of them end mid-sentence (before a lower-case or another full line, or on a function word).</summary>
    private bool IsHardWrapped(out int width)
    {
        width = 0;
        var lines = Lines;
        if (lines.Count < 3)
        {
            return false;
        }

        Span<int> histogram = stackalloc int[121];
        foreach (var l in lines)
        {
            var len = l.End - l.Start;
            if (len > 120)
            {
                return false;
            }

            histogram[len]++;
        }

        // The 90th percentile length is the wrap width (robust to one over-long line).
        var target = (int)(lines.Count * 0.9);
        var seen = 0;
        for (var len = 0; len <= 120; len++)
        {
            seen += histogram[len];
            if (seen > target)
            {
                width = len;
                break;
            }
        }

        if (width < 50)
        {
            return false;
        }

        var broken = 0;
        var raw = Raw.AsSpan();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var a = lines[i];
            var b = lines[i + 1];
            var full = width * 6 / 10;
            if (a.End - a.Start >= full && !b.BlankBefore && !LineSignals.EndsWithTerminalPunctuation(raw[a.Start..a.End])
                && (b.End - b.Start >= full || LineSignals.StartsWithLowercase(raw[b.Start..b.End]) || char.IsAsciiDigit(raw[b.Start])
                    || EndsWithStopWord(raw[a.Start..a.End])))
            {
                broken++;
            }
        }

        return broken >= 2 && broken * 3 >= lines.Count - 1;
    }

    /// <summary>True when a sentence ends inside the text (a full stop, question or exclamation mark followed by a
    /// space) after at least 20 characters.</summary>
    private static bool HasSentenceEndInside(ReadOnlySpan<char> text)
    {
        for (var i = 20; i + 1 < text.Length; i++)
        {
            if (text[i + 1] == ' ' && text[i] is '.' or '?' or '!' && char.IsLower(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithInitial(ReadOnlySpan<char> line) =>
        line.Length >= 2 && line[^1] == '.' && char.IsUpper(line[^2]) && (line.Length == 2 || !char.IsLetter(line[^3]));

    private static bool EndsWithStopWord(ReadOnlySpan<char> line)
    {
        var s = line.Length;
        while (s > 0 && char.IsAsciiLetter(line[s - 1]))
        {
            s--;
        }

        return s < line.Length && StopWords.Contains(line[s..]);
    }

    private void BuildBlocks()
    {
        var wrapped = IsHardWrapped(out var width);
        var raw = Raw.AsSpan();
        var lines = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Lines);
        var current = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            ref var line = ref lines[i];
            var text = raw[line.Start..line.End];
            var join = false;
            var space = true;
            if (current >= 0 && !line.BlankBefore)
            {
                ref var prevLine = ref lines[i - 1];
                var prevText = raw[prevLine.Start..prevLine.End];
                if (LineSignals.StartsAsContinuation(text))
                {
                    join = true;
                    space = false;
                }
                else if (wrapped)
                {
                    // A new paragraph in wrapped text is indented, or follows a line that stopped well short of the width.
                    // A new paragraph in wrapped text is indented deeper than the line before, or follows a line
                    // that ended a sentence well short of the width; table rows keep their own (equal) indentation.
                    var prevFull = prevLine.End - prevLine.Start >= width * 6 / 10;
                    // An initial ("C. J.") is not a sentence end; the first line of wire copy is short because the
                    // dateline took its start.
                    var prevEnds = LineSignals.EndsWithTerminalPunctuation(prevText) && !EndsWithInitial(prevText);
                    join = line.Indent <= prevLine.Indent
                        && (line.Indent == prevLine.Indent && line.Indent > 0 ? prevFull && !prevEnds : prevFull || !prevEnds || i == 1);

                    // A word or two alone on the last line, or after a sentence end, is a sign-off, not a wrap.
                    if (join && LineSignals.CountWords(text) <= 2 && char.IsUpper(text[0]) && text.IndexOfAnyInRange('0', '9') < 0
                        && !LineSignals.EndsWithTerminalPunctuation(text) && (prevEnds || i == lines.Length - 1))
                    {
                        join = false;
                    }
                }
                else if (!LineSignals.EndsWithTerminalPunctuation(prevText) && LineSignals.StartsWithLowercase(text)
                    && LineSignals.CountWords(prevText) >= 3 && prevText[^1] is not (':' or '|'))
                {
                    join = true;
                }
            }

            if (join)
            {
                line.JoinWithSpace = space;
                var block = Blocks[current];
                block.LastLine = i;
                block.End = line.End;
                Blocks[current] = block;
            }
            else
            {
                Blocks.Add(new PageBlock { FirstLine = i, LastLine = i, Start = line.Start, End = line.End, Reason = "sentence" });
                current = Blocks.Count - 1;
            }
        }
    }

    private void ClassifyAlone(ref PageBlock b, ReadOnlySpan<char> text)
    {
        b.Role = LineRole.Body;
        if (!LineSignals.HasLetters(text))
        {
            Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, text.Length <= 80 && LineSignals.IsDateLine(text, out _) ? "date" : "no-letters");
            return;
        }

        if (Script != TextScript.Latin || !System.Text.Ascii.IsValid(text))
        {
            var s = LineSignals.DominantScript(text, out var letters, out var inScript);
            if (s != Script && inScript * 10 >= letters * 6)
            {
                Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "script");
                return;
            }
        }

        b.Words = LineSignals.CountWords(text);
        b.Terminal = LineSignals.EndsWithTerminalPunctuation(text);
        if (b.Words <= 60 && LineSignals.IsCaptionOrCredit(text))
        {
            Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "caption");
            return;
        }

        if (b.Words <= 12)
        {
            if (LineSignals.IsLabelValue(text))
            {
                Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "label-value");
                return;
            }

            if (LineSignals.IsDateLine(text, out _))
            {
                Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "date");
                return;
            }

            if (LineSignals.IsContact(text))
            {
                Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "contact");
                return;
            }

            if (LineSignals.IsNumericFragment(text))
            {
                Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "counter");
                return;
            }
        }

        if (b.Terminal && (b.Words >= 8 || (b.Words >= 6 && text.Length >= 50)))
        {
            b.Class = BlockClass.Good;
            b.Reason = "sentence";
            return;
        }

        if (LineSignals.IsDataRow(text) && !Dates.DateScanner.TryFindFirst(text, out _))
        {
            b.Class = BlockClass.Short;
            b.Reason = "data-row";
            return;
        }

        var stop = LineSignals.CountStopWords(text);
        if (b.Words <= 4 && stop == 0)
        {
            // Not decisive on its own ("Events", "Los Cabos", "Nine mths"), but never a sentence even when it ends
            // with a full stop ("Russian-American talks."): a fragment, kept only between two article sentences.
            b.Class = BlockClass.Fragment;
            b.Reason = "no-function-words";
            return;
        }

        if (b.Terminal && stop > 0)
        {
            b.Class = BlockClass.Short;
            b.Reason = "short-sentence";
            return;
        }

        if (b.Words >= 8 && stop >= 2 && text[^1] is ':' or '-' or '\u2013' or '\u2014')
        {
            // A lead-in to a quote or a list ("... were filed with the Commission:"): a sentence ending in a colon or dash.
            b.Class = BlockClass.Short;
            b.Reason = "lead-in";
            return;
        }

        if ((b.Words >= 20 && stop * 4 >= b.Words) || (b.Words >= 8 && stop * 5 >= b.Words && HasSentenceEndInside(text)))
        {
            // Running prose that lost its ending (a truncated paragraph, a sentence followed by a code or a
            // credit): treated as a short sentence, kept unless surrounded by furniture.
            b.Class = BlockClass.Short;
            b.Reason = "unended-prose";
            return;
        }

        b.Class = BlockClass.Fragment;
        b.Reason = "fragment";
    }

    /// <summary>A line that is not a sentence and occurs twice is furniture (menus repeat); a repeated sentence is kept
    /// once, where it first occurs. Blocks are compared as rejoined.</summary>
    private void MarkRepeats(Span<PageBlock> blocks)
    {
        if (blocks.Length < 2)
        {
            return;
        }

        var first = new Dictionary<int, int>(blocks.Length);
        for (var i = 0; i < blocks.Length; i++)
        {
            var text = Joined(i);
            var key = string.GetHashCode(text);
            if (!first.TryAdd(key, i))
            {
                var j = first[key];
                if (!text.SequenceEqual(Joined(j)))
                {
                    continue;
                }

                if (blocks[i].Class == BlockClass.Good)
                {
                    Decide(ref blocks[i], BlockClass.Bad, LineRole.Boilerplate, "duplicate");
                }
                else
                {
                    Decide(ref blocks[i], BlockClass.Bad, LineRole.Boilerplate, "repeated");
                    if (blocks[j].Class != BlockClass.Good && blocks[j].Role == LineRole.Body)
                    {
                        Decide(ref blocks[j], BlockClass.Bad, LineRole.Boilerplate, "repeated");
                    }
                }
            }
        }
    }

    /// <summary>A teaser: a sentence that a later, longer paragraph repeats verbatim (the lead shown once above the
    /// dateline and again in it). The longer paragraph is kept.</summary>
    /// <remarks>Every later block is searched, not a window of them, so that dropping blocks in between (as cleaning
    /// does) never brings a teaser into view on a second cleaning. The search is vectorised; a budget of a few times
    /// the page length bounds pathological pages.</remarks>
    private void MarkTeasers(Span<PageBlock> blocks)
    {
        long budget = (8L * Raw.Length) + 65536;
        for (var i = 0; i < blocks.Length && budget > 0; i++)
        {
            var text = Joined(i);
            if (blocks[i].Class is not (BlockClass.Good or BlockClass.Short) || text.Length < MinTeaserLength)
            {
                continue;
            }

            for (var j = i + 1; j < blocks.Length && budget > 0; j++)
            {
                var later = Joined(j);
                if (later.Length <= text.Length || blocks[j].Class == BlockClass.Bad)
                {
                    continue;
                }

                budget -= later.Length;
                if (later.Contains(text, StringComparison.Ordinal))
                {
                    Decide(ref blocks[i], BlockClass.Bad, LineRole.Boilerplate, "teaser");
                    break;
                }
            }
        }
    }

    private void MarkCorpusRepeats(Span<PageBlock> blocks)
    {
        var corpus = _options.Corpus;
        if (corpus is null || corpus.DocumentCount == 0)
        {
            return;
        }

        var sentenceMin = Math.Max(Math.Max(10, _options.CorpusMinDocuments), (int)Math.Ceiling(_options.CorpusSentenceMinShare * corpus.DocumentCount));
        for (var i = 0; i < blocks.Length; i++)
        {
            ref var b = ref blocks[i];
            if (b.Class == BlockClass.Bad || b.Reason == "data-row")
            {
                // Rows of figures share their shape across reports (digits hash alike) but differ in content.
                continue;
            }

            var df = corpus.DocumentFrequency(Joined(i));
            var min = b.Class == BlockClass.Good ? sentenceMin : _options.CorpusMinDocuments;
            if (df >= min)
            {
                Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "corpus");
            }
        }
    }

    /// <summary>Legal, privacy and imprint notices: sentences dense in legal vocabulary (at least four terms, and one
    /// word in ten) with no ordinary article sentence after them.</summary>
    private void MarkLegalTail(Span<PageBlock> blocks)
    {
        for (var i = blocks.Length - 1; i >= 0; i--)
        {
            ref var b = ref blocks[i];
            if (b.Class is not (BlockClass.Good or BlockClass.Short))
            {
                continue;
            }

            var legal = LineSignals.CountLegalTerms(Joined(i));
            if (legal >= 4 && legal * 10 >= b.Words)
            {
                Decide(ref b, BlockClass.Bad, LineRole.Boilerplate, "legal");
                continue;
            }

            if (b.Class == BlockClass.Good)
            {
                return;
            }
        }
    }

    /// <summary>A readable dump of the decisions, for debugging.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var b in Blocks)
        {
            var t = Text(b);
            sb.Append(b.Role).Append('/').Append(b.Class).Append('/').Append(b.Reason).Append(": ")
                .Append(t[..Math.Min(t.Length, 70)]).Append('\n');
        }

        return sb.ToString();
    }
}
