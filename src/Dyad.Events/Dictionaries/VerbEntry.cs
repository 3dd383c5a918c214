using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>
/// A verb listed in a verb block (<c>HURRY {HURRIES HURRYING HURRIED }</c>, <c>+CORDON_OFF</c>,
/// <c>KLM_NOP_+RST [002]</c>).
/// </summary>
/// <param name="Verb">The verb as listed, words separated by one space (<c>CORDON OFF</c>).</param>
/// <param name="Words">The words of the verb phrase.</param>
/// <param name="HeadIndex">Which word is the verb proper (marked <c>+</c> in multi-word verbs; 0 otherwise).</param>
/// <param name="Forms">Inflected forms (whole phrases): those in <c>{...}</c> when given, else the regular
/// forms PETRARCH generates (S/ES, ED/D, ING) for the head word.</param>
/// <param name="IrregularFormsGiven">True when the forms came from <c>{...}</c> (possibly empty: <c>{}</c>).</param>
/// <param name="Code">The verb's own code, or null to use the block's.</param>
/// <param name="Location">File and line.</param>
public sealed record VerbEntry(string Verb, ImmutableArray<string> Words, int HeadIndex, ImmutableArray<string> Forms, bool IrregularFormsGiven, VerbCode? Code, DictionaryLocation Location);
