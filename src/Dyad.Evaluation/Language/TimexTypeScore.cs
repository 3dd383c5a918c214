namespace Dyad.Evaluation.Language;

/// <summary>Counts for one TIMEX3 type: gold annotations of the type, predictions of it, and how gold ones fared.</summary>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
public sealed class TimexTypeScore(string Type)
{
    /// <summary>The type.</summary>
    public string Type { get; } = Type;

    /// <summary>Gold annotations of this type.</summary>
    public int Gold { get; internal set; }

    /// <summary>Predictions of this type.</summary>
    public int Predicted { get; internal set; }

    /// <summary>Gold annotations of this type with an overlapping prediction.</summary>
    public int Matched { get; internal set; }

    /// <summary>Matched gold annotations whose prediction has the same type.</summary>
    public int TypeCorrect { get; internal set; }

    /// <summary>Matched gold annotations whose prediction has the same value.</summary>
    public int ValueCorrect { get; internal set; }
}
