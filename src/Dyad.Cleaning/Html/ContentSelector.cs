namespace Dyad.Cleaning.Html;

/// <summary>Chooses the blocks that make up the article: readability-style scoring of containers by the prose
/// their paragraphs hold, discounted by link density, then a pass that drops link lists and furniture inside.</summary>
/// <remarks>
/// <para>Each paragraph of at least <see cref="MinimumParagraph"/> visible characters scores one point, one per comma,
/// and one per hundred characters (at most three); the score goes to its parent in full, to its grandparent in half
/// and to older ancestors in shrinking shares. A container starts from a prior for its tag and its class names, and
/// its total is discounted by the share of its text inside links. The best container wins; siblings that score
/// nearly as well, or that hold clean prose, join it (articles split into several columns).</para>
/// <para>Furniture is judged twice: strictly (by tag, role, visibility and class names) and, when the strict reading
/// leaves almost nothing, leniently (by tag, role and visibility only), since some sites give their whole page a
/// class such as <c>no-sidebar</c>.</para>
/// </remarks>
internal static class ContentSelector
{
    private const int MinimumParagraph = 25;

    // Longer blocks are prose even when they mention subscribing.
    private const int MaximumCallToAction = 250;

    // A climb must raise the net prose value by this factor and by at least ClimbMinimum characters.
    private const float ClimbMargin = 1.3f;
    private const float ClimbMinimum = 50f;

    // Link-heavy text counts against a container twice as much as prose counts for it.
    private const float LinkPenalty = 2f;

    /// <summary>The article's blocks in document order; <paramref name="furnitureMask"/> tells which furniture
    /// reading was used, so that inline furniture inside kept blocks can be dropped the same way.</summary>
    public static List<PageBlock> Select(PageWalker page, string raw, bool includeTables, out byte furnitureMask)
    {
        furnitureMask = PageWalker.ByTag | PageWalker.ByClass;
        var strict = Select(page, raw, furnitureMask, includeTables);
        var strictLength = Length(strict);
        if (strictLength >= 250)
        {
            return strict;
        }

        var lenient = Select(page, raw, PageWalker.ByTag, includeTables);
        if (Length(lenient) > strictLength * 2)
        {
            furnitureMask = PageWalker.ByTag;
            return lenient;
        }

        return strict;
    }

    private static int Length(List<PageBlock> blocks)
    {
        var total = 0;
        foreach (var block in blocks)
        {
            total += block.TextLength;
        }

        return total;
    }

    private static List<PageBlock> Select(PageWalker page, string raw, byte furnitureMask, bool includeTables)
    {
        var nodes = page.Nodes;
        var count = nodes.Count;
        var result = new List<PageBlock>();
        if (count == 0)
        {
            return result;
        }

        var text = new int[count];
        var links = new int[count];
        var score = new float[count];
        var scored = new bool[count];
        foreach (var block in page.Blocks)
        {
            if ((block.Furniture & furnitureMask) != 0)
            {
                continue;
            }

            text[block.Owner] += block.TextLength;
            links[block.Owner] += block.LinkLength;
        }

        // Children follow their parents in the node list: one backward pass sums subtrees.
        for (var i = count - 1; i > 0; i--)
        {
            var parent = nodes[i].Parent;
            if (parent >= 0)
            {
                text[parent] += text[i];
                links[parent] += links[i];
            }
        }

        foreach (var block in page.Blocks)
        {
            if ((block.Furniture & furnitureMask) != 0 || block.TextLength < MinimumParagraph || block.Kind == HtmlTagKind.Heading)
            {
                continue;
            }

            var points = 1f + block.Commas + Math.Min(block.TextLength / 100, 3);
            var ancestor = nodes[block.Owner].Parent;
            if (block.Kind is HtmlTagKind.Block && nodes[block.Owner].Name is not "p")
            {
                // A div holding text directly is its own paragraph's container too.
                ancestor = block.Owner;
            }

            for (var level = 0; level < 5 && ancestor >= 0; level++)
            {
                if (!scored[ancestor])
                {
                    scored[ancestor] = true;
                    score[ancestor] = Prior(nodes[ancestor], furnitureMask);
                }

                score[ancestor] += level switch
                {
                    0 => points,
                    1 => points / 2,
                    _ => points / (level * 3),
                };
                ancestor = nodes[ancestor].Parent;
            }
        }

        var top = -1;
        var best = float.MinValue;
        var net = new float[count];
        foreach (var block in page.Blocks)
        {
            if ((block.Furniture & furnitureMask) == 0)
            {
                net[block.Owner] += Value(block);
            }
        }

        for (var i = count - 1; i > 0; i--)
        {
            if (nodes[i].Parent >= 0)
            {
                net[nodes[i].Parent] += net[i];
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (!scored[i] || (nodes[i].Furniture & furnitureMask) != 0)
            {
                continue;
            }

            var density = text[i] == 0 ? 0 : (float)links[i] / text[i];
            score[i] *= 1 - density;
            if (score[i] > best)
            {
                best = score[i];
                top = i;
            }
        }

        if (top < 0)
        {
            // No prose anywhere: keep every non-furniture block with little linking.
            foreach (var block in page.Blocks)
            {
                if ((block.Furniture & furnitureMask) == 0 && block.LinkDensity < 0.5f)
                {
                    result.Add(block);
                }
            }

            return result;
        }

        // Articles split into several containers (a lead box, body columns, a data table beside the text): climb to
        // the ancestor whose net prose value is clearly better, so long as the climb does not cross furniture.
        var climbed = false;
        var bestNet = net[top];
        for (var a = nodes[top].Parent; a >= 0; a = nodes[a].Parent)
        {
            if ((nodes[a].Furniture & furnitureMask) != 0)
            {
                break;
            }

            if (net[a] > bestNet * ClimbMargin && net[a] > bestNet + ClimbMinimum)
            {
                bestNet = net[a];
                top = a;
                climbed = true;
            }
        }

        var selected = new bool[count];
        selected[top] = true;
        var parentOfTop = nodes[top].Parent;
        if (parentOfTop >= 0 && !climbed)
        {
            var threshold = Math.Max(10f, best * 0.2f);
            for (var i = parentOfTop + 1; i < count; i++)
            {
                if (nodes[i].Parent != parentOfTop || i == top || (nodes[i].Furniture & furnitureMask) != 0)
                {
                    continue;
                }

                var density = text[i] == 0 ? 0 : (float)links[i] / text[i];
                if ((scored[i] && score[i] >= threshold)
                    || (text[i] > 80 && density < 0.25f && nodes[i].Kind is HtmlTagKind.Block)
                    || (nodes[i].BodyHint && text[i] > 80 && density < 0.25f))
                {
                    selected[i] = true;
                }
            }
        }

        // Inherit selection down the tree (parents come first).
        var inside = new bool[count];
        for (var i = 0; i < count; i++)
        {
            inside[i] = selected[i] || (nodes[i].Parent >= 0 && inside[nodes[i].Parent]);
        }

        foreach (var block in page.Blocks)
        {
            if (!inside[block.Owner] || (block.Furniture & furnitureMask) != 0)
            {
                continue;
            }

            if (!Keep(block, raw, nodes, text, links, includeTables))
            {
                continue;
            }

            result.Add(block);
        }

        return result;
    }

    /// <summary>What a block adds to its containers' net prose value: prose counts for, link lists and short
    /// labels against.</summary>
    private static float Value(PageBlock block)
    {
        var density = block.LinkDensity;
        if (density > 0.33f)
        {
            return -block.TextLength * LinkPenalty;
        }

        if (block.Kind == HtmlTagKind.Heading)
        {
            return 0;
        }

        if (block.TextLength >= MinimumParagraph)
        {
            return block.TextLength * (1 - density);
        }

        return block.Stops > 0 ? block.TextLength * 0.5f : -block.TextLength * 0.5f;
    }

    private static bool Keep(PageBlock block, string raw, List<PageNode> nodes, int[] text, int[] links, bool includeTables)
    {
        var density = block.LinkDensity;
        if (density > 0.5f)
        {
            return false;
        }

        if (IsNotice(block, raw))
        {
            return false;
        }

        if (block.Kind == HtmlTagKind.ListItem)
        {
            // An item of a list that is mostly links (related stories, tag lists) goes with its list.
            var list = nodes[block.Owner].Parent;
            if (list >= 0 && text[list] > 0 && (float)links[list] / text[list] > 0.5f)
            {
                return false;
            }
        }

        if (block.Kind == HtmlTagKind.TableRow && !includeTables)
        {
            return false;
        }

        return true;
    }

    // Calls to action that sites put between and after paragraphs: subscription and newsletter prompts, app
    // downloads, follow-us lines. Only short blocks are judged by them.
    private static readonly System.Buffers.SearchValues<string> CallsToAction = System.Buffers.SearchValues.Create(
        [
            "subscribe", "subscriber", "subscription", "sign up", "signing up", "newsletter", "download our app",
            "download the app", "follow us", "log in", "sign in to", "already a member", "support our journalism",
            "support local journalism", "stay up-to-date", "stay up to date", "never miss",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Copyright lines, bare advertisement labels and short calls to action: page notices, never article text.</summary>
    private static bool IsNotice(PageBlock block, string raw)
    {
        if (block.TextLength <= MaximumCallToAction)
        {
            foreach (var piece in block.Pieces)
            {
                if (!piece.IsBreak && raw.AsSpan(piece.Start, piece.End - piece.Start).ContainsAny(CallsToAction))
                {
                    return true;
                }
            }
        }

        string? first = null;
        foreach (var piece in block.Pieces)
        {
            if (!piece.IsBreak)
            {
                var data = HtmlReferences.DecodeAll(raw.AsSpan(piece.Start, piece.End - piece.Start), inAttribute: false);
                if (!string.IsNullOrWhiteSpace(data))
                {
                    first = data;
                    break;
                }
            }
        }

        if (first is null)
        {
            return false;
        }

        var start = first.AsSpan().TrimStart();
        if (start.StartsWith("\u00A9") || start.StartsWith("Copyright ", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (block.TextLength <= 16 && block.Pieces.Count == 1
            && start.TrimEnd().TrimEnd(':').Equals("Advertisement", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return false;
    }

    private static float Prior(in PageNode node, byte furnitureMask)
    {
        var prior = node.Name switch
        {
            "div" or "article" or "section" or "main" => 5f,
            "pre" or "td" or "blockquote" => 3f,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3f,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5f,
            _ => 0f,
        };

        if (node.BodyHint)
        {
            prior += 25;
        }

        if ((node.Furniture & furnitureMask & PageWalker.ByClass) != 0)
        {
            prior -= 25;
        }

        return prior;
    }
}
