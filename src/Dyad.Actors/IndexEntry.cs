namespace Dyad.Actors;

/// <summary>One thing a name points at: its kind and its position in the knowledge base's list of that kind.</summary>
internal readonly record struct IndexEntry(IndexEntryKind Kind, int Id);
