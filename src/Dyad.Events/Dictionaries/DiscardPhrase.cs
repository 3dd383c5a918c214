namespace Dyad.Events.Dictionaries;

/// <summary>
/// A discard phrase: a sentence containing it is not coded (sports results, film festivals, history), or the
/// whole story is not when the line starts with <c>+</c>. Matching is case-insensitive.
/// </summary>
/// <param name="Phrase">Words separated by one space.</param>
/// <param name="WholeStory">True for <c>+PHRASE</c>: the entire story is skipped.</param>
/// <param name="WholeWord">True when the phrase ended in <c>_</c>: the match must end at a blank or punctuation;
/// otherwise the last word is a stem.</param>
/// <param name="Location">File and line.</param>
public sealed record DiscardPhrase(string Phrase, bool WholeStory, bool WholeWord, DictionaryLocation Location);
