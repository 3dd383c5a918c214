namespace Dyad.Evaluation.Events;

/// <summary>The scored records.</summary>
/// <param name="Results">Every record's result, in file order.</param>
public sealed record PetrarchUnitReport(IReadOnlyList<PetrarchUnitResult> Results)
{
    /// <summary>Records exactly right.</summary>
    public int Right => Results.Count(r => r.Right);

    /// <summary>Right / all.</summary>
    public double Rate => Results.Count == 0 ? 0 : (double)Right / Results.Count;

    /// <summary>Records and right ones by category, largest category first.</summary>
    public IEnumerable<(string Category, int Records, int Right)> ByCategory() =>
        Results.GroupBy(r => r.Record.Category, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Count(r => r.Right)))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal);
}
