using System.CommandLine;
using Dyad.Cli.Commands;

var root = new RootCommand("dyad: turns news articles into a structured, source-attributed record of political events.")
{
    RunCommand.Create(),
    ExportCommand.Create(),
    TimelineCommand.Create(),
    LinkCommand.Create(),
    AnnotateCommand.Create(),
    SearchCommand.Create(),
    BenchCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
    DictionariesCommand.Create(),
    CodebookCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
