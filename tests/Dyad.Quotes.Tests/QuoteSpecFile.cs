using Dyad.Testing;

namespace Dyad.Quotes.Tests;

/// <summary>One example of testdata/specs/quotes.spec.md: its rule, its text and the quotes expected, in order.</summary>
public sealed record QuoteSpecExample(string Rule, string Text, IReadOnlyList<ExpectedQuote> Expected)
{
    public override string ToString() => $"{Rule}: {Text}";
}

/// <summary>An expected quote: kind (and what is attributed, when not speech), speaker mention, resolved speaker, cue and content text.</summary>
public sealed record ExpectedQuote(QuoteKind Kind, string Speaker, string Resolved, string Cue, string Content, QuoteAttribution Attribution = QuoteAttribution.Speech)
{
    public static ExpectedQuote From(Quote quote) =>
        new(quote.Kind, quote.SpeakerText ?? string.Empty, quote.ResolvedSpeaker ?? string.Empty, quote.CueText ?? string.Empty, quote.ContentText, quote.Attribution);

    public override string ToString() =>
        $"{Kind}{(Attribution == QuoteAttribution.Speech ? string.Empty : "/" + Attribution)} | {Speaker} | {Resolved} | {Cue} | {Content.Replace("\n", "\\n", StringComparison.Ordinal)}";
}

/// <summary>Reads the quote spec: <c>## rule</c> headings, <c>&gt; text</c> lines, <c>= Kind[/Attribution] | speaker | resolved | cue | content</c> lines or <c>= none</c>.</summary>
public static class QuoteSpecFile
{
    public static IReadOnlyList<QuoteSpecExample> Read(string name = "quotes.spec.md")
    {
        var examples = new List<QuoteSpecExample>();
        var rule = string.Empty;
        string? text = null;
        List<ExpectedQuote>? expected = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(Path.Combine(Repo.TestData, "specs", name)))
        {
            lineNumber++;
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                rule = line[3..].Trim();
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                Flush();
                text = Unescape(line[2..]);
                expected = [];
            }
            else if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                if (text is null || expected is null)
                {
                    throw new InvalidDataException($"{name}:{lineNumber}: '=' line without a '>' text before it.");
                }

                var body = line[2..].Trim();
                if (body == "none")
                {
                    continue;
                }

                var fields = body.Split(" | ");
                var kindAndAttribution = fields[0].Split('/');
                var attribution = QuoteAttribution.Speech;
                if (fields.Length != 5 || !Enum.TryParse<QuoteKind>(kindAndAttribution[0], out var kind)
                    || kindAndAttribution.Length > 2 || kindAndAttribution.Length == 2 && !Enum.TryParse(kindAndAttribution[1], out attribution))
                {
                    throw new InvalidDataException($"{name}:{lineNumber}: expected 'Kind[/Attribution] | speaker | resolved | cue | content'.");
                }

                expected.Add(new ExpectedQuote(kind, fields[1], fields[2], fields[3], Unescape(fields[4]), attribution));
            }
        }

        Flush();
        return examples;

        void Flush()
        {
            if (text is not null && expected is not null)
            {
                examples.Add(new QuoteSpecExample(rule, text, expected));
            }

            text = null;
            expected = null;
        }
    }

    private static string Unescape(string s) => s.Replace("\\n", "\n", StringComparison.Ordinal);
}
