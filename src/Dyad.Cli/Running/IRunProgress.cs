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
