using Dyad.Core;

namespace Dyad.Events.Coreference;

/// <summary>Someone or something named in a document: its fullest name there, its entity type, and the words that introduced it.</summary>
/// <param name="Name">The fullest form of the name in the document ("Vladimir Putin" for a later "Putin").</param>
/// <param name="Type">The entity type: PER, ORG, LOC or MISC.</param>
/// <param name="Span">The characters of the mention this reference resolved to.</param>
/// <param name="Descriptor">Title and nationality words that stood with the name where it was introduced ("Russian President"), or null.</param>
public sealed record Referent(string Name, string Type, TextSpan Span, string? Descriptor);
