namespace Dyad.Language.Entities;

/// <summary>
/// The lexical resources behind the entity tagger's gazetteer and cluster features, and its subtypes.
/// </summary>
internal sealed class EntityLexicon
{
    private readonly string _name;

    private EntityLexicon(string name) => _name = name;

    /// <summary>The lexicon new models are trained with (null while the build has none).</summary>
    public static EntityLexicon? Default => null;

    /// <summary>The lexicon a model was trained with, by its stored name; null for a model trained without one.</summary>
    /// <exception cref="InvalidDataException">The name is not a lexicon this build has.</exception>
    public static EntityLexicon? ForName(string name) => name switch
    {
        "" or "none" => null,
        _ => throw new InvalidDataException($"The entity model was trained with lexicon '{name}', which this build does not have."),
    };

    /// <summary>A short description stored in models, so that a model is not used with different resources unnoticed.</summary>
    public string Name => _name;

    /// <summary>Writes gazetteer classes and cluster paths for each word of a sentence.</summary>
    public void Annotate(ReadOnlySpan<string> words, ulong[] gazetteer, ulong[] clusters)
    {
        _ = words;
        _ = _name;
        _ = gazetteer;
        _ = clusters;
    }

    /// <summary>The finer type of a mention, or null.</summary>
    public string? Subtype(ReadOnlySpan<string> words, string type)
    {
        _ = words;
        _ = _name;
        _ = type;
        return null;
    }
}
