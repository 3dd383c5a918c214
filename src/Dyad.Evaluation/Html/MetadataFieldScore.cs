namespace Dyad.Evaluation.Html;

/// <summary>How often one metadata field agreed with the evaluation set's annotation, over the pages annotated with
/// a non-empty value for it.</summary>
/// <param name="Field">The field (<c>title</c>, <c>author</c>, <c>date</c>).</param>
/// <param name="Annotated">Pages with a non-empty annotated value.</param>
/// <param name="Found">Of those, pages where the extractor stated a value.</param>
/// <param name="Correct">Of those, pages where the value equals the annotation (whitespace-normalised, case-insensitive;
/// dates compared as ISO days).</param>
public sealed record MetadataFieldScore(string Field, int Annotated, int Found, int Correct)
{
    /// <summary>Correct / Found.</summary>
    public double Precision => Found == 0 ? 0 : (double)Correct / Found;

    /// <summary>Correct / Annotated.</summary>
    public double Recall => Annotated == 0 ? 0 : (double)Correct / Annotated;
}
