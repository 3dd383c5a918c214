using System.IO.Compression;
using System.Text;

namespace Dyad.Cli.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void BadInputsAreNamedCountedAndTheRestIsProcessedWithExitCode2()
    {
        var dir = DyadProcess.TempDir();
        var inputs = Path.Combine(dir, "in");
        Directory.CreateDirectory(inputs);
        File.WriteAllText(Path.Combine(inputs, "good.txt"),
            "Presidents met on Friday in the capital and discussed trade, security and the war, officials said.\n");
        File.WriteAllBytes(Path.Combine(inputs, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(inputs, "binary.txt"), [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x00, 0xFF, 0x00, 0x01, 0x02]);
        var gz = new MemoryStream();
        using (var z = new GZipStream(gz, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(Encoding.UTF8.GetBytes(new string('x', 5000) + " some text that will be cut off"));
        }

        File.WriteAllBytes(Path.Combine(inputs, "cut.txt.gz"), gz.ToArray()[..(int)(gz.Length / 2)]);
        File.WriteAllText(Path.Combine(inputs, "lines.jsonl"),
            "{\"text\": \"The first line is a fine article about talks between two leaders in Geneva.\"}\n{not json\n");
        var db = Path.Combine(dir, "dyad.db");

        var run = DyadProcess.Run("run", inputs, Path.Combine(dir, "missing-folder"), "--db", db);

        Assert.Equal(2, run.ExitCode);
        var output = run.Stdout;
        Assert.Contains("empty.txt", output, StringComparison.Ordinal);
        Assert.Contains("binary.txt", output, StringComparison.Ordinal);
        Assert.Contains("cut.txt.gz", output, StringComparison.Ordinal);
        Assert.Contains("lines.jsonl:2", output, StringComparison.Ordinal);
        Assert.Contains("missing-folder", output, StringComparison.Ordinal);
        var export = DyadProcess.Run("export", "articles", "--db", db);
        Assert.Equal(2, export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void NothingToDoExitsWith1()
    {
        var dir = DyadProcess.TempDir();
        var run = DyadProcess.Run("run", Path.Combine(dir, "nothing-here"), "--db", Path.Combine(dir, "dyad.db"));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void AStoreThatIsNotADatabaseIsRefusedClearly()
    {
        var dir = DyadProcess.TempDir();
        var db = Path.Combine(dir, "dyad.db");
        File.WriteAllText(db, "not a database at all, but plain text long enough to fill a header page");
        var run = DyadProcess.Run("run", dir, "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(db, run.Stderr, StringComparison.Ordinal);
    }
}
