using System.Text;
using Dyad.Testing;

namespace Dyad.Actors.Tests;

/// <summary>Reads testdata/specs/actors.spec.md: <c>## rule</c>, then pairs of <c>&gt; mention [@ date]</c> and
/// <c>= CODE by METHOD[; key: value]...</c> (or <c>= none</c>).</summary>
internal static class ActorSpecFile
{
    public static TheoryData<string, string, string> Read(string name)
    {
        var data = new TheoryData<string, string, string>();
        var rule = "";
        string? mention = null;
        var path = Path.Combine(Repo.TestData, "specs", name);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                rule = line[3..].Trim();
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                mention = line[2..];
            }
            else if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                if (mention is null)
                {
                    throw new InvalidDataException($"{path}: '{line}' has no '>' line before it");
                }

                data.Add(rule, mention, line[2..].Trim());
                mention = null;
            }
        }

        return data;
    }
}
