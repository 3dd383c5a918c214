using System.CommandLine;

namespace Dyad.Cli.Commands;

/// <summary>Options several commands share, defined once so their names and help stay the same.</summary>
internal static class CommonOptions
{
    public static Option<string> Db(bool mustExist)
    {
        var option = new Option<string>("--db")
        {
            Description = "The SQLite store" + (mustExist ? "." : " (created when absent)."),
            DefaultValueFactory = _ => "dyad.db",
            HelpName = "FILE",
        };
        if (mustExist)
        {
            option.Validators.Add(result =>
            {
                var path = result.GetValueOrDefault<string>();
                if (!File.Exists(path))
                {
                    result.AddError($"No store at {path}: run 'dyad run PATH... --db {path}' first.");
                }
            });
        }

        return option;
    }

    public static Option<int> MaxDocumentMb() => new("--max-doc-mb")
    {
        Description = "Refuse single documents larger than this many MB (the rest of the run goes on).",
        DefaultValueFactory = _ => 64,
        HelpName = "MB",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(" or ", formats) + ".",
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join("|", formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>The shared data folder option, <c>../shared/data</c> by default; <paramref name="holds"/> says what is read there.</summary>
    public static Option<string> SharedData(string holds) => new("--data")
    {
        Description = $"The shared data folder (holds {holds}).",
        DefaultValueFactory = _ => Path.Combine("..", "shared", "data"),
        HelpName = "DIR",
    };

    public static Option<string?> Out() => new("--out")
    {
        Description = "Write to this file instead of standard output.",
        HelpName = "FILE",
    };
}
