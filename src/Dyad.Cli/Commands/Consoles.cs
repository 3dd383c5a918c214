using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>The two consoles: results to standard output, progress and messages to standard error.</summary>
internal static class Consoles
{
    public static IAnsiConsole Out { get; } = AnsiConsole.Console;

    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>Writes markup whose interpolated values are escaped, so file names with brackets print as they are.</summary>
    public static void MarkupLineInterpolated(this IAnsiConsole console, FormattableString value)
    {
        var args = value.GetArguments().Select(a => (object?)Markup.Escape(Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)).ToArray();
        console.MarkupLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, value.Format, args));
    }

    public static bool ErrorIsInteractive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
}
