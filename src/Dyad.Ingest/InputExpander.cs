using Dyad.Core;

namespace Dyad.Ingest;

/// <summary>Turns command-line arguments (files, folders, glob patterns) into the list of files to read.</summary>
/// <remarks>
/// <para>A file argument is taken whatever its extension. A folder is walked recursively; it yields files whose
/// extension (after a trailing <c>.gz</c>) is an input format in <see cref="IngestOptions"/>, plus files without an
/// extension (sniffed when read); other files are listed in <see cref="InputSet.Skipped"/>. Hidden files and folders
/// (a leading dot, such as <c>.git</c>) are passed over, and a folder reached twice through links is walked once.
/// A glob pattern (see <see cref="GlobPattern"/>) yields every file it matches.</para>
/// <para>Files come out in argument order; a folder's or a pattern's files in ordinal order of their paths, so runs
/// are deterministic. A file named twice (directly, or through two arguments) is listed once, where first met.</para>
/// </remarks>
public static class InputExpander
{
    private static readonly string[] ProjectFiles =
        ["LICENSE", "LICENCE", "COPYING", "README", "NOTICE", "AUTHORS", "CHANGELOG", "CHANGES", "Makefile", "Dockerfile", "CODEOWNERS"];

    /// <summary>Expands <paramref name="arguments"/> with the default options.</summary>
    public static InputSet Expand(IEnumerable<string> arguments) => Expand(arguments, IngestOptions.Default);

    /// <summary>Expands <paramref name="arguments"/>; never throws for missing or unreadable paths (they become failures).</summary>
    public static InputSet Expand(IEnumerable<string> arguments, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(options);
        var state = new State(options);
        foreach (var argument in arguments)
        {
            if (string.IsNullOrWhiteSpace(argument))
            {
                state.Failures.Add(new IngestFailure(argument ?? string.Empty, "empty path"));
                continue;
            }

            try
            {
                ExpandOne(argument, state);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
            {
                state.Failures.Add(new IngestFailure(argument, "cannot read: " + ex.Message));
            }
        }

        return new InputSet(state.Files, state.Failures) { Skipped = state.Skipped };
    }

    /// <summary>Whether a folder walk takes a file of this name (by extension, see the type remarks).</summary>
    /// <remarks>Extension-less files that are conventionally project files (<c>LICENSE</c>, <c>README</c>,
    /// <c>Makefile</c>, ...) are not taken.</remarks>
    public static bool IsInputName(string fileName, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        var extension = ArticleReader.FormatExtension(fileName);
        if (extension.Length == 0)
        {
            return options.IncludeExtensionless && !IsProjectFile(Path.GetFileName(fileName));
        }

        return Contains(options.TextExtensions, extension) || Contains(options.HtmlExtensions, extension)
            || Contains(options.JsonlExtensions, extension) || Contains(options.WarcExtensions, extension);
    }

    private static bool IsProjectFile(string name)
    {
        foreach (var known in ProjectFiles)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void ExpandOne(string argument, State state)
    {
        var link = new FileInfo(argument);
        if (link.LinkTarget is { } linkTarget && link.ResolveLinkTarget(returnFinalTarget: true) is { Exists: false } final && !Directory.Exists(final.FullName))
        {
            state.Failures.Add(new IngestFailure(argument, $"broken symbolic link (its target {linkTarget} does not exist)"));
            return;
        }

        if (File.Exists(argument))
        {
            state.AddFile(argument);
            return;
        }

        if (Directory.Exists(argument))
        {
            var before = state.Files.Count;
            var found = new List<string>();
            WalkFolder(argument, found, state, new HashSet<string>(StringComparer.Ordinal));
            found.Sort(StringComparer.Ordinal);
            foreach (var f in found)
            {
                state.AddFile(f);
            }

            if (found.Count == 0 && state.Files.Count == before)
            {
                state.Failures.Add(new IngestFailure(argument, "no input files in this folder"));
            }

            return;
        }

        if (GlobPattern.IsPattern(argument))
        {
            var pattern = GlobPattern.Parse(argument);
            var found = new List<string>();
            var root = pattern.BaseDirectory.Length == 0 ? "." : pattern.BaseDirectory;
            if (Directory.Exists(root))
            {
                WalkPattern(root, pattern.BaseDirectory, pattern, 0, found, state);
            }

            found.Sort(StringComparer.Ordinal);
            foreach (var f in found)
            {
                state.AddFile(f);
            }

            if (found.Count == 0)
            {
                state.Failures.Add(new IngestFailure(argument, "no files match this pattern"));
            }

            return;
        }

        state.Failures.Add(new IngestFailure(argument, "no such file or directory"));
    }

    private static void WalkFolder(string folder, List<string> found, State state, HashSet<string> visited)
    {
        if (!visited.Add(RealPath(folder)))
        {
            return;
        }

        IEnumerable<string> entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            state.Failures.Add(new IngestFailure(folder, "cannot list folder: " + ex.Message));
            return;
        }

        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                WalkFolder(entry, found, state, visited);
            }
            else if (File.Exists(entry))
            {
                if (IsInputName(name, state.Options))
                {
                    found.Add(entry);
                }
                else
                {
                    state.Skipped.Add(entry);
                }
            }
        }
    }

    private static void WalkPattern(string folder, string prefix, GlobPattern pattern, int segment, List<string> found, State state)
    {
        var segments = pattern.Segments;
        if (segment == segments.Count)
        {
            return;
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            state.Failures.Add(new IngestFailure(folder, "cannot list folder: " + ex.Message));
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        var isLast = segment == segments.Count - 1;
        if (pattern.IsDoubleStar(segment))
        {
            // "**" as zero folders: try the next segment here; as one or more: descend and stay on "**".
            if (isLast)
            {
                foreach (var entry in entries)
                {
                    var name = Path.GetFileName(entry);
                    if (name.StartsWith('.'))
                    {
                        continue;
                    }

                    if (File.Exists(entry))
                    {
                        found.Add(Join(prefix, name));
                    }
                    else if (Directory.Exists(entry) && !IsLink(entry))
                    {
                        WalkPattern(entry, Join(prefix, name), pattern, segment, found, state);
                    }
                }

                return;
            }

            WalkPattern(folder, prefix, pattern, segment + 1, found, state);
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (!name.StartsWith('.') && Directory.Exists(entry) && !IsLink(entry))
                {
                    WalkPattern(entry, Join(prefix, name), pattern, segment, found, state);
                }
            }

            return;
        }

        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (!GlobPattern.SegmentMatches(name, segments[segment]))
            {
                continue;
            }

            if (isLast)
            {
                if (File.Exists(entry))
                {
                    found.Add(Join(prefix, name));
                }
            }
            else if (Directory.Exists(entry))
            {
                WalkPattern(entry, Join(prefix, name), pattern, segment + 1, found, state);
            }
        }
    }

    private static string Join(string prefix, string name) =>
        prefix.Length == 0 ? name : prefix.EndsWith('/') ? prefix + name : prefix + "/" + name;

    private static bool IsLink(string path)
    {
        try
        {
            return new DirectoryInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static string RealPath(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
            return Path.GetFullPath((target ?? info).FullName).TrimEnd('/');
        }
        catch (IOException)
        {
            return Path.GetFullPath(folder);
        }
    }

    private static bool Contains(IReadOnlyList<string> list, string extension)
    {
        foreach (var e in list)
        {
            if (string.Equals(e, extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class State(IngestOptions options)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public IngestOptions Options { get; } = options;

        public List<InputFile> Files { get; } = [];

        public List<IngestFailure> Failures { get; } = [];

        public List<string> Skipped { get; } = [];

        public void AddFile(string path)
        {
            if (!_seen.Add(Path.GetFullPath(path)))
            {
                return;
            }

            Files.Add(InputFile.FromPath(path));
        }
    }
}
