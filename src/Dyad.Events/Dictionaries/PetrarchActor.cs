using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>
/// One actor record of a PETRARCH actor dictionary: a primary phrase, its <c>+</c> synonyms and its codes.
/// </summary>
/// <param name="Names">The primary phrase first, then the synonyms; words separated by one space (the file's
/// underscores and spaces both become a space; TABARI's final <c>_</c> is dropped).</param>
/// <param name="Codes">The codes in file order: inline on the primary line, then the tab-indented restrictions.</param>
/// <param name="Location">The primary phrase's line.</param>
public sealed record PetrarchActor(ImmutableArray<string> Names, ImmutableArray<DatedCode> Codes, DictionaryLocation Location)
{
    /// <summary>The primary phrase.</summary>
    public string Name => Names.IsDefaultOrEmpty ? string.Empty : Names[0];

    /// <summary>
    /// The code that holds on a date: the first dated code whose bounds contain it, else the first undated code,
    /// else null (the actor is known but codes nothing on that date).
    /// </summary>
    public string? CodeOn(DateOnly date)
    {
        string? fallback = null;
        foreach (var c in Codes)
        {
            if (c.IsDefault)
            {
                fallback ??= c.Code;
            }
            else if (c.Holds(date))
            {
                return c.Code;
            }
        }

        return fallback;
    }

    /// <summary>Every code the actor ever has, without repeats, in file order.</summary>
    public IEnumerable<string> DistinctCodes() => Codes.Select(c => c.Code).Distinct(StringComparer.Ordinal);
}
