namespace Dyad.Actors;

/// <summary>The role chosen for a person, and whether the date decided it.</summary>
/// <param name="Role">The chosen role.</param>
/// <param name="OnDate">True when the role was held on the requested date; false when no date was given (the most
/// recent role was taken) or the date falls outside every role (the nearest role was taken).</param>
public sealed record PersonRoleChoice(PersonRole Role, bool OnDate);
