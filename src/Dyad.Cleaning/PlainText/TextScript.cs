namespace Dyad.Cleaning.PlainText;

/// <summary>The writing system a run of letters belongs to, coarsely.</summary>
public enum TextScript
{
    /// <summary>No letters.</summary>
    None,

    /// <summary>Latin letters (English, French, German, Turkish, Vietnamese, ...).</summary>
    Latin,

    /// <summary>Cyrillic letters.</summary>
    Cyrillic,

    /// <summary>Greek letters.</summary>
    Greek,

    /// <summary>Arabic letters.</summary>
    Arabic,

    /// <summary>Hebrew letters.</summary>
    Hebrew,

    /// <summary>Chinese, Japanese and Korean characters.</summary>
    Cjk,

    /// <summary>Any other script (Devanagari, Thai, Georgian, ...).</summary>
    Other,
}
