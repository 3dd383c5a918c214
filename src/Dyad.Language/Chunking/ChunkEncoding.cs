namespace Dyad.Language.Chunking;

/// <summary>How a chunker labels the words of a phrase internally (decoding accepts any of them).</summary>
public enum ChunkEncoding
{
    /// <summary><c>B-X</c> on the first word of every phrase, <c>I-X</c> on the rest, <c>O</c> outside (IOB2).</summary>
    Bio,

    /// <summary>As <see cref="Bio"/>, with <c>L-X</c> on the last word and <c>U-X</c> on one-word phrases.</summary>
    Bilou,
}
