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

    public static bool ErrorIsInteractive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
}
