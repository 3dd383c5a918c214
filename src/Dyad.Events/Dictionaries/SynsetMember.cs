namespace Dyad.Events.Dictionaries;

/// <summary>One phrase of a synset.</summary>
/// <param name="Phrase">Words separated by one space; a member naming another synset keeps its <c>&amp;</c>.</param>
/// <param name="NoPlural">True when the phrase ended in <c>_</c> (or the synset's label did): no plural is formed.</param>
public readonly record struct SynsetMember(string Phrase, bool NoPlural)
{
    /// <summary>The phrase.</summary>
    public override string ToString() => Phrase;
}
