using Dyad.Evaluation.Language;

namespace Dyad.Language.Tests.Tagging;

public sealed class PosEvaluationTests
{
    [Fact]
    public void SplitsAccuracyBetweenKnownAndUnknownWords()
    {
        var file = Path.GetTempFileName();
        try
        {
            // "Zqxwvutsrqp" is not in the training data; its gold tag is deliberately one the model will not give.
            File.WriteAllText(file, "-DOCSTART- -X- O O\n\nClinton NNP I-NP I-PER\nmet VBD I-VP O\nZqxwvutsrqp UH I-NP O\n. . O O\n\n");

            var report = PosEvaluation.Evaluate(LanguageModels.Pos, file);

            Assert.Equal(1, report.Sentences);
            Assert.Equal(4, report.Tokens);
            Assert.Equal(3, report.KnownTokens);
            Assert.Equal(1.0, report.KnownAccuracy);
            Assert.Equal(0.0, report.UnknownAccuracy);
            Assert.Equal(0.75, report.Accuracy);
            Assert.Equal("UH", Assert.Single(report.Confusions).Gold);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
