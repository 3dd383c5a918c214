using System.Globalization;

namespace Dyad.Ingest;

/// <summary>Human-readable sizes for messages.</summary>
internal static class SizeText
{
    private const double Mebi = 1024.0 * 1024.0;

    /// <summary><c>200.0 MB</c>, <c>2.5 KB</c>, <c>17 bytes</c>.</summary>
    public static string Amount(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / Mebi).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : bytes >= 1024 ? (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    /// <summary>A limit: <c>64 MB</c>, <c>0.5 MB</c>, <c>2 KB</c>.</summary>
    public static string Limit(long bytes) =>
        bytes >= 1024 * 1024 || bytes % 1024 != 0 && bytes >= 1024 ? (bytes / Mebi).ToString("0.###", CultureInfo.InvariantCulture) + " MB"
        : bytes >= 1024 ? (bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    /// <summary>The refusal message: <c>document is 200.0 MB, over the 64 MB limit (--max-doc-mb)</c>.</summary>
    public static string OverLimit(string what, long size, bool atLeast, IngestOptions options) =>
        $"{what} is {(atLeast ? "more than " : string.Empty)}{Amount(size)}, over the {Limit(options.MaxDocumentBytes)} limit ({options.LimitOptionName})";
}
