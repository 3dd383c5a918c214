using Dyad.Evaluation.Language;
using Dyad.Language.Chunking;

namespace Dyad.Language.Tests.Chunking;

public sealed class ChunkScorerTests
{
    [Fact]
    public void CountsOnlyExactPhraseMatchesAndGivesKnownPrecisionRecallAndF1()
    {
        var scorer = new ChunkScorer();

        // Gold: NP[0,2) VP[2,3) NP[3,5) PP[5,6) NP[6,7). Predicted: NP[0,2) ok, VP[2,3) ok, NP[3,4) wrong end,
        // NP[4,5) spurious, PP[5,6) ok, ADVP[6,7) wrong type.
        scorer.Add(
            ["I-NP", "I-NP", "I-VP", "I-NP", "I-NP", "I-PP", "I-NP"],
            ["B-NP", "I-NP", "B-VP", "B-NP", "B-NP", "B-PP", "B-ADVP"]);
        // A second sentence: one gold NP, found exactly.
        scorer.Add([new Chunk(0, 3, "NP")], [new Chunk(0, 3, "NP")]);

        var all = scorer.Overall;
        Assert.Equal((6L, 7L, 4L), (all.Gold, all.Predicted, all.Correct));
        Assert.Equal(4.0 / 7, all.Precision, 1e-12);
        Assert.Equal(4.0 / 6, all.Recall, 1e-12);
        Assert.Equal(2 * (4.0 / 7) * (4.0 / 6) / ((4.0 / 7) + (4.0 / 6)), all.F1, 1e-12);
        Assert.Equal(2, scorer.Sentences);

        var np = scorer.ByType.Single(s => s.Type == "NP");
        Assert.Equal((4L, 4L, 2L), (np.Gold, np.Predicted, np.Correct));
        var advp = scorer.ByType.Single(s => s.Type == "ADVP");
        Assert.Equal((0L, 1L, 0L, 0.0), (advp.Gold, advp.Predicted, advp.Correct, advp.F1));
        Assert.Equal(["ADVP", "NP", "PP", "VP"], scorer.ByType.Select(s => s.Type));
    }

    [Fact]
    public void EmptyScorerScoresZeroWithoutDividingByZero()
    {
        var all = new ChunkScorer().Overall;

        Assert.Equal((0.0, 0.0, 0.0), (all.Precision, all.Recall, all.F1));
    }
}
