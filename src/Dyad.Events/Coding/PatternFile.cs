using System.Reflection;

namespace Dyad.Events.Coding;

/// <summary>Reads the tab-separated pattern files: comment lines start with '#', blank lines are skipped, each other line is parsed or becomes a diagnostic.</summary>
internal static class PatternFile
{
    /// <summary>A parser for one line: the record, or null and the reason.</summary>
    public delegate T? LineParser<T>(string line, string location, out string reason)
        where T : class;

    /// <summary>Parses every data line of <paramref name="reader"/>; locations are "<paramref name="name"/>:line".</summary>
    public static (List<T> Records, List<PatternDiagnostic> Diagnostics) Read<T>(TextReader reader, string name, LineParser<T> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        var records = new List<T>();
        var diagnostics = new List<PatternDiagnostic>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            var location = $"{name}:{number}";
            if (parse(line, location, out var reason) is { } record)
            {
                records.Add(record);
            }
            else
            {
                diagnostics.Add(new PatternDiagnostic(location, reason));
            }
        }

        return (records, diagnostics);
    }

    /// <summary>Reads an embedded resource of Dyad.Events ("Dyad.Events.Data.<paramref name="file"/>").</summary>
    public static (List<T> Records, List<PatternDiagnostic> Diagnostics) ReadEmbedded<T>(string file, LineParser<T> parse)
        where T : class
    {
        var resource = "Dyad.Events.Data." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from Dyad.Events.");
        using var reader = new StreamReader(stream);
        return Read(reader, file, parse);
    }
}
