namespace Dyad.Cleaning.PlainText;

/// <summary>What the cleaner decided a block of lines is.</summary>
public enum LineRole
{
    /// <summary>Article text, kept in the cleaned output.</summary>
    Body,

    /// <summary>The headline: metadata, not repeated in the body.</summary>
    Title,

    /// <summary>A line that states metadata (a publication date, a signature, a byline): not body.</summary>
    Metadata,

    /// <summary>Page furniture: dropped.</summary>
    Boilerplate,
}
