using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>
/// Finds a dictionary set's files: from the <c>[Dictionaries]</c> section of a PETRARCH <c>PETR_config.ini</c>
/// (<c>verbfile_name</c>, <c>actorfile_list</c>, <c>agentfile_name</c>, <c>discardfile_name</c>,
/// <c>issuefile_name</c>), else from file-name patterns.
/// </summary>
public static class PetrarchConfig
{
    /// <summary>The config file PETRARCH reads by default.</summary>
    public const string DefaultConfigName = "PETR_config.ini";

    /// <summary>
    /// Locates the files in <paramref name="directory"/>. The config is <paramref name="configFile"/> when given,
    /// else <c>PETR_config.ini</c> in the folder or in <c>../config/</c> (PETRARCH's own layout). Without a config,
    /// files are found by name: <c>*actors*</c>, <c>*agents*</c>, <c>*verbs*</c> or <c>CAMEO*</c>, <c>*discards*</c>,
    /// <c>*issue*</c>, <c>*prepositions*</c> (<c>.txt</c>, case-insensitive). Prepositions, which the config does not
    /// name, are always found by name.
    /// </summary>
    /// <param name="directory">The dictionary folder; must exist.</param>
    /// <param name="configFile">An explicit config file, or null.</param>
    /// <param name="diagnostics">Receives problems such as a configured file that is missing.</param>
    public static PetrarchDictionaryFiles Locate(string directory, string? configFile, ICollection<DictionaryDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = Find(directory, configFile, diagnostics);
        if (!files.All.Any())
        {
            diagnostics.Add(new(new(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)), 0), DiagnosticSeverity.Warning,
                $"no dictionary files found in {directory} (expected *.actors.txt, *.agents.txt, *verbs*.txt or CAMEO*.txt, ... or a {DefaultConfigName})"));
        }

        return files;
    }

    private static PetrarchDictionaryFiles Find(string directory, string? configFile, ICollection<DictionaryDiagnostic> diagnostics)
    {
        var config = configFile ?? FindConfig(directory);
        var txt = Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        var prepositions = Matching(txt, "prepositions");
        if (config is null)
        {
            var verbs = txt.Where(f => Contains(f, "verbs") || Path.GetFileName(f).StartsWith("CAMEO", StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
            var files = new PetrarchDictionaryFiles(verbs, Matching(txt, "actors"), Matching(txt, "agents"), Matching(txt, "discards"), Matching(txt, "issue"), prepositions);
            foreach (var (kind, list) in new[] { ("verb", files.Verbs), ("agent", files.Agents), ("discard", files.Discards), ("issue", files.Issues) })
            {
                if (list.Length > 1)
                {
                    diagnostics.Add(new(new(Path.GetFileName(directory), 0), DiagnosticSeverity.Warning,
                        $"{list.Length} {kind} files ({string.Join(", ", list.Select(Path.GetFileName))}) and no {DefaultConfigName}: all were loaded; add a config to choose"));
                }
            }

            return files;
        }

        return FromConfig(config, directory, prepositions, diagnostics);
    }

    private static string? FindConfig(string directory)
    {
        foreach (var candidate in new[] { Path.Combine(directory, DefaultConfigName), Path.Combine(directory, "..", "config", DefaultConfigName) })
        {
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static PetrarchDictionaryFiles FromConfig(string config, string directory, ImmutableArray<string> prepositions, ICollection<DictionaryDiagnostic> diagnostics)
    {
        var name = Path.GetFileName(config);
        string text;
        try
        {
            text = File.ReadAllText(config);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new(new(name, 0), DiagnosticSeverity.Error, $"cannot read config: {ex.Message}"));
            return PetrarchDictionaryFiles.None with { Prepositions = prepositions };
        }

        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        string? section = null;
        string? lastKey = null;
        var n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';')
            {
                continue;
            }

            if (trimmed[0] == '[')
            {
                section = trimmed.Trim('[', ']').Trim();
                lastKey = null;
                continue;
            }

            if (!string.Equals(section, "Dictionaries", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]) && lastKey is not null)
            {
                // ConfigParser continuation line: "actorfile_list = a.txt,\n    b.txt".
                values[lastKey] = (values[lastKey].Value + " " + trimmed, values[lastKey].Line);
                continue;
            }

            var eq = trimmed.IndexOfAny(['=', ':']);
            if (eq <= 0)
            {
                diagnostics.Add(new(new(name, n), DiagnosticSeverity.Warning, $"'{trimmed}' is not key = value"));
                continue;
            }

            lastKey = trimmed[..eq].Trim();
            values[lastKey] = (trimmed[(eq + 1)..].Trim(), n);
        }

        ImmutableArray<string> Files(string key)
        {
            if (!values.TryGetValue(key, out var v) || v.Value.Length == 0)
            {
                return [];
            }

            var result = ImmutableArray.CreateBuilder<string>();
            foreach (var file in v.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var path = Path.GetFullPath(Path.Combine(directory, file));
                if (File.Exists(path))
                {
                    result.Add(path);
                }
                else
                {
                    diagnostics.Add(new(new(name, v.Line), DiagnosticSeverity.Error, $"{key} names {file}, which is not in {directory}"));
                }
            }

            return result.ToImmutable();
        }

        return new PetrarchDictionaryFiles(
            Files("verbfile_name"), Files("actorfile_list"), Files("agentfile_name"), Files("discardfile_name"), Files("issuefile_name"), prepositions);
    }

    private static bool Contains(string path, string word) => Path.GetFileName(path).Contains(word, StringComparison.OrdinalIgnoreCase);

    private static ImmutableArray<string> Matching(List<string> files, string word) => [.. files.Where(f => Contains(f, word))];
}
