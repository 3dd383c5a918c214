namespace Dyad.Events.Dictionaries;

/// <summary>How bad a dictionary diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The line was read, with a repair or an assumption the message states.</summary>
    Warning,

    /// <summary>The line (or the part the message names) was skipped; the rest of the file loaded.</summary>
    Error,
}
