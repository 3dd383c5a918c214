using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>One line of a PETRARCH issue list (<c>Phoenix.IssueCoding.txt</c>).</summary>
/// <param name="Phrase">The phrase as written, without the <c>~</c> markers and the code.</param>
/// <param name="Forms">The upper-case phrases it expands to: <c>n:</c> gives singular and plural, <c>v:</c> the
/// regular verb forms, <c>+</c> both a blank and a hyphen (<c>pre+k</c> → PRE K, PRE-K).</param>
/// <param name="Code">The issue code (<c>NUCLEAR_WEAPONS</c>), or null for ignore phrases.</param>
/// <param name="Kind">Issue or ignore phrase.</param>
/// <param name="Category">The enclosing <c>&lt;ISSUE CATEGORY="..."&gt;</c>, or null.</param>
/// <param name="Location">File and line.</param>
public sealed record IssueEntry(string Phrase, ImmutableArray<string> Forms, string? Code, IssueEntryKind Kind, string? Category, DictionaryLocation Location);
