namespace Dyad.Events.Petrarch;

/// <summary>How <see cref="DictionaryEventCoder"/> codes (the PETRARCH config options that mean something here).</summary>
public sealed record DictionaryCoderOptions
{
    /// <summary>The defaults (PETRARCH's: an event needs both a source and a target).</summary>
    public static DictionaryCoderOptions Default { get; } = new();

    /// <summary>
    /// PETRARCH's <c>require_dyad</c>: true (the default) codes an event only when both a source and a target actor
    /// are found; false also codes it with <c>---</c> in place of a missing one (an event naming no actor at all is
    /// never coded).
    /// </summary>
    public bool RequireDyad { get; init; } = true;
}
