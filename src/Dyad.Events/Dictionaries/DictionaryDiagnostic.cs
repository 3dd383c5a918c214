namespace Dyad.Events.Dictionaries;

/// <summary>A problem met while reading a dictionary line. Readers never throw on bad lines: they report here.</summary>
/// <param name="Location">File and line.</param>
/// <param name="Severity">Whether the line was repaired or skipped.</param>
/// <param name="Reason">What is wrong, in words, quoting the offending text.</param>
public sealed record DictionaryDiagnostic(DictionaryLocation Location, DiagnosticSeverity Severity, string Reason)
{
    /// <summary><c>file:line: reason</c>, with <c>(skipped)</c> for errors.</summary>
    public override string ToString() =>
        Severity == DiagnosticSeverity.Error ? $"{Location}: {Reason} (skipped)" : $"{Location}: {Reason}";
}
