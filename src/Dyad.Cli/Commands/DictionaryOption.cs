using System.CommandLine;
using Dyad.Events.Dictionaries;
using Dyad.Events.Petrarch;

namespace Dyad.Cli.Commands;

/// <summary><c>--dictionaries DIR</c> on <c>dyad run</c> and <c>dyad annotate</c>: code events with a PETRARCH-2 / Phoenix dictionary set.</summary>
internal static class DictionaryOption
{
    public static Option<string?> Create(string effect) => new("--dictionaries")
    {
        Description = $"A folder of PETRARCH-2/Phoenix dictionaries (a PETR_config.ini, or *actors*.txt, *agents*.txt, *verbs*.txt or CAMEO*.txt, *discards*.txt): {effect}",
        HelpName = "DIR",
    };

    /// <summary>
    /// Loads the folder and builds the coder; null with an error printed when the folder is missing or holds no verb
    /// or no actor dictionary (nothing could be coded). Malformed lines are counted in one warning.
    /// </summary>
    public static bool TryLoad(string? folder, out DictionaryEventCoder? coder)
    {
        coder = null;
        if (folder is null)
        {
            return true;
        }

        var err = Consoles.Error;
        if (!Directory.Exists(folder))
        {
            err.MarkupLineInterpolated($"[red]error:[/] --dictionaries: no folder {folder}");
            return false;
        }

        var dictionaries = PetrarchDictionaries.Load(folder);
        if (dictionaries.Files.Verbs.IsEmpty || dictionaries.Files.Actors.IsEmpty)
        {
            err.MarkupLineInterpolated($"[red]error:[/] --dictionaries: {folder} holds no {(dictionaries.Files.Verbs.IsEmpty ? "verb dictionary (*verbs*.txt or CAMEO*.txt)" : "actor dictionary (*actors*.txt)")} and no {PetrarchConfig.DefaultConfigName} naming one");
            return false;
        }

        var skipped = dictionaries.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (skipped > 0)
        {
            err.MarkupLineInterpolated($"[yellow]warning:[/] {skipped} dictionary lines skipped as malformed (first: {dictionaries.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}); 'dyad dictionaries {folder}' lists them all");
        }

        coder = new DictionaryEventCoder(dictionaries);
        return true;
    }
}
