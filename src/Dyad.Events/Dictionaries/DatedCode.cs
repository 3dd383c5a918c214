namespace Dyad.Events.Dictionaries;

/// <summary>
/// An actor code with the dates it holds, as in <c>[RUSGOV 991231-080507]</c>, <c>[RUSGOV &gt;080508]</c>,
/// <c>[HOB &lt;950601]</c> or an undated default <c>[RUSELI]</c>. Bounds are inclusive ("or equal to").
/// </summary>
/// <param name="Code">The CAMEO actor code as written (<c>RUSGOV</c>, <c>IGOEEU</c>, <c>---</c> for none; TABARI's
/// multiple codes such as <c>ELR/GAL</c> are kept as one string).</param>
/// <param name="From">First day the code holds, or null for no lower bound.</param>
/// <param name="To">Last day the code holds, or null for no upper bound.</param>
public readonly record struct DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    /// <summary>True for an undated code: the actor's default when no dated code holds.</summary>
    public bool IsDefault => From is null && To is null;

    /// <summary>True when the code holds on <paramref name="date"/> (always true for a default code).</summary>
    public bool Holds(DateOnly date) => (From is not { } f || date >= f) && (To is not { } t || date <= t);

    /// <summary>The restriction as PETRARCH writes it: <c>CODE</c>, <c>CODE &gt;YYYYMMDD</c>, <c>CODE &lt;YYYYMMDD</c>
    /// or <c>CODE YYYYMMDD-YYYYMMDD</c>.</summary>
    public override string ToString() => (From, To) switch
    {
        (null, null) => Code,
        ({ } f, null) => $"{Code} >{f:yyyyMMdd}",
        (null, { } t) => $"{Code} <{t:yyyyMMdd}",
        ({ } f, { } t) => $"{Code} {f:yyyyMMdd}-{t:yyyyMMdd}",
    };
}
