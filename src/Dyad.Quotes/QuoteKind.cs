namespace Dyad.Quotes;

/// <summary>How a quote is reported.</summary>
public enum QuoteKind
{
    /// <summary>Verbatim words inside quotation marks: <c>“We will continue,” he said.</c></summary>
    Direct,

    /// <summary>Reported speech without quotation marks: <c>Rhodes said the reset was based on ...</c></summary>
    Indirect,

    /// <summary>A speaker's turn in a transcript, introduced by a label: <c>President of Russia Vladimir Putin: ...</c></summary>
    Transcript,

    /// <summary>Reported speech that carries a quoted fragment: <c>He said the relationship is “interest-based”.</c></summary>
    Mixed,
}
