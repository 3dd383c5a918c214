using System.Collections.Immutable;

namespace Dyad.Events.Coding;

/// <summary>
/// A noun pattern of the event coder: head nouns (with words that must stand before them), where the source and the
/// target come from, and the CAMEO code. See <c>src/Dyad.Events/Data/nominals.tsv</c> for the format.
/// </summary>
/// <param name="Code">The CAMEO event code.</param>
/// <param name="Nouns">Alternatives, each lower-case singular words whose last is the head.</param>
/// <param name="Sources">Where the source comes from, in order: "poss", "mod", "between" or a preposition.</param>
/// <param name="Targets">Where the target comes from, in order: "between", "mod" or a preposition.</param>
/// <param name="Location">Where the pattern was read: "file:line".</param>
/// <param name="Example">A phrase the pattern codes, for documentation.</param>
public sealed record NominalPattern(
    string Code,
    ImmutableArray<ImmutableArray<string>> Nouns,
    ImmutableArray<string> Sources,
    ImmutableArray<string> Targets,
    string Location,
    string Example);
