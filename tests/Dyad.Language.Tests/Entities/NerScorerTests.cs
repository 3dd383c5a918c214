using Dyad.Evaluation.Language;
using Dyad.Language.Entities;

namespace Dyad.Language.Tests.Entities;

public sealed class NerScorerTests
{
    [Fact]
    public void ScoresAHandExampleAsConllevalWould()
    {
        var scorer = new NerScorer();

        // Sentence 1: PER right; ORG given as LOC (wrong type); MISC missed.
        scorer.Add(
            ["I-PER", "I-PER", "O", "I-ORG", "O", "I-MISC"],
            ["I-PER", "I-PER", "O", "I-LOC", "O", "O"],
            ["John", "Smith", "of", "Acme", "in", "French"]);

        // Sentence 2: two adjacent LOCs (IOB1 B-) found; one spurious PER; an ORG cut short.
        scorer.Add(
            ["I-LOC", "B-LOC", "O", "O", "I-ORG", "I-ORG"],
            ["B-LOC", "B-LOC", "O", "I-PER", "I-ORG", "O"]);
        var result = scorer.Result();

        // Gold 6 (PER, ORG, MISC, LOC, LOC, ORG); predicted 6 (PER, LOC, LOC, LOC, PER, ORG); correct 3.
        Assert.Equal(6, result.Overall.Gold);
        Assert.Equal(6, result.Overall.Predicted);
        Assert.Equal(3, result.Overall.Correct);
        Assert.Equal(0.5, result.Overall.Precision, 6);
        Assert.Equal(0.5, result.Overall.Recall, 6);
        Assert.Equal(0.5, result.Overall.F1, 6);
        var loc = result.Types.Single(t => t.Type == "LOC");
        Assert.Equal((2L, 3L, 2L), (loc.Gold, loc.Predicted, loc.Correct));
        Assert.Equal(0.8, loc.F1, 6);
        Assert.Contains((NerErrorKind.WrongType, 1L), result.Errors);
        Assert.Contains((NerErrorKind.Missed, 1L), result.Errors);
        Assert.Contains((NerErrorKind.Spurious, 1L), result.Errors);
        Assert.Contains((NerErrorKind.Boundary, 1L), result.Errors);
        Assert.Equal(("ORG", "LOC", 1L), result.Confusions.Single());
        Assert.Contains(("French (MISC)", 1L), result.Examples[NerErrorKind.Missed]);
    }

    [Fact]
    public void ReadsChunksWithConllevalsStartAndEndRules()
    {
        Assert.Equal(
            [new EntitySpan(0, 2, "PER"), new EntitySpan(2, 3, "PER"), new EntitySpan(3, 4, "LOC"), new EntitySpan(5, 7, "ORG")],
            NerScorer.Chunks(["I-PER", "I-PER", "B-PER", "I-LOC", "O", "I-ORG", "I-ORG"]));

        // IOBES and BILOU read the same way.
        Assert.Equal(
            [new EntitySpan(0, 2, "PER"), new EntitySpan(2, 3, "LOC")],
            NerScorer.Chunks(["B-PER", "E-PER", "S-LOC"]));
        Assert.Equal(NerScorer.Chunks(["B-PER", "L-PER", "U-LOC"]), NerScorer.Chunks(["B-PER", "E-PER", "S-LOC"]));
    }

    [Fact]
    public void AnEmptyScorerScoresZeroWithoutDividingByZero()
    {
        var result = new NerScorer().Result();

        Assert.Equal(0, result.Overall.F1);
        Assert.Empty(result.Types);
    }
}
