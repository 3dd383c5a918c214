using Dyad.Core;

namespace Dyad.Ingest;

/// <summary>What the command-line arguments expanded to: the files to read, and the arguments that failed.</summary>
/// <param name="Files">The files, each once, in argument order; a folder's or glob's files in ordinal path order.</param>
/// <param name="Failures">Arguments that named nothing readable (missing paths, globs matching nothing, unreadable folders).</param>
public sealed record InputSet(IReadOnlyList<InputFile> Files, IReadOnlyList<IngestFailure> Failures)
{
    /// <summary>Files found in folders but left out because their extension is not an input format (<c>.pdf</c>, <c>.md</c>, ...).</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>The sum of <see cref="InputFile.Length"/> over <see cref="Files"/>.</summary>
    public long TotalBytes
    {
        get
        {
            long total = 0;
            foreach (var f in Files)
            {
                total += f.Length;
            }

            return total;
        }
    }
}
