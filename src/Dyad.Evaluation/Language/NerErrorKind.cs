namespace Dyad.Evaluation.Language;

/// <summary>How a predicted or gold entity failed to match.</summary>
public enum NerErrorKind
{
    /// <summary>A gold entity with no overlapping prediction.</summary>
    Missed,

    /// <summary>A predicted entity overlapping no gold entity.</summary>
    Spurious,

    /// <summary>A predicted entity with a gold entity's exact boundaries but another type.</summary>
    WrongType,

    /// <summary>A predicted entity overlapping a gold entity of its type with other boundaries.</summary>
    Boundary,

    /// <summary>A predicted entity overlapping a gold entity with other boundaries and another type.</summary>
    BoundaryAndType,
}
