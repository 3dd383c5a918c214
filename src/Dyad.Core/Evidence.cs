namespace Dyad.Core;

/// <summary>Where a metadata value was read: the span of the raw input that states it, and how it was read.</summary>
/// <param name="Span">The span in <see cref="Document.RawText"/>, or null when the value came from outside the text
/// (a JSONL field, a WARC header, the command line).</param>
/// <param name="Text">The stated text, verbatim (for example <c>Publication date: June 18, 2012, 23:15</c>).</param>
/// <param name="Method">How it was found: <c>text:signature</c>, <c>html:meta:og:site_name</c>, <c>jsonl:published</c>, ...</param>
/// <param name="Inferred">True when the value was inferred rather than stated by the page.</param>
public sealed record Evidence(TextSpan? Span, string Text, string Method, bool Inferred = false);

/// <summary>A metadata value together with the evidence for it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed record Attested<T>(T Value, Evidence Evidence);
