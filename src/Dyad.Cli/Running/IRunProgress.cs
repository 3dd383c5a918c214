namespace Dyad.Cli.Running;

/// <summary>Hears how a run advances, file by file (called from the reading thread).</summary>
public interface IRunProgress
{
    /// <summary>The run found <paramref name="files"/> files of <paramref name="bytes"/> bytes in all.</summary>
    void Start(int files, long bytes);

    /// <summary>A file is being read.</summary>
    void FileStarted(string path);

    /// <summary>A file has been read.</summary>
    void FileDone(string path, long bytes);

    /// <summary>The run is over.</summary>
    void Finish();
}

/// <summary>A progress listener that ignores everything (quiet runs, evaluations).</summary>
public sealed class SilentProgress : IRunProgress
{
    /// <summary>The one instance.</summary>
    public static readonly SilentProgress Instance = new();

    private SilentProgress()
    {
    }

    /// <inheritdoc/>
    public void Start(int files, long bytes)
    {
    }

    /// <inheritdoc/>
    public void FileStarted(string path)
    {
    }

    /// <inheritdoc/>
    public void FileDone(string path, long bytes)
    {
    }

    /// <inheritdoc/>
    public void Finish()
    {
    }
}
