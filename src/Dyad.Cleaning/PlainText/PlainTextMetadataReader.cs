using System.Collections.Frozen;
using Dyad.Cleaning.Dates;
using Dyad.Core;

namespace Dyad.Cleaning.PlainText;

/// <summary>Reads what a plain-text page states about its article: headline, outlet, dateline, byline and
/// publication date, each with the span of the page that states it. Nothing is completed or guessed: a day without a
/// year stays partial.</summary>
internal static class PlainTextMetadataReader
{
    private const int TailBlocks = 3;
    private const int RecurrenceWindow = 100_000;

    /// <summary>General nouns that name a news outlet in a lead signature (<c>Xyz News -</c>), never site names.</summary>
    private static readonly FrozenSet<string> OutletNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "news", "agency", "press", "times", "post", "tribune", "herald", "journal", "wire", "service", "radio",
        "television", "tv", "telegraph", "gazette", "daily", "network", "media", "chronicle", "observer", "monitor",
        "express", "bulletin", "courier", "dispatch", "report", "review", "online", "newswire", "broadcasting",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletLookup = OutletNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A site name found by repetition: the same name trails a separator in two head lines.</summary>
    public static Attested<string>? FindSiteName(PlainTextPage page, int searchBlocks)
    {
        var segments = new List<(int Start, int End, int Block)>();
        var limit = Math.Min(page.Blocks.Count, searchBlocks + 5);
        for (var i = 0; i < limit; i++)
        {
            var b = page.Blocks[i];
            if (!b.IsSingleLine || b.Length > 200)
            {
                continue;
            }

            AddSiteSegments(page.Raw, b.Start, b.End, i, segments);

            // A short line of its own may be the bare site name (a logo's alt text).
            if (b.Class != BlockClass.Good && b.Words <= 6 && !b.Terminal)
            {
                AddSegment(page.Raw, b.Start, b.End, i, segments);
            }
        }

        for (var x = 0; x < segments.Count; x++)
        {
            for (var y = 0; y < segments.Count; y++)
            {
                var a = segments[x];
                var c = segments[y];
                if (a.Block == c.Block)
                {
                    continue;
                }

                var sa = page.Raw.AsSpan(a.Start, a.End - a.Start);
                var sc = page.Raw.AsSpan(c.Start, c.End - c.Start);
                if (sa.Length <= sc.Length && sc.StartsWith(sa, StringComparison.OrdinalIgnoreCase)
                    && (sa.Length == sc.Length || sc[sa.Length] == ' '))
                {
                    MarkBareSiteNames(page, sa, limit);
                    return Attest(page.Raw, a.Start, a.End, "text:site-name");
                }
            }
        }

        return null;
    }

    /// <summary>Head lines that hold nothing but the site name (<c>- Example News</c>) are furniture.</summary>
    private static void MarkBareSiteNames(PlainTextPage page, ReadOnlySpan<char> site, int limit)
    {
        var blocks = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(page.Blocks);
        for (var i = 0; i < limit; i++)
        {
            var text = page.Text(blocks[i]).TrimStart("-|\u2013\u2014 ");
            if (blocks[i].IsSingleLine && blocks[i].Class != BlockClass.Good && text.Equals(site, StringComparison.OrdinalIgnoreCase))
            {
                PlainTextPage.Decide(ref blocks[i], BlockClass.Bad, LineRole.Boilerplate, "site-name");
            }
        }
    }

    /// <summary>Finds the headline among the head blocks: a line that is not a sentence, of three to 25 words, above
    /// an article sentence, whose content words recur in the rest of the page; a trailing site name is not part of it.</summary>
    public static (int Block, Attested<string> Title, Attested<string>? Site)? FindTitle(PlainTextPage page, Attested<string>? siteName, int searchBlocks)
    {
        var blocks = page.Blocks;
        var limit = Math.Min(Math.Min(blocks.Count, searchBlocks), page.BodyStart);
        for (var i = 0; i < limit; i++)
        {
            var b = blocks[i];
            if (!b.IsSingleLine || b.Class == BlockClass.Bad || b.Words is < 3 or > 25 || b.Length > 250)
            {
                continue;
            }

            var text = page.Text(b);
            if (b.Class != BlockClass.Fragment && !(b.Terminal && text[^1] is '?' or '!'))
            {
                continue;
            }

            // A headline starts with a capital and is not the first half of a sentence broken over two lines.
            if (!char.IsUpper(text[0]) || (i + 1 < blocks.Count && LineSignals.StartsWithLowercase(page.Text(i + 1))))
            {
                continue;
            }

            if (LineSignals.IsHeading(text) || (IsBetweenSentences(page, i) && !HasFurnitureAbovePreviousSentence(page, i)))
            {
                continue;
            }

            if (!HasSentenceAfter(page, i)
                || (siteName is not null && text.Equals(siteName.Value, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var (hs, he, site) = SplitHeadline(page.Raw, b.Start, b.End, siteName);
            if (he > hs && LooksLikeHeadline(page.Raw.AsSpan(hs, he - hs)) && RecursElsewhere(page.Raw, hs, he, b.Start, b.End))
            {
                return (i, Attest(page.Raw, hs, he, "text:headline"), site);
            }
        }

        return null;
    }

    /// <summary>The block in the page head that prints <paramref name="title"/> (a headline supplied beside the page),
    /// alone or beside a site name, compared ignoring case and surrounding whitespace.</summary>
    public static (int Block, Attested<string> Title)? FindStatedTitle(PlainTextPage page, string? title, int searchBlocks)
    {
        var wanted = title.AsSpan().Trim();
        if (wanted.Length < 3)
        {
            return null;
        }

        var limit = Math.Min(page.Blocks.Count, searchBlocks);
        for (var i = 0; i < limit; i++)
        {
            var b = page.Blocks[i];
            var text = page.Text(b);
            var at = text.IndexOf(wanted, StringComparison.OrdinalIgnoreCase);
            if (b.IsSingleLine && b.Class != BlockClass.Good && at >= 0 && text.Length <= wanted.Length + 80)
            {
                return (i, Attest(page.Raw, b.Start + at, b.Start + at + wanted.Length, "text:headline-stated"));
            }
        }

        return null;
    }

    /// <summary>An agency signature in the last blocks (<c>–PTI</c>, <c>(AP)</c>), after the last article sentence.</summary>
    public static (int Block, Attested<string> Source)? FindSignature(PlainTextPage page)
    {
        var blocks = page.Blocks;
        var sawGood = false;
        var firstTail = Math.Max(0, blocks.Count - TailBlocks);
        for (var i = 0; i < firstTail; i++)
        {
            sawGood |= blocks[i].Class == BlockClass.Good;
        }

        for (var i = firstTail; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.IsSingleLine && b.Class != BlockClass.Good && sawGood && !HasSentenceAfter(page, i) && LineSignals.TryReadSignature(page.Text(b), out var name))
            {
                var (off, len) = name.GetOffsetAndLength(b.Length);
                return (i, Attest(page.Raw, b.Start + off, b.Start + off + len, "text:signature"));
            }

            sawGood |= b.Class == BlockClass.Good;
        }

        return null;
    }

    private static bool HasSentenceAfter(PlainTextPage page, int index)
    {
        for (var i = index + 1; i < page.Blocks.Count; i++)
        {
            if (page.Blocks[i].Class == BlockClass.Good)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An agency signature run on after the last sentence of the last body block (<c>… he said. –PTI</c>,
    /// <c>… on Friday. (AP)</c>); returns the block and how many characters to cut from its end.</summary>
    public static (int Block, int Cut, Attested<string> Source)? FindRunOnSignature(PlainTextPage page)
    {
        var index = page.Blocks.FindLastIndex(b => b.Role == LineRole.Body);
        if (index < 0)
        {
            return null;
        }

        var block = page.Blocks[index];
        var line = page.Lines[block.LastLine];
        var text = page.Raw.AsSpan(line.Start, line.End - line.Start);
        var space = text.LastIndexOf(' ');
        if (space <= 0 || text.Length - space > 32 || !(text[space + 1] is '(' or '-' or '\u2013' or '\u2014'))
        {
            return null;
        }

        var before = text[..space].TrimEnd();
        if (!LineSignals.EndsWithTerminalPunctuation(before) || !LineSignals.TryReadSignature(text[(space + 1)..], out var name))
        {
            return null;
        }

        var (off, len) = name.GetOffsetAndLength(text.Length - space - 1);
        var start = line.Start + space + 1 + off;
        return (index, text.Length - before.Length, Attest(page.Raw, start, start + len, "text:signature"));
    }

    /// <summary>A byline near the top or the bottom: <c>By Jane Doe</c>, <c>Author: Jane Doe</c>.</summary>
    public static (int Block, Attested<string> Author)? FindAuthor(PlainTextPage page, int searchBlocks)
    {
        var blocks = page.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i >= searchBlocks && i < blocks.Count - TailBlocks)
            {
                i = blocks.Count - TailBlocks - 1;
                continue;
            }

            var b = blocks[i];
            if (!b.IsSingleLine || b.Class == BlockClass.Good || b.Words > 8)
            {
                continue;
            }

            var text = page.Text(b);
            int skip;
            if (text.StartsWith("By ", StringComparison.Ordinal) || text.StartsWith("BY ", StringComparison.Ordinal))
            {
                skip = 3;
            }
            else if (text.StartsWith("Author:", StringComparison.OrdinalIgnoreCase))
            {
                skip = 7;
            }
            else if (text.StartsWith("Written by ", StringComparison.OrdinalIgnoreCase))
            {
                skip = 11;
            }
            else
            {
                continue;
            }

            var name = text[skip..].Trim();
            var nameStart = b.Start + skip + (text[skip..].Length - text[skip..].TrimStart().Length);
            if (IsPersonName(name))
            {
                return (i, Attest(page.Raw, nameStart, nameStart + name.Length, "text:byline"));
            }
        }

        return null;
    }

    /// <summary>Reads the lead of the first body paragraphs: <c>BOCHAROV RUCHEI, May 24 (RIA Novosti) - </c> gives a
    /// dateline and an agency; <c>Xyz News - </c> gives an outlet; <c>WASHINGTON - </c> a dateline place.</summary>
    public static (Attested<Dateline>? Dateline, Attested<string>? Agency) FindLead(PlainTextPage page)
    {
        var seen = 0;
        foreach (var b in page.Blocks)
        {
            if (b.Role != LineRole.Body)
            {
                continue;
            }

            if (++seen > 3)
            {
                break;
            }

            var lead = ReadLead(page.Raw, b.Start, page.Lines[b.FirstLine].End);
            if (lead.Dateline is not null || lead.Agency is not null)
            {
                return lead;
            }
        }

        return (null, null);
    }

    /// <summary>
    /// A dateline stated as a block of short lines in the page head (the first <paramref name="searchBlocks"/> blocks):
    /// a date line with its year, an optional time line, then a place line of one to four capitalised words
    /// (<c>June 18, 2012</c> / <c>23:15</c> / <c>Los Cabos</c>), as transcript and press-office pages print it under
    /// their lead. Null when there is no such block.
    /// </summary>
    public static Attested<Dateline>? FindHeadDateline(PlainTextPage page, int searchBlocks)
    {
        var end = Math.Min(page.Blocks.Count, searchBlocks);
        for (var i = 0; i < end; i++)
        {
            var b = page.Blocks[i];
            if (b.Reason != "date" || !DateScanner.TryFindFirst(page.Text(b), out var date) || date.Date.Year is null)
            {
                continue;
            }

            var next = i + 1;
            if (next < end && IsTimeOnly(page.Text(next)))
            {
                next++;
            }

            if (next >= end || page.Blocks[next].Role == LineRole.Body || !IsPlaceLine(page.Text(next)))
            {
                continue;
            }

            var place = page.Blocks[next];
            var text = page.Raw[b.Start..place.End];
            var dateline = new Dateline(page.Text(place).Trim().ToString(), date.Date, text);
            return new Attested<Dateline>(dateline, new Evidence(new TextSpan(b.Start, place.End), text, "text:dateline-block"));
        }

        return null;
    }

    private static bool IsTimeOnly(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length is > 0 and <= 12 && DateScanner.TryMatchTimeAt(line, 0, out var length) && line[length..].Trim().Length <= 5;
    }

    /// <summary>One to four words, each starting with a capital letter (or a short lower-case particle between them), no
    /// digits, no sentence punctuation.</summary>
    private static bool IsPlaceLine(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is < 3 or > 40 || !char.IsUpper(line[0]))
        {
            return false;
        }

        var words = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            foreach (var c in word)
            {
                if (!(char.IsLetter(c) || c is '-' or '.' or '\''))
                {
                    return false;
                }
            }

            if (!char.IsUpper(word[0]) && word.Length > 3)
            {
                return false;
            }
        }

        return words is >= 1 and <= 4 && line[^1] != '.';
    }

    /// <summary>The publication date: a labelled date line (<c>Publication date: …</c>, <c>Posted on …</c>) anywhere,
    /// else a bare date line with its year above the first body paragraph, else the dateline's date (which may lack its year).</summary>
    public static Attested<PartialDate>? FindPublished(PlainTextPage page, Attested<Dateline>? dateline, int searchBlocks)
    {
        Attested<PartialDate>? headDate = null;
        var firstBody = page.Blocks.FindIndex(b => b.Role == LineRole.Body);
        firstBody = firstBody < 0 ? Math.Min(page.Blocks.Count, searchBlocks) : firstBody;
        for (var i = 0; i < page.Blocks.Count; i++)
        {
            var b = page.Blocks[i];
            if (b.Class == BlockClass.Good || b.Length > 100)
            {
                continue;
            }

            var text = page.Text(b);
            if (!DateScanner.TryFindFirst(text, out var date))
            {
                continue;
            }

            var before = text[..date.Start];
            if (before.Contains("updat", StringComparison.OrdinalIgnoreCase) || before.Contains("modif", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (before.Contains("publi", StringComparison.OrdinalIgnoreCase) || before.Contains("posted", StringComparison.OrdinalIgnoreCase)
                || before.Contains("date", StringComparison.OrdinalIgnoreCase))
            {
                return new Attested<PartialDate>(date.Date, new Evidence(new TextSpan(b.Start, b.End), text.ToString(), "text:labelled-date"));
            }

            if (headDate is null && b.Reason == "date" && i < firstBody && date.Date.Year is not null)
            {
                var end = date.End;
                var p = end;
                while (p < text.Length && text[p] is ',' or ' ')
                {
                    p++;
                }

                if (DateScanner.TryMatchTimeAt(text, p, out var timeLength))
                {
                    end = p + timeLength;
                }

                headDate = new Attested<PartialDate>(date.Date, Evidence(page.Raw, b.Start + date.Start, b.Start + end, "text:date-line"));
            }
        }

        if (headDate is not null)
        {
            return headDate;
        }

        if (dateline?.Value.Date is { } d && dateline.Evidence.Span is { } span)
        {
            var text = page.Raw.AsSpan(span.Start, span.Length);
            if (DateScanner.TryFindFirst(text, out var m))
            {
                return new Attested<PartialDate>(d, Evidence(page.Raw, span.Start + m.Start, span.Start + m.End, "text:dateline"));
            }
        }

        return null;
    }

    private static (Attested<Dateline>? Dateline, Attested<string>? Agency) ReadLead(string raw, int start, int lineEnd)
    {
        var line = raw.AsSpan(start, Math.Min(lineEnd - start, 120));
        var sep = -1;
        var sepLength = 0;
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if (line[i] is '-' or '\u2013' or '\u2014' && (line[i - 1] == ' ' || line[i - 1] == ')'))
            {
                var j = i;
                while (j < line.Length && line[j] is '-' or '\u2013' or '\u2014')
                {
                    j++;
                }

                if (j < line.Length && line[j] == ' ')
                {
                    sep = i;
                    sepLength = j - i;
                    break;
                }
            }
        }

        if (sep < 0)
        {
            return (null, null);
        }

        var prefix = line[..sep].TrimEnd();
        if (prefix.IsEmpty || !char.IsUpper(prefix[0]) || LineSignals.CountWords(prefix) > 8)
        {
            return (null, null);
        }

        Attested<string>? agency = null;
        var placePart = prefix;
        if (prefix[^1] == ')')
        {
            var open = prefix.LastIndexOf('(');
            if (open < 0)
            {
                return (null, null);
            }

            var name = prefix[(open + 1)..^1].Trim();
            if (IsCapitalisedWords(name, 5))
            {
                var nameStart = start + open + 1 + (prefix[(open + 1)..^1].Length - prefix[(open + 1)..^1].TrimStart().Length);
                agency = Attest(raw, nameStart, nameStart + name.Length, "text:lead-agency");
            }

            placePart = prefix[..open].TrimEnd().TrimEnd(',').TrimEnd();
        }
        else if (HasOutletNoun(prefix) && IsCapitalisedWords(prefix, 5))
        {
            return (null, Attest(raw, start, start + prefix.Length, "text:lead-signature"));
        }

        if (placePart.IsEmpty)
        {
            return (null, agency);
        }

        DateMatch date = default;
        var hasDate = DateScanner.TryFindFirst(placePart, out date);
        var place = (hasDate ? placePart[..date.Start] : placePart).TrimEnd().TrimEnd(',').TrimEnd();
        var datelineEnd = hasDate ? date.End : placePart.Length;
        if (hasDate && date.End < placePart.Length && placePart[date.End..].Trim().Length > 0)
        {
            return (null, agency);
        }

        if (place.IsEmpty || !IsAllCapsPlace(place))
        {
            return (null, agency);
        }

        var text = raw.Substring(start, datelineEnd);
        var dl = new Dateline(place.ToString(), hasDate ? date.Date : null, text);
        return (new Attested<Dateline>(dl, new Evidence(new TextSpan(start, start + datelineEnd), text, "text:dateline")), agency);
    }

    private static void AddSiteSegments(string raw, int start, int end, int block, List<(int, int, int)> segments)
    {
        var line = raw.AsSpan(start, end - start);
        if (line.Length > 2 && line[0] is '-' or '|' or '\u2013' or '\u2014' && line[1] == ' ')
        {
            AddSegment(raw, start + 2, end, block, segments);
            return;
        }

        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0)
        {
            var s = start + bar + 3;
            while (s < end)
            {
                var next = raw.AsSpan(s, end - s).IndexOf(" | ", StringComparison.Ordinal);
                var e = next < 0 ? end : s + next;
                AddSegment(raw, s, e, block, segments);
                s = next < 0 ? end : e + 3;
            }

            return;
        }

        var dash = LastDashSeparator(line);
        if (dash > 0)
        {
            AddSegment(raw, start + dash + 3, end, block, segments);
        }
    }

    private static void AddSegment(string raw, int s, int e, int block, List<(int, int, int)> segments)
    {
        var seg = raw.AsSpan(s, e - s);
        var trimmedStart = seg.Length - seg.TrimStart().Length;
        seg = seg.Trim();
        if (seg.Length is >= 2 and <= 60 && char.IsUpper(seg[0]) && LineSignals.CountWords(seg) <= 6)
        {
            segments.Add((s + trimmedStart, s + trimmedStart + seg.Length, block));
        }
    }

    /// <summary>Offset of the last <c> - </c>, <c> – </c> or <c> — </c> separator, or -1.</summary>
    private static int LastDashSeparator(ReadOnlySpan<char> line)
    {
        for (var i = line.Length - 2; i > 0; i--)
        {
            if (line[i] is '-' or '\u2013' or '\u2014' && line[i - 1] == ' ' && line[i + 1] == ' ')
            {
                return i - 1;
            }
        }

        return -1;
    }

    private static (int Start, int End, Attested<string>? Site) SplitHeadline(string raw, int start, int end, Attested<string>? siteName)
    {
        var line = raw.AsSpan(start, end - start);
        var site = siteName is null ? [] : siteName.Value.AsSpan();
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0)
        {
            // Segments around '|': the site name (known, or the shorter side) is not the headline.
            var left = line[..bar].Trim();
            var right = line[(bar + 3)..].Trim();
            var rightStart = start + bar + 3 + (line[(bar + 3)..].Length - line[(bar + 3)..].TrimStart().Length);
            var leftIsSite = !site.IsEmpty && left.StartsWith(site, StringComparison.OrdinalIgnoreCase);
            var rightIsSite = !site.IsEmpty && right.StartsWith(site, StringComparison.OrdinalIgnoreCase);
            if (leftIsSite && !rightIsSite)
            {
                return (rightStart, rightStart + right.Length, null);
            }

            var outlet = rightIsSite ? null : Attest(raw, rightStart, rightStart + right.Length, "text:title-site");
            return (start, start + left.Length, outlet);
        }

        var dash = LastDashSeparator(line);
        if (dash > 0 && !site.IsEmpty && line[(dash + 3)..].Trim().Equals(site, StringComparison.OrdinalIgnoreCase))
        {
            return (start, start + line[..dash].TrimEnd().Length, null);
        }

        return (start, end, null);
    }

    /// <summary>True when at least half of the headline's content words (four letters or more, not stop words), and at
    /// least two, occur in the page outside the headline's own block (above it, or in the next 100,000 characters).</summary>
    private static bool RecursElsewhere(string raw, int hs, int he, int blockStart, int blockEnd)
    {
        var words = 0;
        var found = 0;
        var i = hs;
        var before = raw.AsSpan(0, blockStart);
        // The article follows its headline closely; searching a bounded window keeps huge pages cheap.
        var after = raw.AsSpan(blockEnd, Math.Min(raw.Length - blockEnd, RecurrenceWindow));
        while (i < he)
        {
            if (!char.IsLetter(raw[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < he && char.IsLetter(raw[i]))
            {
                i++;
            }

            var word = raw.AsSpan(s, i - s);
            if (word.Length < 4 || StopWords.Contains(word))
            {
                continue;
            }

            words++;
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase) || after.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                found++;
            }
        }

        return words >= 2 && found * 2 >= words;
    }

    /// <summary>A headline has lower-case letters (all-capitals lines are table headers and section labels) and
    /// either two capitalised content words (names, or title case) or a capital start and a function word (sentence
    /// case).</summary>
    private static bool LooksLikeHeadline(ReadOnlySpan<char> text)
    {
        var lower = false;
        var capitalised = 0;
        var stop = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                lower |= char.IsLower(text[i]);
                i++;
            }

            if (StopWords.Contains(text[s..i]))
            {
                stop++;
            }
            else if (char.IsUpper(text[s]) && i - s >= 2)
            {
                capitalised++;
            }
        }

        return lower && (capitalised >= 2 || (char.IsUpper(text[0]) && stop > 0));
    }

    /// <summary>True when the nearest decided blocks on both sides of <paramref name="index"/> are full sentences.</summary>
    private static bool IsBetweenSentences(PlainTextPage page, int index) =>
        NearestDecided(page, index, -1) == BlockClass.Good && NearestDecided(page, index, 1) == BlockClass.Good;

    /// <summary>True when furniture (a caption, a label, a bare site name, or a fragment above every sentence of the
    /// page, such as a menu entry) precedes the sentence above
    /// <paramref name="index"/>: a sentence in the page head, such as a site tagline, rather than the article's lead.</summary>
    /// <remarks>A line between two article sentences is only a headline when the sentence above it sits in furniture;
    /// otherwise it may be a fragment the cleaner kept in the body, and taking it for a headline when cleaning the
    /// output again would drop the sentence above it. Cleaned text holds neither decided furniture nor fragments
    /// above its first sentence, so this never fires on a second cleaning.</remarks>
    private static bool HasFurnitureAbovePreviousSentence(PlainTextPage page, int index)
    {
        var i = index - 1;
        while (i >= 0 && page.Blocks[i].Class != BlockClass.Good)
        {
            i--;
        }

        var firstGood = page.Blocks.FindIndex(b => b.Class == BlockClass.Good);
        for (i--; i >= 0; i--)
        {
            if (page.Blocks[i].Class == BlockClass.Bad || (page.Blocks[i].Class == BlockClass.Fragment && i < firstGood))
            {
                return true;
            }
        }

        return false;
    }

    private static BlockClass? NearestDecided(PlainTextPage page, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < page.Blocks.Count; i += step)
        {
            var c = page.Blocks[i].Class;
            if (c is BlockClass.Good or BlockClass.Bad)
            {
                return c;
            }
        }

        return null;
    }

    private static bool HasOutletNoun(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            if (OutletLookup.Contains(text[s..i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitalisedWords(ReadOnlySpan<char> text, int maxWords)
    {
        if (text.IsEmpty || !char.IsUpper(text[0]) || LineSignals.CountWords(text) > maxWords)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '&' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A dateline place: a name in capital letters (with spaces, dots, hyphens, apostrophes), at least three
    /// letters, optionally followed by comma-separated capitalised regions: <c>BOCHAROV RUCHEI</c>, <c>ST. PETERSBURG</c>,
    /// <c>HEBRON, West Bank</c>.</summary>
    private static bool IsAllCapsPlace(ReadOnlySpan<char> text)
    {
        if (LineSignals.CountWords(text) > 6)
        {
            return false;
        }

        var comma = text.IndexOf(',');
        var city = comma < 0 ? text : text[..comma];
        var letters = 0;
        foreach (var c in city)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not (' ' or '.' or '-' or '\''))
            {
                return false;
            }
        }

        if (letters < 3)
        {
            return false;
        }

        var rest = comma < 0 ? [] : text[(comma + 1)..];
        var atStart = true;
        foreach (var c in rest)
        {
            if (c is ' ' or ',' or '-')
            {
                atStart = true;
                continue;
            }

            if (!(char.IsLetter(c) || c is '.' or '\'') || (atStart && !char.IsUpper(c)))
            {
                return false;
            }

            atStart = false;
        }

        return true;
    }

    private static bool IsPersonName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > 60)
        {
            return false;
        }

        var words = 0;
        var atStart = true;
        foreach (var c in name)
        {
            if (c is ' ' or ',')
            {
                atStart = true;
                continue;
            }

            if (atStart)
            {
                words++;
                atStart = false;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
            else if (!(char.IsLetter(c) || c is '.' or '-' or '\''))
            {
                return false;
            }
        }

        return words is >= 2 and <= 6;
    }

    private static Attested<string> Attest(string raw, int start, int end, string method)
    {
        var text = raw[start..end];
        return new Attested<string>(text, new Evidence(new TextSpan(start, end), text, method));
    }

    private static Evidence Evidence(string raw, int start, int end, string method) =>
        new(new TextSpan(start, end), raw[start..end], method);
}
