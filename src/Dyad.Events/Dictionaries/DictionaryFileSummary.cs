namespace Dyad.Events.Dictionaries;

/// <summary>One file loaded into a dictionary set.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Kind">What it was read as.</param>
/// <param name="Entries">Records read from it (actors, agents, patterns + verbs + synsets, phrases...).</param>
/// <param name="Diagnostics">Diagnostics it produced.</param>
/// <param name="Elapsed">Time to read and parse it.</param>
public sealed record DictionaryFileSummary(string Path, DictionaryKind Kind, int Entries, int Diagnostics, TimeSpan Elapsed);
