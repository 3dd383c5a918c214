namespace Dyad.Cleaning.Html;

/// <summary>One element of the page as the extractor sees it; indices follow document order, parents first.</summary>
internal struct PageNode
{
    public string Name;
    public HtmlElement? Element;
    public int Parent;
    public HtmlTagKind Kind;
    public byte Furniture;
    public bool BodyHint;
}

/// <summary>A text piece of a block: a run of text between two tags, or a break between cells or lines.</summary>
/// <param name="Start">Where the run starts in the raw HTML (references not yet decoded), or -1 for a break.</param>
/// <param name="End">Where the run ends in the raw HTML.</param>
/// <param name="InLink">Whether the text is inside a link.</param>
/// <param name="Furniture">The furniture readings in force where the text stands.</param>
internal readonly record struct BlockPiece(int Start, int End, bool InLink, byte Furniture)
{
    /// <summary>Whether the piece is a break rather than text.</summary>
    public bool IsBreak => Start < 0;
}

/// <summary>A paragraph candidate: the text of one block element, minus nested blocks.</summary>
internal sealed class PageBlock
{
    public PageBlock(int owner, HtmlTagKind kind, byte furniture)
    {
        Owner = owner;
        Kind = kind;
        Furniture = furniture;
    }

    /// <summary>Index of the block element in the node list.</summary>
    public int Owner { get; private set; }

    /// <summary>The block element's kind.</summary>
    public HtmlTagKind Kind { get; private set; }

    /// <summary>The furniture readings (<see cref="PageWalker.ByTag"/>, <see cref="PageWalker.ByClass"/>) of the block's element.</summary>
    public byte Furniture { get; private set; }

    /// <summary>The pieces in order.</summary>
    public List<BlockPiece> Pieces { get; } = [];

    /// <summary>Visible characters (whitespace runs count once).</summary>
    public int TextLength { get; set; }

    /// <summary>Visible characters inside links.</summary>
    public int LinkLength { get; set; }

    /// <summary>Commas (and their CJK forms): a sign of running prose.</summary>
    public int Commas { get; set; }

    /// <summary>Sentence ends (. ! ? and CJK forms).</summary>
    public int Stops { get; set; }

    /// <summary>Reuses an empty block for another element (the walk makes many that never get text).</summary>
    public void Reset(int owner, HtmlTagKind kind, byte furniture)
    {
        Owner = owner;
        Kind = kind;
        Furniture = furniture;
        Pieces.Clear();
        TextLength = 0;
        LinkLength = 0;
        Commas = 0;
        Stops = 0;
    }

    /// <summary>Share of the text inside links.</summary>
    public float LinkDensity => TextLength == 0 ? 0 : (float)LinkLength / TextLength;
}
