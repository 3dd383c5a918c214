using Dyad.Evaluation.Language;
using Dyad.Language.Sentences;

namespace Dyad.Language.Tests.Sentences;

public sealed class SentenceEvaluationTests
{
    // Three documents: a sentence of the original broken by a line end ("in | a hotel"), and the same quote context
    // (after "said .", two quotes before it in the sentence, a capitalised word, no quote before the next stop) once
    // with the boundary before the quote and once after it.
    private static readonly string Conll = Document("The talks were held in", "a hotel .")
        + Document("\" It went well , \" he said .", "\" We will return . \"")
        + Document("\" It went well , \" he said . \"", "We will return . \"");

    /// <summary>A CoNLL document: one line per token (word and three placeholder columns), a blank line after each sentence.</summary>
    private static string Document(params string[] sentences)
        => "-DOCSTART- -X- O O\n\n" + string.Concat(sentences.Select(s => string.Concat(s.Split(' ').Select(w => w + " X O O\n")) + "\n"));

    private static IReadOnlyList<JoinedDocument> Documents(int copies)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-sentences-{Guid.NewGuid():N}.conll");
        try
        {
            File.WriteAllText(path, string.Concat(Enumerable.Repeat(Conll, copies)));
            return JoinedDocument.ReadConll(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TheCeilingCountsBoundariesInsideSentencesAndQuoteContextsWhoseGoldDisagrees()
    {
        var ceiling = SentenceEvaluation.Ceiling(Documents(1));

        Assert.Contains("6 gold boundaries; 1 lie inside a sentence of the original", ceiling, StringComparison.Ordinal);
        Assert.Contains("| open in text 0, in sentence even, next capitalised, quote before next stop no | 1 | 1 | 0 |", ceiling, StringComparison.Ordinal);
        Assert.Contains("cost 1 missed and 1 wrong boundaries", ceiling, StringComparison.Ordinal);
        Assert.Contains("at most F1 0.7273", ceiling, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsListTheBoundaryBeforeALowerCaseWordAsALineBreakInASentence()
    {
        var errors = SentenceEvaluation.Errors(Documents(1), LanguageModels.Sentences);

        Assert.Contains("missed\tbefore a non-starter (line break in a sentence)\tThe talks were held in [missed] a hotel", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossValidationScoresEveryDocumentOnceWithAModelThatDidNotSeeIt()
    {
        var (score, listing) = SentenceEvaluation.CrossValidate(Documents(4), folds: 2, iterations: 1);

        Assert.Equal(12, score.Documents);
        Assert.Equal(24, score.Gold);
        Assert.InRange(score.Correct, 12, 24);
        Assert.Equal(2, listing.Split("| all |").Length - 1);
    }
}
