using System.Collections.Immutable;

namespace Dyad.Events.Coding;

/// <summary>
/// A verb pattern of the event coder: verbs (lemmas, with a particle after <c>_</c>), a rule on the direct object, where
/// the target comes from, and the CAMEO code it gives. See <c>src/Dyad.Events/Data/patterns.tsv</c> for the format.
/// </summary>
/// <param name="Code">The CAMEO event code ("040", "0871").</param>
/// <param name="Verbs">Lemmas, each optionally with "_particle" ("call_off").</param>
/// <param name="ObjectRule">What the object must be.</param>
/// <param name="ObjectWords">For <see cref="ObjectRuleKind.Words"/>, the alternatives, each a list of lower-case singular words that must all occur in the object.</param>
/// <param name="Targets">Where the target comes from, in order of preference: "obj", "pair" or a preposition; empty for none.</param>
/// <param name="Location">Where the pattern was read: "file:line".</param>
/// <param name="Example">A sentence the pattern codes, for documentation.</param>
public sealed record EventPattern(
    string Code,
    ImmutableArray<string> Verbs,
    ObjectRuleKind ObjectRule,
    ImmutableArray<ImmutableArray<string>> ObjectWords,
    ImmutableArray<string> Targets,
    string Location,
    string Example);
