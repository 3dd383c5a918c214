using System.Collections.Immutable;
using Dyad.Core;

namespace Dyad.Cleaning.PlainText;

/// <summary>Cleans text scraped from a web page: keeps every sentence of the article, drops the page furniture,
/// rejoins lines a scraper broke at links, and reads the metadata the page states.</summary>
/// <remarks>
/// <para><b>Output.</b> One paragraph per kept block (a line, or lines rejoined), each trimmed, separated by a blank
/// line (<c>"\n\n"</c>) so paragraph breaks survive a round trip through plain text. Lines rejoined at a link break
/// that starts with punctuation are joined directly (<c>Lavrov</c> + <c>, Presidential Aide</c>); other rejoined
/// lines get one space. Inserted separators map to the raw text around them; everything else is copied, so
/// <see cref="CleanedText.ToRaw"/> maps each character back to the raw text given to <see cref="Clean"/>.</para>
/// <para><b>Headline.</b> The headline is metadata (<see cref="ArticleMetadata.Title"/>) and is not repeated in the
/// body; lines above it are the page head. A dateline or agency lead (<c>BOCHAROV RUCHEI, May 24 (RIA Novosti) -</c>)
/// stays in its paragraph, as printed; a signature (<c>–PTI</c>), on its own line or run on after the last sentence, is
/// metadata, not body.</para>
/// <para><b>Signals</b> are general (<see cref="LineSignals"/>): sentence ends, length, function-word density,
/// captions and credits, label-value lines, contacts, counters, date lines, script, repetition within the page and
/// (with <see cref="PlainTextCleanerOptions.Corpus"/>) across the run, legal vocabulary in the tail, and the
/// neighbours of uncertain lines. Cleaning its own output again returns it unchanged.</para>
/// <para>Thread-safe; never throws on odd input (an empty text when nothing looks like an article).</para>
/// </remarks>
public sealed class PlainTextCleaner : IArticleCleaner
{
    private readonly PlainTextCleanerOptions _options;

    /// <summary>Creates a cleaner with the default options (no corpus statistics).</summary>
    public PlainTextCleaner()
        : this(PlainTextCleanerOptions.Default)
    {
    }

    /// <summary>Creates a cleaner with <paramref name="options"/>.</summary>
    public PlainTextCleaner(PlainTextCleanerOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <inheritdoc />
    public CleanedText Clean(string raw, ArticleHints hints)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var (page, metadata) = Analyse(raw, hints ?? ArticleHints.None);
        var builder = new MappedTextBuilder(raw, raw.Length);
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        var lines = page.Lines;
        foreach (var b in page.Blocks)
        {
            if (b.Role != LineRole.Body)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Insert("\n\n", b.Start);
            }

            var paragraphStart = builder.Length;
            for (var i = b.FirstLine; i <= b.LastLine; i++)
            {
                var line = lines[i];
                if (i > b.FirstLine && line.JoinWithSpace)
                {
                    builder.Insert(" ", line.Start);
                }

                builder.Copy(line.Start, line.End - line.Start - (i == b.LastLine ? b.CutEnd : 0));
            }

            paragraphs.Add(new TextSpan(paragraphStart, builder.Length));
        }

        var text = builder.Build(out var map);
        return new CleanedText(text, map, paragraphs.ToImmutable(), metadata);
    }

    /// <summary>The decision for every block of <paramref name="raw"/> (single document; with corpus statistics when
    /// the options carry them), in page order.</summary>
    public IReadOnlyList<LineDecision> Annotate(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var (page, _) = Analyse(raw, ArticleHints.None);
        var decisions = new List<LineDecision>(page.Blocks.Count);
        foreach (var b in page.Blocks)
        {
            decisions.Add(new LineDecision(new TextSpan(b.Start, b.End), b.Role, b.Reason));
        }

        return decisions;
    }

    private (PlainTextPage Page, ArticleMetadata Metadata) Analyse(string raw, ArticleHints hints)
    {
        var page = new PlainTextPage(raw, _options);
        page.Classify();
        var blocks = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(page.Blocks);

        var site = PlainTextMetadataReader.FindSiteName(page, _options.TitleSearchBlocks);
        Attested<string>? title = null;
        Attested<string>? titleSite = null;
        if (PlainTextMetadataReader.FindStatedTitle(page, hints.Title, _options.TitleSearchBlocks) is { } stated)
        {
            // The headline supplied beside the page, found printed in its head: the page's line is the evidence.
            page.SetTitle(stated.Block);
            title = stated.Title;
        }
        else if (PlainTextMetadataReader.FindTitle(page, site, _options.TitleSearchBlocks) is { } found)
        {
            page.SetTitle(found.Block);
            title = found.Title;
            titleSite = found.Site;
        }

        Attested<string>? signature = null;
        if (PlainTextMetadataReader.FindSignature(page) is { } sig)
        {
            PlainTextPage.Decide(ref blocks[sig.Block], BlockClass.Bad, LineRole.Metadata, "signature");
            signature = sig.Source;
        }

        Attested<string>? author = null;
        if (PlainTextMetadataReader.FindAuthor(page, _options.TitleSearchBlocks) is { } by)
        {
            PlainTextPage.Decide(ref blocks[by.Block], BlockClass.Bad, LineRole.Metadata, "byline");
            author = by.Author;
        }

        page.ResolveContext();
        if (signature is null && PlainTextMetadataReader.FindRunOnSignature(page) is { } runOn)
        {
            blocks[runOn.Block].CutEnd = runOn.Cut;
            signature = runOn.Source;
        }

        var (dateline, agency) = PlainTextMetadataReader.FindLead(page);
        dateline ??= PlainTextMetadataReader.FindHeadDateline(page, _options.TitleSearchBlocks);
        var published = PlainTextMetadataReader.FindPublished(page, dateline, _options.TitleSearchBlocks);
        foreach (ref var b in blocks)
        {
            // Date and label lines that stated the publication date are metadata, not just furniture.
            if (published?.Evidence.Span is { } span && b.Role == LineRole.Boilerplate && b.Start <= span.Start && span.End <= b.End)
            {
                b.Role = LineRole.Metadata;
            }
        }

        var metadata = new ArticleMetadata
        {
            Title = title,
            Source = signature ?? agency ?? site ?? titleSite,
            Author = author,
            Dateline = dateline,
            Published = published,
        };
        return (page, metadata);
    }
}
