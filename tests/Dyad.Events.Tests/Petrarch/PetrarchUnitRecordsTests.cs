using Dyad.Evaluation.Events;
using Dyad.Events.Dictionaries;
using Dyad.Events.Petrarch;
using Dyad.Testing;

namespace Dyad.Events.Tests.Petrarch;

/// <summary>
/// The PETRARCH-2 unit records coded from raw text with the <c>PETR.Validate.*</c> dictionaries
/// (<c>dyad eval petrarch</c>): the pass rate may not drop below the figure docs/dictionaries.md reports.
/// </summary>
public sealed class PetrarchUnitRecordsTests
{
    // Measured 245 of 284 exactly right (docs/dictionaries.md); the floor allows one record of slack.
    private const int Floor = 244;

    [SharedDataFact("event-coding/petrarch2")]
    public void UnitRecordsStayAtOrAboveTheReportedPassRate()
    {
        var records = PetrarchUnitEvaluation.Read(Path.Combine(Repo.SharedData!, PetrarchUnitEvaluation.RecordsPath));
        var report = PetrarchUnitEvaluation.Run(records, new DictionaryEventCoder(PetrarchDictionaries.Load(PetrarchUnitEvaluation.ValidationFiles(Repo.SharedData!))));

        Assert.Equal(284, records.Count);
        Assert.True(report.Right >= Floor, $"{report.Right} of {records.Count} records exactly right, below the floor of {Floor}:\n{PetrarchUnitEvaluation.ToMarkdown(report, showErrors: true)}");
    }
}
