using System.Collections.Immutable;

namespace Dyad.Linking;

/// <summary>What one batch changed: the events created or changed (a store upserts them) and the ids of events that no
/// longer exist because they were merged into others or lost their earliest mention (a store deletes them).</summary>
/// <param name="Changed">New or changed events, by id.</param>
/// <param name="Removed">Ids of events gone, sorted.</param>
/// <param name="Added">Mentions taken from the batch.</param>
/// <param name="Skipped">Mentions skipped because their id was already linked (rerunning an article changes nothing).</param>
public sealed record LinkUpdate(ImmutableArray<LinkedEvent> Changed, ImmutableArray<string> Removed, int Added, int Skipped);
