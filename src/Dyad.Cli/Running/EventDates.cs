namespace Dyad.Cli.Running;

/// <summary>The contract's event date (YYYY-MM-DD, YYYY-MM or YYYY) from a TIMEX3 value.</summary>
internal static class EventDates
{
    /// <summary>The calendar part of <paramref name="value"/>: its day, month or year; null when the value has no full year ("XXXX-05-24").</summary>
    public static string? Calendar(string value)
    {
        if (value.Length < 4 || !char.IsAsciiDigit(value[0]) || !char.IsAsciiDigit(value[1]) || !char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3]))
        {
            return null;
        }

        if (value.Length >= 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[8]))
        {
            return value[..10];
        }

        if (value.Length >= 7 && value[4] == '-' && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]))
        {
            return value[..7];
        }

        return value[..4];
    }
}
