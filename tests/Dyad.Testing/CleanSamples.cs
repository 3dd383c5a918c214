using System.Text.Json;
using Dyad.Core;
using Xunit;

namespace Dyad.Testing;

/// <summary>
/// The five sample articles as the cleaner leaves them: testdata/golden/&lt;id&gt;.clean.txt, with the publication date
/// the cleaner found in &lt;id&gt;.meta.json.
/// </summary>
public static class CleanSamples
{
    /// <summary>The samples' ids ("000_c68bf4345ab70349", ...), in order, as theory data.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.TestData, "golden"), "*.clean.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".clean.txt".Length]);
        }

        return data;
    }

    /// <summary>The clean text and publication date (null when the page gives none) of the sample whose id starts with <paramref name="prefix"/>.</summary>
    public static (string Text, PartialDate? Published) Load(string prefix)
    {
        var file = Directory.GetFiles(Path.Combine(Repo.TestData, "golden"), prefix + "*.clean.txt").Single();
        using var meta = JsonDocument.Parse(File.ReadAllText(file[..^".clean.txt".Length] + ".meta.json"));
        PartialDate? published = null;
        if (meta.RootElement.TryGetProperty("published", out var value) && value.ValueKind == JsonValueKind.Object &&
            value.GetProperty("value").GetString() is { } text && PartialDate.TryParse(text, out var date))
        {
            published = date;
        }

        return (File.ReadAllText(file), published);
    }
}
