namespace Dyad.Testing;

/// <summary>A fact that is skipped, with a clear message, when the shared data folder is absent.</summary>
public sealed class SharedDataFactAttribute : Xunit.FactAttribute
{
    /// <summary>Skips unless <c>../shared/data/<paramref name="relativePath"/></c> exists.</summary>
    public SharedDataFactAttribute(string relativePath)
    {
        var data = Repo.SharedData;
        if (data is null || !Path.Exists(Path.Combine(data, relativePath)))
        {
            Skip = $"Needs ../shared/data/{relativePath}, which is absent in this clone.";
        }
    }
}
