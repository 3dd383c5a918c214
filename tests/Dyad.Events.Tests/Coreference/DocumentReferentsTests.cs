using Dyad.Events.Clauses;
using Dyad.Events.Coreference;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Tests.Coreference;

public sealed class DocumentReferentsTests
{
    private const string Story =
        "German Chancellor Angela Merkel and French President Emmanuel Macron met in Berlin on Monday . " +
        "The two leaders discussed trade . Macron said he wanted closer ties . " +
        "The German leader praised the talks . They agreed to meet again . The president left on Tuesday .";

    [Theory]
    [InlineData("The two leaders", "Group", "Angela Merkel|Emmanuel Macron")]
    [InlineData("Macron", "Named", "Emmanuel Macron")]
    [InlineData("he", "Pronoun", "Emmanuel Macron")]
    [InlineData("The German leader", "Description", "Angela Merkel")]
    [InlineData("They", "Group", "Angela Merkel|Emmanuel Macron")]
    [InlineData("The president", "Description", "Emmanuel Macron")]
    public void SubjectsReferToThePeopleNamedBefore(string subject, string kind, string names)
    {
        var text = LanguagePipeline.Default.Annotate(Story);
        var referents = DocumentReferents.Build(text);
        var phrase = ClauseExtractor.Extract(text).SelectMany(c => c.Subjects).First(p => p.Text == subject);
        var reference = referents.Resolve(phrase);
        Assert.Equal(kind, reference.Kind.ToString());
        Assert.Equal(names, string.Join('|', reference.Referents.Select(r => r.Name)));
    }

    [Fact]
    public void APhraseThatNamesNobodyKnownStaysUnresolved()
    {
        var text = LanguagePipeline.Default.Annotate("A senior official said the talks failed .");
        var phrase = ClauseExtractor.Extract(text)[0].Subjects[0];
        Assert.Equal(ReferenceKind.Unresolved, DocumentReferents.Build(text).Resolve(phrase).Kind);
    }

    [Fact]
    public void TheNameIntroducedWithATitleKeepsItAsDescriptor()
    {
        var text = LanguagePipeline.Default.Annotate(Story);
        var phrase = ClauseExtractor.Extract(text)[0].Subjects[0];
        var reference = DocumentReferents.Build(text).Resolve(phrase);
        Assert.Equal("German Chancellor", reference.Referents[0].Descriptor);
    }
}
