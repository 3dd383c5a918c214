namespace Dyad.Language.Time;

/// <summary>The TimeML spellings of TIMEX3 types and modifiers, for output formats that follow TimeML.</summary>
public static class TimeMLNames
{
    /// <summary><c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</summary>
    public static string Type(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a TIMEX3 type."),
    };

    /// <summary>The <c>mod</c> attribute (<c>START</c>, <c>MID</c>, <c>END</c>, <c>APPROX</c>, ...), or null for none.</summary>
    public static string? Modifier(TimexModifier modifier) => modifier switch
    {
        TimexModifier.None => null,
        TimexModifier.Start => "START",
        TimexModifier.Mid => "MID",
        TimexModifier.End => "END",
        TimexModifier.Approx => "APPROX",
        TimexModifier.LessThan => "LESS_THAN",
        TimexModifier.MoreThan => "MORE_THAN",
        TimexModifier.EqualOrLess => "EQUAL_OR_LESS",
        TimexModifier.EqualOrMore => "EQUAL_OR_MORE",
        _ => throw new ArgumentOutOfRangeException(nameof(modifier), modifier, "Not a TIMEX3 modifier."),
    };
}
