namespace Dyad.Quotes;

/// <summary>What a quote attributes to its source: words said, or a state of mind, an aim or a finding.</summary>
public enum QuoteAttribution
{
    /// <summary>Words said or written: <c>said</c>, <c>told</c>, <c>according to</c>, a transcript turn.</summary>
    Speech,

    /// <summary>A belief, knowledge, feeling or stance: <c>believes that</c>, <c>fears</c>, <c>supports</c>, <c>criticized</c>.</summary>
    Belief,

    /// <summary>An aim or a decision: <c>wants to</c>, <c>plans to</c>, <c>called for</c>, <c>refused to</c>.</summary>
    Intention,

    /// <summary>What a poll, a study or a document shows: <c>the poll shows</c>, <c>investigators found that</c>.</summary>
    Evidence,
}
