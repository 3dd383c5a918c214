using Dyad.Cleaning;
using Dyad.Cleaning.Html;
using Dyad.Cleaning.PlainText;

namespace Dyad.Cli.Commands;

/// <summary>Composes the processing stages the commands use; the one place that chooses implementations.</summary>
internal static class Pipelines
{
    public static ArticlePreparer CreatePreparer(CorpusLineStats? corpus = null) =>
        new(new PlainTextCleaner(new PlainTextCleanerOptions { Corpus = corpus }), new HtmlExtractor());
}
