namespace Dyad.Core;

/// <summary>An input that could not be read, or a part of one (a JSONL line, a WARC record), with the reason.</summary>
/// <param name="Locator">The path, plus <c>:LINE</c> or <c>#RECORD</c> when only part of the file failed.</param>
/// <param name="Reason">A message a user can act on (<c>invalid UTF-8 at byte 1234</c>, <c>truncated gzip stream</c>).</param>
public sealed record IngestFailure(string Locator, string Reason);
