using System.Collections.Immutable;

namespace Dyad.Evaluation.Events;

/// <summary>One record scored.</summary>
/// <param name="Record">The record.</param>
/// <param name="Produced">The distinct triples coded, sorted.</param>
/// <param name="Right">Whether the record is exactly right.</param>
public sealed record PetrarchUnitResult(PetrarchUnitRecord Record, ImmutableArray<string> Produced, bool Right);
