namespace Dyad.Ingest;

/// <summary>A file to read, as found by <see cref="InputExpander"/>.</summary>
/// <param name="Path">The path as the user gave it (or joined under the folder they gave); used in every locator.</param>
/// <param name="Length">The file's size in bytes when it was found (compressed size for gzip files).</param>
public sealed record InputFile(string Path, long Length)
{
    /// <summary>An input file for <paramref name="path"/>, with its current length (0 when it cannot be read).</summary>
    public static InputFile FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        long length = 0;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists)
            {
                length = info.Length;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            length = 0;
        }

        return new InputFile(path, length);
    }
}
