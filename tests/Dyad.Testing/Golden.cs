using Xunit;

namespace Dyad.Testing;

/// <summary>Golden-file checks: compares text with a committed file; on mismatch writes <c>*.received.*</c> beside it.</summary>
/// <remarks>Set <c>UPDATE_GOLDEN=1</c> to accept the received text as the new golden file.</remarks>
public static class Golden
{
    /// <summary>Asserts that <paramref name="actual"/> equals the golden file at <paramref name="path"/>.</summary>
    public static void Verify(string path, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var received = ReceivedPath(path);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(path))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"Golden file {path} is missing; wrote {received}. Review it and rerun with UPDATE_GOLDEN=1 to accept.");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"{path} differs from the output; wrote {received} (diff them; UPDATE_GOLDEN=1 accepts).\n{FirstDifference(expected, actual)}");
        }

        File.Delete(received);
    }

    private static string ReceivedPath(string path)
    {
        var ext = Path.GetExtension(path);
        return Path.ChangeExtension(path, ".received" + ext);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return string.Empty;
    }
}
