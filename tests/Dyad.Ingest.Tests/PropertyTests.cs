using System.Text;
using Dyad.Testing;

namespace Dyad.Ingest.Tests;

/// <summary>Garbage in any format never throws: every input yields articles or failures naming it.</summary>
public sealed class PropertyTests
{
    private static readonly string[] Names = ["x.txt", "x.html", "x.jsonl", "x.warc", "x", "x.txt.gz", "x.jsonl.gz", "x.warc.gz"];

    [Fact]
    public void RandomBytesNeverThrowAndAlwaysNameTheInput()
    {
        using var dir = new TempFolder();
        var reader = new ArticleReader(new IngestOptions { MaxDocumentBytes = 64 * 1024 });
        Properties.ForAll(300, rng =>
        {
            var name = Names[rng.Next(Names.Length)];
            var path = dir.File(name, Garbage(rng, name));

            var skippedBefore = reader.SkippedRecords;
            var items = reader.Read(InputFile.FromPath(path)).ToList();

            Assert.True(items.Count > 0 || reader.SkippedRecords > skippedBefore, $"nothing from {name}");
            foreach (var item in items)
            {
                Assert.True(item.IsFailure ^ item.Article is not null);
                var locator = item.Failure?.Locator ?? item.Article!.Locator;
                Assert.StartsWith(path, locator, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(item.Failure?.Reason ?? item.Article!.Encoding));
            }
        });
    }

    private static byte[] Garbage(Random rng, string name)
    {
        byte[] body = rng.Next(4) switch
        {
            0 => RandomBytes(rng, rng.Next(0, 3000)),
            1 => Encoding.UTF8.GetBytes(Properties.HostileText(rng, 2000)),
            2 => Mutate(rng, Warc.Response("https://example.org/" + rng.Next(), "<html>" + Properties.HostileText(rng) + "</html>")),
            _ => Mutate(rng, Encoding.UTF8.GetBytes("{\"text\": \"" + Properties.HostileText(rng).Replace("\"", "", StringComparison.Ordinal) + "\"}\n{\"html\": 1}\n")),
        };
        if (name.EndsWith(".gz", StringComparison.Ordinal) && rng.Next(3) > 0)
        {
            body = TempFolder.Gzip(body);
            if (rng.Next(2) == 0)
            {
                body = body[..rng.Next(body.Length + 1)];
            }
        }

        return body;
    }

    private static byte[] RandomBytes(Random rng, int length)
    {
        var b = new byte[length];
        rng.NextBytes(b);
        return b;
    }

    private static byte[] Mutate(Random rng, byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        var flips = rng.Next(0, 6);
        for (var i = 0; i < flips && copy.Length > 0; i++)
        {
            copy[rng.Next(copy.Length)] = (byte)rng.Next(256);
        }

        return rng.Next(4) == 0 ? copy[..rng.Next(copy.Length + 1)] : copy;
    }
}
