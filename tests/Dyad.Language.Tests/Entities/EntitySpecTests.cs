using System.Text;
using Dyad.Language.Entities;
using Dyad.Testing;

namespace Dyad.Language.Tests.Entities;

public sealed class EntitySpecTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.Read("entities.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void TagsAsTheSpecSays(string rule, string input, string expected)
    {
        string[][] sentences = [.. input.Split('\n').Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        string[][] tags = [.. sentences.Select(s => LanguageModels.Pos.Tag(s))];

        var mentions = LanguageModels.Entities.TagDocument(sentences, tags);

        Assert.True(expected == Render(sentences, mentions), $"{rule}\n  expected: {expected}\n  actual:   {Render(sentences, mentions)}");
    }

    [Fact]
    public void SpecFileHasExamples() => Assert.True(Cases.Count >= 10);

    private static string Render(string[][] sentences, IReadOnlyList<EntityMention> mentions)
    {
        var text = new StringBuilder();
        for (var s = 0; s < sentences.Length; s++)
        {
            if (s > 0)
            {
                text.Append('\n');
            }

            for (var i = 0; i < sentences[s].Length; i++)
            {
                var starting = mentions.FirstOrDefault(m => m.Sentence == s && m.Start == i);
                var ending = mentions.FirstOrDefault(m => m.Sentence == s && m.End == i + 1);
                text.Append(i > 0 ? " " : string.Empty).Append(starting is null ? string.Empty : "[").Append(sentences[s][i]);
                if (ending is not null)
                {
                    text.Append(']').Append(ending.Type).Append(ending.Subtype is null ? string.Empty : "/" + ending.Subtype);
                }
            }
        }

        return text.ToString();
    }
}
