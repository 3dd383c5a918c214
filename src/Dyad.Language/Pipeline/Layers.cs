namespace Dyad.Language.Pipeline;

/// <summary>The annotation layers of an <see cref="AnnotatedText"/>; stages declare which they require and produce.</summary>
[Flags]
public enum Layers
{
    /// <summary>No layer.</summary>
    None = 0,

    /// <summary>Tokens and their word strings.</summary>
    Tokens = 1,

    /// <summary>Sentences over the tokens.</summary>
    Sentences = 2,

    /// <summary>One Penn part-of-speech tag per token.</summary>
    PartsOfSpeech = 4,

    /// <summary>Shallow-parse phrases (NP, VP, PP, ...).</summary>
    Chunks = 8,

    /// <summary>Named entities (PER, ORG, LOC, MISC).</summary>
    Entities = 16,

    /// <summary>Time expressions with normalised values.</summary>
    Timexes = 32,
}
