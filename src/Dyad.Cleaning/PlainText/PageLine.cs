namespace Dyad.Cleaning.PlainText;

/// <summary>One non-empty input line, trimmed: raw [Start, End), its indentation, and how it joins the line before.</summary>
internal struct PageLine
{
    public int Start;
    public int End;
    public int Indent;
    public bool BlankBefore;

    /// <summary>When this line continues the previous one inside a block: true to join with a space, false to join directly.</summary>
    public bool JoinWithSpace;
}
