namespace Dyad.Events.Dictionaries;

/// <summary>How <see cref="PetrarchDictionaries"/> loads a folder.</summary>
public sealed record PetrarchLoadOptions
{
    /// <summary>The defaults: find the config next to the dictionaries, repair what is safe to repair.</summary>
    public static PetrarchLoadOptions Default { get; } = new();

    /// <summary>A PETRARCH config whose <c>[Dictionaries]</c> section names the files; null to look for
    /// <c>PETR_config.ini</c> in the folder or in <c>../config/</c>.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>
    /// True to read exactly as PETRARCH does. False (the default) joins runs of code-less actor phrases into the
    /// record that follows them (see <see cref="ActorDictionaryReader"/>), with a warning for each.
    /// </summary>
    public bool Strict { get; init; }
}
