namespace Dyad.Cleaning.PlainText;

/// <summary>A block: one line, or consecutive lines the cleaner rejoined; raw [Start, End) runs from the first
/// line's first character to the last line's last.</summary>
internal struct PageBlock
{
    public int FirstLine;
    public int LastLine;
    public int Start;
    public int End;
    public int Words;
    public bool Terminal;
    public BlockClass Class;
    public LineRole Role;
    public string Reason;

    /// <summary>Characters cut from the end of the last line (an agency signature run on after the last sentence).</summary>
    public int CutEnd;

    public readonly int Length => End - Start;

    public readonly bool IsSingleLine => FirstLine == LastLine;
}
