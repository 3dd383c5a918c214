namespace Dyad.Events.Dictionaries;

/// <summary>
/// A verb transformation from the end of <c>CAMEO.2.0.txt</c>: <c>~ a (a b ATTACK) SAY = a b 015</c> recodes an
/// event embedded under another verb. Kept as written; not interpreted yet.
/// </summary>
/// <param name="Pattern">The left side (<c>a (a b ATTACK) SAY</c>).</param>
/// <param name="Result">The right side (<c>a b 015</c>).</param>
/// <param name="Location">File and line.</param>
public sealed record VerbTransformation(string Pattern, string Result, DictionaryLocation Location);
