namespace Dyad.Linking;

/// <summary>How much of a mention's date is known. <see cref="Unknown"/> is the default value.</summary>
public enum DateGranularity
{
    /// <summary>No date.</summary>
    Unknown,

    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>An ISO week.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,
}
