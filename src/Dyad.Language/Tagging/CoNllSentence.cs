namespace Dyad.Language.Tagging;

/// <summary>One sentence of a CoNLL-2003 file: each word with its part of speech, chunk and named-entity labels.</summary>
/// <param name="Words">The words.</param>
/// <param name="PartsOfSpeech">Penn Treebank tags, one per word.</param>
/// <param name="Chunks">Chunk labels (IOB1), one per word.</param>
/// <param name="Entities">Named-entity labels (IOB1), one per word.</param>
public sealed record CoNllSentence(IReadOnlyList<string> Words, IReadOnlyList<string> PartsOfSpeech, IReadOnlyList<string> Chunks, IReadOnlyList<string> Entities);
