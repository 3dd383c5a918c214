namespace Dyad.Ingest.Tests;

internal static class Reading
{
    public static List<IngestItem> ReadAll(string path, IngestOptions? options = null) =>
        [.. new ArticleReader(options).Read(InputFile.FromPath(path))];

    public static IngestItem Single(string path, IngestOptions? options = null)
    {
        var items = ReadAll(path, options);
        Assert.Single(items);
        return items[0];
    }
}
