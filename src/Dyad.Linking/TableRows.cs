using System.Collections.Immutable;

namespace Dyad.Linking;

/// <summary>Reads the rows of a shipped fact table (<c>Data/*.tsv</c>): tab-separated UTF-8, <c>#</c> comment lines and
/// empty lines skipped, one header line, then rows of a fixed number of fields.</summary>
internal static class TableRows
{
    /// <summary>Each row after the header with its line number.</summary>
    /// <exception cref="InvalidDataException">A row has another number of fields (the message names the line).</exception>
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader, string source, int fields)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = false;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!header)
            {
                header = true;
                continue;
            }

            var row = line.Split('\t');
            if (row.Length != fields)
            {
                throw new InvalidDataException($"{source}:{number}: {row.Length} fields, expected {fields}.");
            }

            yield return (number, row);
        }
    }

    /// <summary>A field holding a <c>|</c>-separated list (empty: none), each item trimmed.</summary>
    public static ImmutableArray<string> List(string field) =>
        field.Length == 0 ? [] : [.. field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
