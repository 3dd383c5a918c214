using System.CommandLine;
using Dyad.Cli.Running;
using Dyad.Ingest;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad run PATH... [--db FILE]</c>: processes files, folders and globs into the store.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (read recursively) or glob patterns (data/**/*.jsonl). Formats: scraped text, .html/.htm, .jsonl, .warc, each optionally .gz.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = CommonOptions.Db(mustExist: false);
        var maxDoc = CommonOptions.MaxDocumentMb();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary table; the exit code still tells." };
        var corpusPass = new Option<bool>("--corpus-pass")
        {
            Description = "Read the inputs twice: first count lines repeated across documents (a site's menus, footers, taglines), then clean with that signal. Best for many pages of the same sites; memory grows with the number of distinct lines.",
        };
        var dictionaries = DictionaryOption.Create("code events with them instead of Dyad's own patterns (the stored events' pattern column then reads petrarch:...).");
        var command = new Command("run", "Process articles into the store: read, clean, find metadata and duplicates, index for search.")
        {
            paths, db, maxDoc, quiet, corpusPass, dictionaries,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!DictionaryOption.TryLoad(result.GetValue(dictionaries), out var coder))
            {
                return 1;
            }

            var inputs = result.GetValue(paths) ?? [];
            var dbPath = result.GetValue(db)!;
            var options = new IngestOptions { MaxDocumentBytes = result.GetValue(maxDoc) * 1024L * 1024L };
            var err = Consoles.Error;
            DyadStore store;
            try
            {
                store = DyadStore.Open(dbPath);
            }
            catch (StoreException ex)
            {
                err.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return 1;
            }

            using (store)
            {
                var runner = new IngestRunner(Pipelines.CreatePreparer, options, result.GetValue(corpusPass)) { Dictionaries = coder };
                RunSummary summary;
                if (!result.GetValue(quiet) && Consoles.ErrorIsInteractive)
                {
                    summary = await err.Progress()
                        .AutoClear(true)
                        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                        .StartAsync(ctx => runner.RunAsync(inputs, store, new SpectreProgress(ctx), cancellationToken));
                }
                else
                {
                    summary = await runner.RunAsync(inputs, store, SilentProgress.Instance, cancellationToken);
                }

                if (!result.GetValue(quiet))
                {
                    SummaryView.Render(Consoles.Out, summary, store);
                }

                return summary.ExitCode;
            }
        });
        return command;
    }

    private sealed class SpectreProgress(ProgressContext context) : IRunProgress
    {
        private ProgressTask? _task;
        private int _done;
        private int _files;

        public void Start(int files, long bytes)
        {
            _files = files;
            _task = context.AddTask($"0/{files} files", maxValue: Math.Max(1, bytes));
        }

        public void FileStarted(string path)
        {
        }

        public void FileDone(string path, long bytes)
        {
            _done++;
            _task?.Increment(bytes);
            _task?.Description($"{_done}/{_files} files");
        }

        public void Finish() => _task?.StopTask();
    }
}
