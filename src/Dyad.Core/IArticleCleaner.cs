namespace Dyad.Core;

/// <summary>Turns raw page content into clean article text with metadata; one per <see cref="SourceFormat"/>.</summary>
/// <remarks>Implementations are stateless after construction and thread-safe; they never throw on odd input,
/// returning an empty text instead when nothing looks like an article.</remarks>
public interface IArticleCleaner
{
    /// <summary>Cleans <paramref name="raw"/>, a text whose line endings and Unicode are already normalised.</summary>
    CleanedText Clean(string raw, ArticleHints hints);
}
