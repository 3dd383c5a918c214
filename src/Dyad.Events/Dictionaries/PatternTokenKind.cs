namespace Dyad.Events.Dictionaries;

/// <summary>What a token of a verb pattern stands for.</summary>
public enum PatternTokenKind
{
    /// <summary>A literal word (or <c>/</c>-separated alternatives such as <c>BY/WITH</c>).</summary>
    Word,

    /// <summary>A synset reference <c>&amp;NAME</c>: any of the synset's phrases.</summary>
    Synset,

    /// <summary><c>*</c>: where the verb itself stands.</summary>
    Verb,

    /// <summary><c>$</c>: the source actor goes here.</summary>
    Source,

    /// <summary><c>+</c>: the target actor goes here.</summary>
    Target,

    /// <summary><c>%</c>: a compound actor (both sides of a symmetric event) goes here.</summary>
    Compound,

    /// <summary><c>^</c>: skip a noun phrase (TABARI).</summary>
    Skip,

    /// <summary><c>(</c>: a prepositional phrase starts; its first word is the preposition.</summary>
    OpenPrepositionalPhrase,

    /// <summary><c>)</c>: the prepositional phrase ends.</summary>
    ClosePrepositionalPhrase,

    /// <summary><c>{</c>: a longer noun phrase starts; its last word is the head.</summary>
    OpenNounPhrase,

    /// <summary><c>}</c>: the noun phrase ends.</summary>
    CloseNounPhrase,
}
