using Dyad.Core;
using Dyad.Dedup;

namespace Dyad.Storage;

/// <summary>What the store keeps about an article beyond its document: input format, encoding, fingerprint, duplicate verdict.</summary>
/// <param name="Format">Plain text or HTML.</param>
/// <param name="Encoding">How the bytes were decoded.</param>
/// <param name="Fingerprint">Exact hash and SimHash of the cleaned text.</param>
/// <param name="Duplicate">Whether it duplicates an earlier article.</param>
public sealed record ArticleInfo(SourceFormat Format, string Encoding, Fingerprint Fingerprint, DuplicateVerdict Duplicate);
