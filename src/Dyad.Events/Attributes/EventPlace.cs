using Dyad.Core;

namespace Dyad.Events.Attributes;

/// <summary>Where an event happened, as the text names it: "in Mexico", "at Lough Erne", "in the German capital of Berlin".</summary>
/// <param name="Name">The place's name (the location entity's text).</param>
/// <param name="Span">Its characters.</param>
/// <param name="Preposition">The preposition that introduced it ("in", "at", "near", ...).</param>
/// <param name="Subtype">The entity's subtype (GPE for countries and cities) or null.</param>
public sealed record EventPlace(string Name, TextSpan Span, string Preposition, string? Subtype);
