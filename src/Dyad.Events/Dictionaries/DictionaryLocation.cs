namespace Dyad.Events.Dictionaries;

/// <summary>Where a dictionary entry or diagnostic comes from: a file name and a 1-based line number.</summary>
/// <param name="File">The file's name as given to the reader (usually the name without folder).</param>
/// <param name="Line">1-based line number; 0 when the whole file is meant.</param>
public readonly record struct DictionaryLocation(string File, int Line)
{
    /// <summary><c>file:line</c>, or just the file for line 0.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
