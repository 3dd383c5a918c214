using System.Globalization;
using System.Text;

namespace Dyad.Testing;

/// <summary>Reads a spec file (a name under testdata/specs, or a full path): <c>## rule</c> headings, then <c>&gt; input</c> / <c>= expected</c> line pairs.</summary>
public static class SpecFile
{
    /// <summary>The (rule, input, expected) triples of the file, in file order.</summary>
    public static Xunit.TheoryData<string, string, string> Read(string name)
    {
        var data = new Xunit.TheoryData<string, string, string>();
        var rule = "";
        string? input = null;
        foreach (var line in File.ReadLines(Path.Combine(Repo.TestData, "specs", name)))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                rule = line[3..].Trim();
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                input = Unescape(line[2..]);
            }
            else if (line == "=" || line.StartsWith("= ", StringComparison.Ordinal))
            {
                if (input is null)
                {
                    throw new InvalidDataException($"{name}: expectation without an input under '{rule}'.");
                }

                data.Add(rule, input, Unescape(line.Length > 2 ? line[2..] : ""));
                input = null;
            }
        }

        return data;
    }

    private static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && s[i + 1] == 'n')
            {
                sb.Append('\n');
                i++;
            }
            else if (s[i] == '\\' && i + 5 < s.Length && s[i + 1] == 'u'
                && int.TryParse(s.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                sb.Append((char)code);
                i += 5;
            }
            else
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }
}
