using Dyad.Cleaning.PlainText;
using Dyad.Core;
using Dyad.Testing;

namespace Dyad.Cleaning.Tests.PlainText;

/// <summary>Runs the examples of <c>testdata/plain/cleaning.spec.md</c>: page in, cleaned text and metadata out.</summary>
public sealed class CleaningSpecTests
{
    private static readonly PlainTextCleaner Cleaner = new();

    private static string SpecPath => Path.Combine(Repo.TestData, "plain", "cleaning.spec.md");

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var name in Parse().Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void CleansTheExampleAsSpecified(string name)
    {
        var example = Parse()[name];
        var cleaned = Cleaner.Clean(example["page"], ArticleHints.None);
        Assert.Equal(example["clean"], cleaned.Text);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ReadsTheMetadataAsSpecified(string name)
    {
        var example = Parse()[name];
        var page = example["page"];
        var m = Cleaner.Clean(page, ArticleHints.None).Metadata;
        var expected = new Dictionary<string, string>();
        foreach (var line in example["meta"].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            expected[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var actual = new Dictionary<string, string?>
        {
            ["title"] = m.Title?.Value,
            ["source"] = m.Source?.Value,
            ["author"] = m.Author?.Value,
            ["published"] = m.Published?.Value.ToString(),
            ["dateline-place"] = m.Dateline?.Value.Place,
        };
        foreach (var (field, value) in actual)
        {
            Assert.Equal(expected.GetValueOrDefault(field), value);
        }

        foreach (var e in new[] { m.Title?.Evidence, m.Source?.Evidence, m.Author?.Evidence, m.Dateline?.Evidence, m.Published?.Evidence })
        {
            if (e?.Span is { } span)
            {
                Assert.Equal(e.Text, page[span.Start..span.End]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void CleaningTheCleanTextChangesNothing(string name)
    {
        var clean = Parse()[name]["clean"];
        Assert.Equal(clean, Cleaner.Clean(clean, ArticleHints.None).Text);
    }

    /// <summary>Reads the examples: a <c>## name</c> heading, then fenced blocks tagged <c>page</c>, <c>clean</c>, <c>meta</c>.</summary>
    private static Dictionary<string, Dictionary<string, string>> Parse()
    {
        var examples = new Dictionary<string, Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        string? block = null;
        var lines = new List<string>();
        foreach (var line in File.ReadAllText(SpecPath).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (block is not null)
            {
                if (line == "```")
                {
                    current![block] = string.Join('\n', lines);
                    block = null;
                    lines.Clear();
                }
                else
                {
                    lines.Add(line);
                }
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = [];
                examples[line[3..].Trim()] = current;
            }
            else if (line.StartsWith("```", StringComparison.Ordinal) && current is not null)
            {
                block = line[3..].Trim();
            }
        }

        return examples;
    }
}
