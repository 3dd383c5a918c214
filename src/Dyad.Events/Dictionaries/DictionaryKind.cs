namespace Dyad.Events.Dictionaries;

/// <summary>The kinds of PETRARCH/Phoenix dictionary files.</summary>
public enum DictionaryKind
{
    /// <summary>Actor phrases with (date-bounded) CAMEO actor codes (<c>*.actors.txt</c>).</summary>
    Actors,

    /// <summary>Generic agents (<c>[~GOV]</c>) combined with an actor's code (<c>*.agents.txt</c>).</summary>
    Agents,

    /// <summary>Verb blocks, synsets and patterns giving CAMEO event codes (<c>CAMEO.2.0.txt</c>, <c>*.verbs.txt</c>).</summary>
    Verbs,

    /// <summary>Phrases that stop a sentence or story from being coded (<c>*.discards.txt</c>).</summary>
    Discards,

    /// <summary>Issue phrases and their codes (<c>*.IssueCoding.txt</c>).</summary>
    Issues,

    /// <summary>A plain list of prepositions (<c>*.prepositions.txt</c>).</summary>
    Prepositions,
}
