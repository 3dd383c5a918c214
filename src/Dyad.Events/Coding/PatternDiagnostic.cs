namespace Dyad.Events.Coding;

/// <summary>A line of a pattern file that could not be read, and why; the rest of the file still loads.</summary>
/// <param name="Location">"file:line".</param>
/// <param name="Reason">What is wrong, in words.</param>
public sealed record PatternDiagnostic(string Location, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Reason}";
}
