namespace Dyad.Language.Tokens;

/// <summary>The coarse class of a token, decided by the scanner from its characters alone.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, hyphens, inner periods or apostrophes: <c>al-Assad</c>, <c>G20</c>, <c>P5+1</c>.</summary>
    Word,

    /// <summary>Digits with inner separators only: <c>1,000</c>, <c>1.5</c>, <c>23:15</c>, <c>03.03.2013</c>, <c>1996-08-30</c>.</summary>
    Number,

    /// <summary>A word that keeps its final period: <c>Mr.</c>, <c>U.S.</c>, <c>Gen.</c>, initials like <c>J.</c>.</summary>
    Abbreviation,

    /// <summary>A clitic split off its host as Penn Treebank does: <c>'s</c>, <c>n't</c>, <c>'re</c>, <c>'ll</c>.</summary>
    Clitic,

    /// <summary>Sentence-ending punctuation: <c>.</c>, <c>!</c>, <c>?</c>, an ellipsis.</summary>
    Terminal,

    /// <summary>Other punctuation: commas, colons, semicolons, brackets.</summary>
    Punctuation,

    /// <summary>A straight or typographic quotation mark or a lone apostrophe.</summary>
    Quote,

    /// <summary>A hyphen or dash standing alone: <c>-</c>, <c>--</c>, <c>–</c>, <c>—</c>.</summary>
    Dash,

    /// <summary>A web address: <c>http://…</c>, <c>www.…</c>.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>Anything else: currency and math signs, emoji, stray code units.</summary>
    Symbol,
}
