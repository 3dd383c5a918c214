using System.Collections.Immutable;
using Dyad.Events.Clauses;

namespace Dyad.Events.Coreference;

/// <summary>What a clause phrase refers to in its document.</summary>
/// <param name="Phrase">The phrase.</param>
/// <param name="Kind">How it names its referents.</param>
/// <param name="Referents">The named people, organisations or places it refers to (several for a group); empty when unresolved.</param>
public sealed record PhraseReference(ClausePhrase Phrase, ReferenceKind Kind, ImmutableArray<Referent> Referents);
