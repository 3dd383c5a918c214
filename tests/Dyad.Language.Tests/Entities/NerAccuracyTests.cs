using Dyad.Evaluation.Language;
using Dyad.Testing;

namespace Dyad.Language.Tests.Entities;

public sealed class NerAccuracyTests
{
    [SharedDataFact("conll2003/eng.testa")]
    public void ShippedModelScoresTheDevelopmentSetAsMeasured()
    {
        var report = NerEvaluation.Evaluate(LanguageModels.Entities, LanguageModels.Pos, Path.Combine(Repo.SharedData!, "conll2003", "eng.testa"));

        // Measured in docs/evaluation-language.md; the floor guards against regressions.
        Assert.Equal(5_942, report.Scores.Overall.Gold);
        Assert.True(report.Scores.Overall.F1 >= 0.925, $"F1 {report.Scores.Overall.F1:F4}");
        Assert.Contains("| overall | 5,942 |", report.ToMarkdown(), StringComparison.Ordinal);
    }
}
