using Dyad.Core;

namespace Dyad.Events.Extraction;

/// <summary>An event's source, target or claimant: who the words refer to, coded on the event's date when the knowledge base knows them.</summary>
/// <param name="Name">The actor's name: the knowledge base's, else the fullest name in the document, else the phrase.</param>
/// <param name="Code">The CAMEO actor code ("RUSGOV", "USAGOV", "IGOWSTNAT"), or null when unknown.</param>
/// <param name="Country">The actor's country (ISO3), or null.</param>
/// <param name="Span">The words in the text that name it here (a pronoun or a description may stand for a name said before).</param>
/// <param name="Text">Those words.</param>
/// <param name="Method">How the code was found (the knowledge base's resolution method), or null.</param>
public sealed record EventActor(string Name, string? Code, string? Country, TextSpan Span, string Text, string? Method);
