namespace Dyad.Language.Time;

/// <summary>One token's entry in the time lexicon: its kind, a small value (month number, quantity, ...) and a unit.</summary>
/// <param name="Kind">What the word is.</param>
/// <param name="Value">Month 1-12, ISO weekday 1-7, a quantity (-1 for "several"), an ordinal, or a sub-kind.</param>
/// <param name="Unit">The unit a unit word, compound or set word names.</param>
/// <param name="Mid">True when the word carried a <c>mid-</c> prefix.</param>
/// <param name="Weak">True when the word is a time word only in context: <c>May</c>, <c>March</c>, <c>Jan</c> without its period.</param>
internal readonly record struct LexEntry(LexKind Kind, int Value = 0, TimeUnit Unit = TimeUnit.None, bool Mid = false, bool Weak = false)
{
    public bool IsNone => Kind == LexKind.None;
}
