using System.Collections.Immutable;
using Dyad.Core;

namespace Dyad.Cleaning.Html;

/// <summary>Extracts the main text of an HTML page and what the page states about itself (title, outlet, author,
/// publication date, address, language), mapping every character and every metadata value back to the raw HTML.</summary>
/// <remarks>
/// <para>No document tree is built: <see cref="PageWalker"/> reads the markup in one pass (tags as the HTML standard
/// reads them, nesting repaired as its tree builder would in the cases that matter for text, character references
/// decoded with AngleSharp's table) and flattens it into paragraph blocks (p, li, headings, table rows, pre,
/// blockquote, and divs holding text), each text run with its exact range in the raw HTML, and marks furniture:
/// navigation, asides, footers, hidden elements, and containers whose class or id names comments, share bars,
/// sidebars, related stories and the like. <see cref="ContentSelector"/> then picks the article container by readability-style
/// scoring and drops link lists inside it; <see cref="MappedTextWriter"/> writes the kept blocks.</para>
/// <para>Output: one paragraph per block, paragraphs separated by a blank line (<c>"\n\n"</c>), whitespace inside a
/// paragraph collapsed to single spaces, table cells separated by a space.</para>
/// <para>Thread-safe: each call works on its own state. Never throws on odd input; input with no markup, binary
/// junk, or absurdly deep nesting gives an empty text.</para>
/// </remarks>
public sealed class HtmlExtractor : IArticleCleaner
{
    private readonly HtmlExtractorOptions _options;

    /// <summary>Creates an extractor with <paramref name="options"/>, or the defaults.</summary>
    public HtmlExtractor(HtmlExtractorOptions? options = null)
    {
        _options = options ?? HtmlExtractorOptions.Default;
    }

    /// <summary>The settings in use.</summary>
    public HtmlExtractorOptions Options => _options;

    /// <inheritdoc />
    public CleanedText Clean(string raw, ArticleHints hints)
    {
        raw ??= string.Empty;
        try
        {
            return Extract(raw);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The parser and the walk are meant to cope with anything; should they not, the page yields nothing
            // rather than stopping a whole run.
            return Empty(raw);
        }
    }

    private CleanedText Extract(string raw)
    {
        var limit = Math.Min(raw.Length, Math.Max(0, _options.MaximumInputLength));
        if (limit == 0 || !LooksLikeMarkup(raw.AsSpan(0, limit)))
        {
            return Empty(raw);
        }

        var page = new PageWalker();
        if (!page.Walk(raw, limit, _options.MaximumDepth, _options.MaximumNesting))
        {
            // No article nests thousands of elements deep; such input is generated junk.
            return Empty(raw);
        }

        var blocks = ContentSelector.Select(page, raw, _options.IncludeTables, out var mask);
        if (_options.IncludeHeadline)
        {
            AddHeadline(page, blocks);
        }

        var writer = new MappedTextWriter(raw, limit);
        foreach (var block in blocks)
        {
            foreach (var piece in block.Pieces)
            {
                if (piece.IsBreak)
                {
                    writer.Break();
                    continue;
                }

                if ((piece.Furniture & mask & ~block.Furniture) != 0)
                {
                    continue;
                }

                writer.Append(piece.Start, piece.End);
            }

            writer.EndParagraph();
        }

        var text = writer.Build(out var map, out var paragraphs);
        var metadata = new HtmlMetadataReader(raw, limit, page).Read();
        return new CleanedText(text, map, paragraphs, metadata);
    }

    /// <summary>Puts the page's first headline before the article when the chosen blocks start after it without it.</summary>
    private static void AddHeadline(PageWalker page, List<PageBlock> blocks)
    {
        if (page.Headlines.Count == 0 || blocks.Count == 0)
        {
            return;
        }

        var headline = page.Headlines[0];
        if (headline > blocks[0].Owner)
        {
            return;
        }

        foreach (var block in page.Blocks)
        {
            if (block.Owner == headline)
            {
                // A headline may link to its own page; only furniture by tag or visibility keeps it out.
                if ((block.Furniture & PageWalker.ByTag) == 0 && !blocks.Contains(block))
                {
                    blocks.Insert(0, block);
                }

                return;
            }
        }
    }

    /// <summary>True when the text has a tag in it and is not mostly control characters (binary junk).</summary>
    private static bool LooksLikeMarkup(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, 4096)];
        var junk = 0;
        foreach (var c in sample)
        {
            if ((c < 0x20 && c is not ('\n' or '\t' or '\r')) || c == '\uFFFD')
            {
                junk++;
            }
        }

        if (junk * 10 > sample.Length)
        {
            return false;
        }

        var at = 0;
        while (at < text.Length)
        {
            var lt = text[at..].IndexOf('<');
            if (lt < 0 || at + lt + 1 >= text.Length)
            {
                return false;
            }

            var next = text[at + lt + 1];
            if (char.IsAsciiLetter(next) || next is '!' or '/')
            {
                return true;
            }

            at += lt + 1;
        }

        return false;
    }

    private static CleanedText Empty(string raw) => new(
        string.Empty,
        new OffsetMapBuilder().Build(raw.Length),
        ImmutableArray<TextSpan>.Empty,
        ArticleMetadata.Empty);
}
