namespace Dyad.Language.Chunking;

/// <summary>The part of a phrase a label marks.</summary>
public enum ChunkPosition
{
    /// <summary>Outside any phrase (<c>O</c> or an unreadable label).</summary>
    Outside,

    /// <summary>First word (<c>B-</c>).</summary>
    Begin,

    /// <summary>Inside (<c>I-</c>): continues a phrase of the same type, or opens one.</summary>
    Inside,

    /// <summary>Last word (<c>E-</c> or <c>L-</c>).</summary>
    End,

    /// <summary>The only word (<c>S-</c> or <c>U-</c>).</summary>
    Unit,
}
