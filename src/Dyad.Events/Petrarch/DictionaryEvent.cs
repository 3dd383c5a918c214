using Dyad.Core;

namespace Dyad.Events.Petrarch;

/// <summary>
/// One event coded with a PETRARCH-2 / Phoenix dictionary set: source and target actor codes as the dictionaries
/// build them (country + agent: <c>RUSGOV</c>; agent alone: <c>---GOV</c>) and the verb's or pattern's code.
/// </summary>
/// <param name="Sentence">Index of the sentence in the annotated text.</param>
/// <param name="Source">The source actor code.</param>
/// <param name="Target">The target actor code.</param>
/// <param name="Code">The event code as the verb dictionary writes it (CAMEO for Phoenix, WEIS for the validation set).</param>
/// <param name="Verb">The characters of the verb that was coded.</param>
/// <param name="SourceSpan">The characters of the source noun phrase.</param>
/// <param name="TargetSpan">The characters of the target noun phrase.</param>
/// <param name="Pattern">The pattern that gave the code (as written), or null when the verb's own code was used.</param>
public sealed record DictionaryEvent(int Sentence, string Source, string Target, string Code, TextSpan Verb, TextSpan SourceSpan, TextSpan TargetSpan, string? Pattern)
{
    /// <summary>The triple PETRARCH prints: <c>SOURCE-TARGET-CODE</c>.</summary>
    public override string ToString() => $"{Source}-{Target}-{Code}";
}
