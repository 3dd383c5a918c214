namespace Dyad.Testing;

/// <summary>Paths to the repository's folders and to the shared data beside it.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (the folder holding Dyad.slnx).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The bundled sample articles.</summary>
    public static string Samples => Path.Combine(Root, "samples", "obama-putin");

    /// <summary>Test inputs committed with the repo.</summary>
    public static string TestData => Path.Combine(Root, "testdata");

    /// <summary>The shared data folder (<c>../shared/data</c>), or null when this clone has none beside it.</summary>
    public static string? SharedData
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("DYAD_SHARED_DATA");
            var candidate = !string.IsNullOrEmpty(env) ? env : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dyad.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Dyad.slnx not found above " + AppContext.BaseDirectory);
    }
}
