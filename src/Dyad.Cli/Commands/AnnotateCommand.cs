using System.CommandLine;
using Dyad.Cli.Output;
using Dyad.Core;
using Dyad.Events.Extraction;
using Dyad.Ingest;
using Dyad.Language.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad annotate FILE... --format jsonl [--published DATE] [--no-clean] [--dictionaries DIR]</c>: one JSON object per document, no store.</summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Files, folders or globs to annotate (any input format dyad run reads).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format("jsonl");
        var published = new Option<string?>("--published")
        {
            Description = "The publication date (YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD) to anchor relative dates; overrides the page's.",
            HelpName = "DATE",
        };
        published.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && !PartialDate.TryParse(v, out _))
            {
                r.AddError($"--published: '{v}' is not a date (use YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD).");
            }
        });
        var noClean = new Option<bool>("--no-clean") { Description = "Keep the text verbatim instead of cleaning it (offsets then point into the file as read)." };
        var maxDoc = CommonOptions.MaxDocumentMb();
        var dictionaries = DictionaryOption.Create("also code events with them, written as dictionary_events beside Dyad's own events.");
        var command = new Command("annotate", "Print one JSON object per document: cleaned text, metadata, entities, time expressions, quotes, events.")
        {
            files, format, published, noClean, maxDoc, dictionaries,
        };
        command.SetAction(result =>
        {
            if (!DictionaryOption.TryLoad(result.GetValue(dictionaries), out var coder))
            {
                return 1;
            }

            var preparer = Pipelines.CreatePreparer();
            var language = LanguagePipeline.Default;
            var anchor = result.GetValue(published) is { } p && PartialDate.TryParse(p, out var date) ? date : (PartialDate?)null;
            var clean = !result.GetValue(noClean);
            var set = InputExpander.Expand(result.GetValue(files) ?? []);
            var reader = new ArticleReader(new IngestOptions { MaxDocumentBytes = result.GetValue(maxDoc) * 1024L * 1024L });
            var failures = set.Failures.Count;
            var written = 0;
            foreach (var f in set.Failures)
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {f.Locator}: {f.Reason}");
            }

            using var stdout = Console.OpenStandardOutput();
            using var lines = new JsonLinesWriter(stdout);
            foreach (var file in set.Files)
            {
                foreach (var item in reader.Read(file))
                {
                    if (item.Failure is { } failure)
                    {
                        failures++;
                        Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {failure.Locator}: {failure.Reason}");
                        continue;
                    }

                    if (item.Warning is { } warning)
                    {
                        Consoles.Error.MarkupLineInterpolated($"[yellow]warning:[/] {item.Article!.Locator}: {warning}");
                    }

                    Document document;
                    try
                    {
                        document = preparer.Prepare(item.Article!, clean);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        failures++;
                        Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {item.Article!.Locator}: cleaning failed: {ex.Message}");
                        continue;
                    }

                    if (anchor is { } a)
                    {
                        document = document.WithMetadata(document.Metadata with
                        {
                            Published = new Attested<PartialDate>(a, new Evidence(null, a.ToString(), "cli:--published")),
                        });
                    }

                    AnnotatedText annotated;
                    System.Collections.Immutable.ImmutableArray<EventRecord> events;
                    System.Collections.Immutable.ImmutableArray<Dyad.Quotes.Quote> quotes;
                    List<Dyad.Actors.ActorResolution?> speakers;
                    System.Collections.Immutable.ImmutableArray<Dyad.Events.Petrarch.DictionaryEvent>? coded = null;
                    try
                    {
                        annotated = language.Annotate(document.Text, document.Metadata.Published?.Value);
                        quotes = EventExtractor.WithGroupSpeakers(annotated, Dyad.Quotes.QuoteExtractor.Extract(annotated));
                        events = EventExtractor.Default.Extract(annotated, quotes);
                        if (Running.PublicationDating.Infer(document, annotated, events) is { } inferred)
                        {
                            // As `run` does: a date inferred from the article's summits becomes the anchor, and the
                            // article is annotated again so that its relative dates resolve against it.
                            document = document.WithMetadata(document.Metadata with { Published = inferred });
                            annotated = language.Annotate(document.Text, inferred.Value);
                            quotes = EventExtractor.WithGroupSpeakers(annotated, Dyad.Quotes.QuoteExtractor.Extract(annotated));
                            events = EventExtractor.Default.Extract(annotated, quotes);
                        }

                        speakers = [.. quotes.Select(q => q.ResolvedSpeaker is { } s ? EventExtractor.Default.Resolve(s, annotated.Anchor) : null)];
                        coded = coder?.Code(annotated);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        failures++;
                        Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {item.Article!.Locator}: annotation failed: {ex.Message}");
                        continue;
                    }

                    lines.WriteLine(w => ArticleJson.WriteAnnotated(w, document, annotated, events, quotes, speakers, coded));
                    written++;
                }
            }

            return failures == 0 ? (written > 0 || set.Files.Count > 0 ? 0 : 1) : written > 0 ? 2 : 1;
        });
        return command;
    }
}
