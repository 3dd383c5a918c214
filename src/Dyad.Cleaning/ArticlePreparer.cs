using Dyad.Core;

namespace Dyad.Cleaning;

/// <summary>Turns a <see cref="RawArticle"/> into a <see cref="Document"/>: normalise, clean by format, merge stated metadata.</summary>
/// <remarks>Thread-safe when the cleaners are. The document's offset map goes from the cleaned text straight back to
/// the raw decoded content, through the normalisation step.</remarks>
public sealed class ArticlePreparer
{
    private readonly IArticleCleaner _plainText;
    private readonly IArticleCleaner _html;

    /// <summary>Creates a preparer from one cleaner per format.</summary>
    public ArticlePreparer(IArticleCleaner plainText, IArticleCleaner html)
    {
        _plainText = plainText ?? throw new ArgumentNullException(nameof(plainText));
        _html = html ?? throw new ArgumentNullException(nameof(html));
    }

    /// <summary>Prepares an article; with <paramref name="clean"/> false the text is the raw content verbatim.</summary>
    public Document Prepare(RawArticle article, bool clean = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        var normalized = TextNormalizer.Normalize(article.Content, out var toContent);
        var cleaner = article.Format == SourceFormat.Html ? _html : _plainText;
        var cleaned = cleaner.Clean(normalized, article.Hints);

        // Evidence spans were found in the normalised text; move them to the raw content.
        var metadata = MetadataMerger.Merge(MetadataMerger.MapEvidence(cleaned.Metadata, toContent), article.Hints);
        if (!clean)
        {
            return Document.Create(article.Name, article.Locator, article.Content, article.Content,
                OffsetMap.Identity(article.Content.Length), metadata, []);
        }

        return Document.Create(article.Name, article.Locator, article.Content, cleaned.Text,
            cleaned.ToRaw.Then(toContent), metadata, cleaned.Paragraphs);
    }
}
