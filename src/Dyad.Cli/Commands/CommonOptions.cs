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

    /// <summary>Whether <paramref name="path"/> (a file or folder of the shared data) is missing; if so, says so on stderr.</summary>
    public static bool Missing(string path)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            return false;
        }

        Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {path} not found (pass --data DIR).");
        return true;
    }

    /// <summary>Writes a trained model to <paramref name="path"/> (creating its folder) and reports its size; returns exit code 0.</summary>
    public static int WriteModel(string path, Action<Stream> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var stream = File.Create(path))
        {
            save(stream);
        }

        Consoles.Error.MarkupLineInterpolated($"Wrote {path} ({new FileInfo(path).Length:N0} bytes).");
        return 0;
    }

    /// <summary>The model in <paramref name="path"/> when one is given, else <paramref name="shipped"/>.</summary>
    public static T ModelOrShipped<T>(string? path, Func<Stream, T> load, Func<T> shipped)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(shipped);
        if (path is null)
        {
            return shipped();
        }

        using var stream = File.OpenRead(path);
        return load(stream);
    }

    /// <summary><c>--out FILE</c> for a trained model, defaulting to <c>src/Dyad.Language/Models/<paramref name="fileName"/></c>.</summary>
    public static Option<string> ModelOut(string fileName) => new("--out")
    {
        Description = "Where to write the model.",
        DefaultValueFactory = _ => Path.Combine("src", "Dyad.Language", "Models", fileName),
        HelpName = "FILE",
    };

    /// <summary><c>--iterations N</c>: training passes.</summary>
    public static Option<int> Iterations(int defaultValue, string description = "Training passes.") =>
        new("--iterations") { Description = description, DefaultValueFactory = _ => defaultValue };

    /// <summary><c>--seed N</c>: the seed for shuffling between training passes.</summary>
    public static Option<int> Seed(int defaultValue) =>
        new("--seed") { Description = "Seed for shuffling between passes.", DefaultValueFactory = _ => defaultValue };

    /// <summary>
    /// The CoNLL-2003 training file under <paramref name="dataDir"/> and the development file when present; false
    /// (after saying so on stderr) when the training file is missing.
    /// </summary>
    public static bool TryConll(string dataDir, out string train, out string? development)
    {
        train = Path.Combine(dataDir, "conll2003", "eng.train");
        var dev = Path.Combine(dataDir, "conll2003", "eng.testa");
        development = File.Exists(dev) ? dev : null;
        return !Missing(train);
    }
}
