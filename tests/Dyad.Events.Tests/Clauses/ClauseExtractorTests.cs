using System.Text;
using Dyad.Events.Clauses;
using Dyad.Language.Pipeline;
using Dyad.Testing;

namespace Dyad.Events.Tests.Clauses;

public sealed class ClauseExtractorTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.Read("clauses.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsClausesAsTheSpecSays(string rule, string sentence, string expected)
    {
        var clauses = ClauseExtractor.Extract(LanguagePipeline.Default.Annotate(sentence));
        Assert.True(expected == Render(clauses), $"{rule}\n  expected: {expected}\n  actual:   {Render(clauses)}");
    }

    [Fact]
    public void SpecFileHasExamples() => Assert.True(Cases.Count >= 10);

    [Fact]
    public void TextWithoutChunksIsRefusedWithAReason()
    {
        var error = Assert.Throws<ArgumentException>(() => ClauseExtractor.Extract(AnnotatedText.Create("Obama met Putin.")));
        Assert.Contains("chunks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyTextGivesClausesInsideTheTextWithoutThrowing()
    {
        Properties.ForAll(150, random =>
        {
            var text = Properties.HostileText(random, 300);
            var annotated = LanguagePipeline.Default.Annotate(text);
            foreach (var clause in ClauseExtractor.Extract(annotated))
            {
                Assert.InRange(clause.Verb.Span.End, clause.Verb.Span.Start, text.Length);
                foreach (var phrase in clause.Subjects.AddRange(clause.Objects))
                {
                    Assert.Equal(text.Substring(phrase.Span.Start, phrase.Span.Length), phrase.Text);
                    Assert.InRange(phrase.HeadToken, phrase.FirstToken, phrase.FirstToken + phrase.TokenCount - 1);
                }
            }
        });
    }

    private static string Render(IReadOnlyList<Clause> clauses)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < clauses.Count; i++)
        {
            var c = clauses[i];
            var v = c.Verb;
            if (i > 0)
            {
                sb.Append(" ‖ ");
            }

            sb.Append(c.Link.ToString().ToLowerInvariant());
            if (c.Subordinator is not null && c.Link == ClauseLink.Subordinate)
            {
                sb.Append('(').Append(c.Subordinator).Append(')');
            }

            if (c.Parent >= 0)
            {
                sb.Append("->").Append(c.Parent - FirstOfSentence(clauses, i));
            }

            sb.Append(" [").AppendJoin(" | ", c.Subjects.Select(p => p.Text)).Append(']');
            if (c.SubjectIsInherited)
            {
                sb.Append('*');
            }

            sb.Append(' ');
            if (v.Negated)
            {
                sb.Append("not ");
            }

            if (v.Modal is not null)
            {
                sb.Append(v.Modal).Append(' ');
            }

            if (v.Governors.Length > 0)
            {
                sb.AppendJoin("+", v.Governors).Append('>');
            }

            sb.Append(v.Lemma);
            if (v.Particle is not null)
            {
                sb.Append('_').Append(v.Particle);
            }

            sb.Append(" (").Append(v.Voice.ToString().ToLowerInvariant()).Append(' ').Append(v.Tense.ToString().ToLowerInvariant()).Append(") [")
                .AppendJoin(" | ", c.Objects.Select(p => p.Text)).Append(']');
            foreach (var p in c.Prepositions)
            {
                sb.Append(' ').Append(p.Preposition).Append(':').Append(p.Complement.Text);
            }
        }

        return sb.ToString();
    }

    private static int FirstOfSentence(IReadOnlyList<Clause> clauses, int i)
    {
        var first = i;
        while (first > 0 && clauses[first - 1].Sentence == clauses[i].Sentence)
        {
            first--;
        }

        return first;
    }
}
