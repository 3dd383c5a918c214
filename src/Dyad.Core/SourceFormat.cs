namespace Dyad.Core;

/// <summary>What kind of content a raw article holds.</summary>
public enum SourceFormat
{
    /// <summary>Text scraped from a web page, furniture and all.</summary>
    PlainText,

    /// <summary>An HTML page.</summary>
    Html,
}
