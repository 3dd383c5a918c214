using System.Collections.Immutable;
using Dyad.Core;

namespace Dyad.Events.Clauses;

/// <summary>
/// The verb group of a clause: "would not accept", "were hosted", "agreed to hold", "did not reach".
/// </summary>
/// <param name="Span">The characters of the group, UTF-16, end exclusive.</param>
/// <param name="FirstToken">Index of the group's first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="HeadToken">Index of the main verb (the last verb of the group).</param>
/// <param name="Lemma">The main verb's base form, lower case ("hold" in "agreed to hold").</param>
/// <param name="Voice">Active or passive.</param>
/// <param name="Negated">Whether the group holds a negation ("not", "n't", "never").</param>
/// <param name="Modal">The modal verb, lower case ("will", "would", "could", "may", ...), or null.</param>
/// <param name="Tense">The tense the form shows.</param>
/// <param name="Governors">Base forms of the verbs that govern the main verb through "to" ("agree" in "agreed to hold", "expect" in "is expected to meet"), outermost first.</param>
/// <param name="Particle">A verb particle after the group ("called off", "backed down"), lower case, or null.</param>
public sealed record VerbGroup(
    TextSpan Span,
    int FirstToken,
    int TokenCount,
    int HeadToken,
    string Lemma,
    Voice Voice,
    bool Negated,
    string? Modal,
    VerbTense Tense,
    ImmutableArray<string> Governors,
    string? Particle);
