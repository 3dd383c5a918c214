using Dyad.Testing;

namespace Dyad.Cli.Tests;

/// <summary><c>dyad eval dating</c> on the wire sample: every inferred date is right (the clues never guess).</summary>
public sealed class PublicationDatingEvalTests
{
    [SharedDataFact("te3-silver-wire-sample/articles.jsonl")]
    public void EvalDatingScoresTheWireSampleAndFindsNoWrongDate()
    {
        var run = DyadProcess.Run("eval", "dating", "--data", Repo.SharedData!);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("| nothing | 300 |", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| the dateline's day and month | 300 |", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("No wrong dates.", run.Stdout, StringComparison.Ordinal);
    }
}
