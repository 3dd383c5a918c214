using Dyad.Core;
using Dyad.Dedup;
using Dyad.Storage;

namespace Dyad.Storage.Tests;

/// <summary>Builds documents by hand and opens throwaway stores in a temp folder.</summary>
internal static class Some
{
    public static string TempDb() => Path.Combine(Path.GetTempPath(), "dyad-tests", Guid.NewGuid().ToString("N"), "test.db");

    public static Document Doc(string text, string name = "a", ArticleMetadata? metadata = null) =>
        Document.Create(name, name + ".txt", text, text, OffsetMap.Identity(text.Length), metadata ?? ArticleMetadata.Empty,
            text.Length == 0 ? [] : [new TextSpan(0, text.Length)]);

    public static ArticleInfo Info(Document doc, DuplicateVerdict? verdict = null) =>
        new(SourceFormat.PlainText, "utf-8", Fingerprint.Of(doc.Text), verdict ?? DuplicateVerdict.Unique);

    public static string Story(int variant = 0) =>
        "US President Barack Obama would meet his Russian counterpart Vladimir Putin on the sidelines of the summit next week, "
        + "officials said on Friday, adding that both leaders would discuss their disagreement over the war and the sanctions. "
        + "The two presidents last met three years ago in Moscow and have spoken by phone several times since then, the aide said. "
        + (variant == 0 ? "Trade will also be on the agenda." : "Trade will also be on the agenda, he added.");
}
