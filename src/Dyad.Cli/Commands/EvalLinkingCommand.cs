using System.CommandLine;
using Dyad.Cli.Running;
using Dyad.Evaluation.Linking;
using Dyad.Ingest;
using Dyad.Linking;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad eval linking</c>: runs the wire sample (te3-silver-wire-sample, 300 AFP and Xinhua articles) through the
/// whole pipeline into a store, links its mentions, counts events before and after, and prints a seeded sample of
/// merges and non-merges with their context for a hand check (scored when a verdicts file is given).
/// </summary>
internal static class EvalLinkingCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("te3-silver-wire-sample/articles.jsonl");
        var pairs = new Option<int>("--pairs") { Description = "How many merges and how many non-merges to draw.", DefaultValueFactory = _ => 30 };
        var seed = new Option<int>("--seed") { Description = "The seed of the draw.", DefaultValueFactory = _ => 13 };
        var db = new Option<string?>("--db")
        {
            Description = "Keep the store in this file (reruns reuse it: articles already stored are skipped); default: a temporary file, deleted after.",
            HelpName = "FILE",
        };
        var verdicts = new Option<string?>("--verdicts")
        {
            Description = "A hand check: KEY<TAB>yes|no<TAB>note per pair (yes = the two mentions report one real-world event); prints the precision of each sample.",
            HelpName = "FILE",
        };
        var command = new Command("linking", "Linking on the wire sample: events before and after linking, and sampled merges and non-merges for a hand check.")
        {
            data, pairs, seed, db, verdicts,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var input = Path.Combine(result.GetValue(data)!, "te3-silver-wire-sample", "articles.jsonl");
            if (CommonOptions.Missing(input))
            {
                return 1;
            }

            Dictionary<string, Verdict>? judged = null;
            if (result.GetValue(verdicts) is { } verdictFile)
            {
                if (CommonOptions.Missing(verdictFile))
                {
                    return 1;
                }

                try
                {
                    judged = LinkingEvaluation.ReadVerdicts(verdictFile);
                }
                catch (FormatException ex)
                {
                    Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                    return 1;
                }
            }

            var keep = result.GetValue(db);
            var path = keep ?? Path.Combine(Path.GetTempPath(), $"dyad-eval-linking-{Environment.ProcessId}.db");
            try
            {
                using var store = DyadStore.Open(path);
                var runner = new IngestRunner(Pipelines.CreatePreparer, new IngestOptions(), corpusPass: false);
                var summary = await runner.RunAsync([input], store, SilentProgress.Instance, cancellationToken);
                foreach (var failure in summary.Failures)
                {
                    Consoles.Error.MarkupLineInterpolated($"[yellow]skipped:[/] {failure.Locator}: {failure.Reason}");
                }

                var mentions = EventLinking.ReadMentions(store);
                var events = EventLinker.Link(mentions);
                var (storedEvents, _) = store.CountEvents();
                if (storedEvents != events.Length)
                {
                    Consoles.Error.MarkupLineInterpolated($"[yellow]warning:[/] the store holds {storedEvents} events, a fresh link gives {events.Length}.");
                }

                var report = LinkingEvaluation.Run(mentions, events, result.GetValue(pairs), result.GetValue(seed));
                var context = MentionContext.From(store);
                Console.WriteLine(report.ToMarkdown(context.Of, judged));
                return 0;
            }
            catch (StoreException ex)
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return 1;
            }
            finally
            {
                if (keep is null)
                {
                    foreach (var suffix in (string[])["", "-wal", "-shm"])
                    {
                        File.Delete(path + suffix);
                    }
                }
            }
        });
        return command;
    }

    /// <summary>Each mention's sentence (or up to 400 characters around its evidence), the evidence in brackets.</summary>
    private sealed class MentionContext
    {
        private const int Reach = 200;
        private readonly Dictionary<string, string> _texts;
        private readonly Dictionary<string, (string Article, int Start, int End)> _spans;

        private MentionContext(Dictionary<string, string> texts, Dictionary<string, (string, int, int)> spans)
        {
            _texts = texts;
            _spans = spans;
        }

        public static MentionContext From(DyadStore store)
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in store.ReadArticles())
            {
                texts[a.Id] = a.Text;
            }

            var spans = new Dictionary<string, (string, int, int)>(StringComparer.Ordinal);
            foreach (var m in store.ReadEventMentions())
            {
                spans[m.Id] = (m.ArticleId, m.Start, m.End);
            }

            return new MentionContext(texts, spans);
        }

        public string Of(LinkMention mention)
        {
            if (!_spans.TryGetValue(mention.Id, out var span) || !_texts.TryGetValue(span.Article, out var text)
                || span.End > text.Length || span.Start > span.End)
            {
                return mention.Evidence;
            }

            var from = span.Start;
            while (from > 0 && span.Start - from < Reach && !(text[from - 1] == '\n' || (from > 1 && text[from - 1] == ' ' && text[from - 2] is '.' or '?' or '!')))
            {
                from--;
            }

            var to = span.End;
            while (to < text.Length && to - span.End < Reach && text[to] != '\n' && !(text[to] is '.' or '?' or '!' && (to + 1 == text.Length || text[to + 1] is ' ' or '\n' or '"')))
            {
                to++;
            }

            to = Math.Min(text.Length, to + 1);
            return (text[from..span.Start] + "[" + text[span.Start..span.End] + "]" + text[span.End..to]).Replace('\n', ' ').Trim();
        }
    }
}
