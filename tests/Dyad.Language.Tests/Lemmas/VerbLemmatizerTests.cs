using Dyad.Language.Lemmas;
using Dyad.Testing;

namespace Dyad.Language.Tests.Lemmas;

public sealed class VerbLemmatizerTests
{
    public static TheoryData<string, string, string> Examples => SpecFile.Read("lemmas.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryFormInTheSpecGetsItsBaseForm(string rule, string forms, string lemmas)
    {
        var words = forms.Split(' ');
        var expected = lemmas.Split(' ');
        Assert.True(words.Length == expected.Length, $"{rule}: {words.Length} forms but {expected.Length} lemmas");
        var actual = words.Select(w => VerbLemmatizer.Lemma(w)).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EmptyInputGivesAnEmptyLemma() => Assert.Equal(string.Empty, VerbLemmatizer.Lemma(""));

    [Fact]
    public void AnyStringGivesALowerCaseLemmaWithoutThrowing()
    {
        Properties.ForAll(300, random =>
        {
            var text = Properties.HostileText(random, 80);
            var lemma = VerbLemmatizer.Lemma(text);
            Assert.Equal(lemma.ToLowerInvariant(), lemma);
        });
    }
}
