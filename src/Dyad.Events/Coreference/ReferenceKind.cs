namespace Dyad.Events.Coreference;

/// <summary>How a phrase names what it refers to.</summary>
public enum ReferenceKind
{
    /// <summary>The phrase holds a name ("Russian President Vladimir Putin", "the Kremlin", "Putin's office").</summary>
    Named,

    /// <summary>A personal pronoun ("he", "his", "they", "its").</summary>
    Pronoun,

    /// <summary>A description of someone named earlier ("the Russian leader", "the president").</summary>
    Description,

    /// <summary>Several named before ("the two leaders", "both sides", "they" after "X and Y").</summary>
    Group,

    /// <summary>Nothing in the document says who it is ("a senior official", "protesters").</summary>
    Unresolved,
}
