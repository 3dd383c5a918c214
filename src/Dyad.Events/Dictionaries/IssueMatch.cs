namespace Dyad.Events.Dictionaries;

/// <summary>An issue found in a sentence, as PETRARCH reports it: the code and how many phrases gave it.</summary>
/// <param name="Code">The issue code (<c>NUCLEAR_WEAPONS</c>).</param>
/// <param name="Count">How many matched phrases gave the code.</param>
/// <param name="Category">The category the phrases were listed under, or null.</param>
public sealed record IssueMatch(string Code, int Count, string? Category);
