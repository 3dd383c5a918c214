using Dyad.Core;

namespace Dyad.Events.Attributes;

/// <summary>An issue an event concerns: "Syria", "missile defence", "the Iranian nuclear programme".</summary>
/// <param name="Key">The issue's key in the vocabulary (upper case, e.g. "MISSILE_DEFENCE"), or "PLACE" for a country or region discussed.</param>
/// <param name="Label">A readable label ("missile defence"; the place's name for "PLACE").</param>
/// <param name="Span">The words in the text.</param>
/// <param name="Text">Their text.</param>
public sealed record EventIssue(string Key, string Label, TextSpan Span, string Text);
