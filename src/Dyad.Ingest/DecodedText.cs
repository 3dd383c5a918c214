namespace Dyad.Ingest;

/// <summary>Bytes decoded to text, with the encoding used and how it was chosen.</summary>
/// <param name="Text">The decoded text, byte-order mark removed, otherwise untouched.</param>
/// <param name="Encoding">The encoding and the evidence for it, e.g. <c>utf-8 (bom)</c> or <c>windows-1252 (fallback: invalid utf-8)</c>.</param>
/// <param name="Warning">Set when the bytes did not match what was expected (invalid UTF-8, an unknown charset label).</param>
public readonly record struct DecodedText(string Text, string Encoding, string? Warning);
