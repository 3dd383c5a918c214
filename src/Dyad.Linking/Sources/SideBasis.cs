namespace Dyad.Linking.Sources;

/// <summary>What placed a report on its side.</summary>
public enum SideBasis
{
    /// <summary>The claimant's or quoted speaker's country.</summary>
    Claimant,

    /// <summary>The outlet's country (the report has no claimant with a known country).</summary>
    Outlet,

    /// <summary>Neither is known: the side is <see cref="SideBySide.Unknown"/>.</summary>
    Unknown,
}
