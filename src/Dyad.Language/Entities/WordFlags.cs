namespace Dyad.Language.Entities;

/// <summary>Facts about a word that need its whole sentence or document, computed before tagging.</summary>
[Flags]
internal enum WordFlags : ulong
{
    None = 0,

    /// <summary>The word (case-insensitive) occurs written in lower case elsewhere in the document.</summary>
    LowerElsewhere = 1,

    /// <summary>The word occurs with a capital, not first in its sentence, in a mixed-case sentence elsewhere in the document.</summary>
    CapitalisedElsewhere = 2,

    /// <summary>The word's sentence has letters but none in lower case (headlines, datelines, tables).</summary>
    CapitalsSentence = 4,

    /// <summary>The word is in the first sentence of its document (usually the headline).</summary>
    FirstSentence = 8,

    /// <summary>The word (case-insensitive) occurs elsewhere in the document.</summary>
    Repeated = 16,

    /// <summary>The word occurs elsewhere in the document as the first word of a mixed-case sentence only (no mid-sentence evidence).</summary>
    CapitalisedOnlyInitially = 32,

    /// <summary>The word's sentence looks like a row of a results or price table: two or more numbers and no lower-case word longer than three letters.</summary>
    TableRow = 64,
}
