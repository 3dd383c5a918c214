using System.Text;
using Dyad.Core;
using Dyad.Language.Time;
using Dyad.Testing;

namespace Dyad.Language.Tests.Time;

public sealed class TimexSpecTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.Read("timex.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void TagsAsTheSpecSays(string rule, string input, string expected)
    {
        var bar = input.IndexOf(" | ", StringComparison.Ordinal);
        Assert.True(bar > 0, $"Malformed example under '{rule}': {input}");
        var anchor = ParseAnchor(input[..bar]);
        var (text, spans) = Unbracket(input[(bar + 3)..]);

        var found = TimeExpressionTagger.Default.Tag(text, anchor);

        var expectedItems = expected.Length == 0 ? [] : expected.Split(" ; ");
        Assert.True(expectedItems.Length == spans.Count, $"Rule: {rule}\nThe example brackets {spans.Count} expressions but lists {expectedItems.Length} values.");
        var want = new StringBuilder();
        for (var i = 0; i < spans.Count; i++)
        {
            want.Append('[').Append(text[spans[i].Start..spans[i].End]).Append("] ").Append(expectedItems[i]).Append('\n');
        }

        var got = new StringBuilder();
        foreach (var t in found)
        {
            got.Append('[').Append(t.Text).Append("] ").Append(TimeMLNames.Type(t.Type)).Append(' ').Append(t.Value).Append('\n');
        }

        Assert.True(want.ToString() == got.ToString(), $"Rule: {rule}\nText: {text}\nAnchor: {input[..bar]}\nExpected:\n{want}Actual:\n{got}");
    }

    [Fact]
    public void SpecFileHasManyExamples() => Assert.True(Cases.Count >= 60, $"Only {Cases.Count} examples.");

    private static PartialDate? ParseAnchor(string s) =>
        s.Trim() == "none" ? null : PartialDate.TryParse(s, out var d) ? d : throw new InvalidDataException($"Bad anchor '{s}'.");

    private static (string Text, List<TextSpan> Spans) Unbracket(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        var open = -1;
        foreach (var c in marked)
        {
            if (c == '[')
            {
                open = text.Length;
            }
            else if (c == ']' && open >= 0)
            {
                spans.Add(new TextSpan(open, text.Length));
                open = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        return (text.ToString(), spans);
    }
}
