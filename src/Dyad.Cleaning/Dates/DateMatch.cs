using Dyad.Core;

namespace Dyad.Cleaning.Dates;

/// <summary>A date found in text: where it is and what it says, with the precision it was written with.</summary>
/// <param name="Start">Offset of the first character of the date in the scanned text.</param>
/// <param name="Length">Number of characters the date covers.</param>
/// <param name="Date">The date as stated; a day and month without a year stays a <see cref="DatePrecision.MonthDay"/>.</param>
public readonly record struct DateMatch(int Start, int Length, PartialDate Date)
{
    /// <summary>One past the last character of the date.</summary>
    public int End => Start + Length;
}
