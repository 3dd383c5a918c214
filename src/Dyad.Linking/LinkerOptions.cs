namespace Dyad.Linking;

/// <summary>The linker's windows and threshold. The defaults are the rules in docs/linking.md.</summary>
public sealed record LinkerOptions
{
    /// <summary>The defaults.</summary>
    public static LinkerOptions Default { get; } = new();

    /// <summary>Days two stated days may differ and still be one event (time zones, a late-night meeting reported
    /// as the next day). Telephone calls get none: two calls on different days are two calls.</summary>
    public int DayTolerance { get; init; } = 1;

    /// <summary>Days before its article's date a mention dated only by its article may have happened.</summary>
    public int ReportLag { get; init; } = 2;

    /// <summary>Days after its article's date a planned mention without a stated date may take place.</summary>
    public int PlannedHorizon { get; init; } = 90;

    /// <summary>The least compatibility (0-1, product of the actor, code, place, issue and date fits) that links two mentions.</summary>
    public double Threshold { get; init; } = 0.5;
}
