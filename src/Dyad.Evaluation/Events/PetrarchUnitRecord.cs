using System.Collections.Immutable;

namespace Dyad.Evaluation.Events;

/// <summary>One PETRARCH-2 unit test record (<c>PETR.UnitTest.records.jsonl</c>).</summary>
/// <param name="Id">The record id (<c>DEMO-00</c>).</param>
/// <param name="Date">The story date the actor codes are taken on.</param>
/// <param name="Category">DEMO, SYNSET, COMPOUND, ...</param>
/// <param name="Text">The sentence.</param>
/// <param name="Expected">The expected triples <c>SOURCE-TARGET-CODE</c> (a missing part written <c>None</c>).</param>
/// <param name="ExpectNone">True when the record expects no event at all: <c>expect_no_events</c>, or an error
/// record (every part of its one triple missing: a discarded story or bad input).</param>
/// <param name="ConfigOverrides">PETRARCH config options the record sets, as <c>option=value</c>.</param>
public sealed record PetrarchUnitRecord(string Id, DateOnly Date, string Category, string Text, ImmutableArray<string> Expected, bool ExpectNone, ImmutableArray<string> ConfigOverrides);
