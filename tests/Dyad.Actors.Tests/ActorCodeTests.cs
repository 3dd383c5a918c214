namespace Dyad.Actors.Tests;

public sealed class ActorCodeTests
{
    [Theory]
    [InlineData("USAGOV", "USA", "GOV", "USA")]
    [InlineData("RUSMIL", "RUS", "MIL", "RUS")]
    [InlineData("SYRREBMUS", "SYR", "REBMUS", "SYR")]
    [InlineData("IGOUNO", "IGO", "UNO", null)]
    [InlineData("MEAREB", "MEA", "REB", null)]
    [InlineData("RUS", "RUS", "", "RUS")]
    public void SplitsIntoPrimaryAndRest(string text, string primary, string rest, string? country)
    {
        var code = ActorCode.Parse(text);

        Assert.Equal(primary, code.Primary);
        Assert.Equal(rest, code.Rest);
        Assert.Equal(country, code.Country);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("usagov", "USAGOV")]
    [InlineData("  RUSMIL ", "RUSMIL")]
    public void AcceptsLowerCaseAndSurroundingSpace(string text, string expected) => Assert.Equal(expected, ActorCode.Parse(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("US")]
    [InlineData("USAG")]
    [InlineData("US1GOV")]
    [InlineData("USA GOV")]
    [InlineData("ÜSAGOV")]
    [InlineData("USAGOVMILREBOPPCOPJUDSPYLEG")]
    public void RejectsWhatIsNotACode(string text)
    {
        Assert.False(ActorCode.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => ActorCode.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CodesWithTheSameLettersAreEqual()
    {
        Assert.Equal(ActorCode.Parse("USAGOV"), ActorCode.Parse("usagov"));
        Assert.NotEqual(ActorCode.Parse("USAGOV"), ActorCode.Parse("USAMIL"));
        Assert.Equal(ActorCode.Parse("USAGOV").GetHashCode(), ActorCode.Parse("USAGOV").GetHashCode());
    }

    [Theory]
    [InlineData("RUSGOV", "MIL", "RUSMIL")]
    [InlineData("RUS", "GOVMIL", "RUSGOVMIL")]
    [InlineData("SYRREBMUS", "GOV", "SYRGOV")]
    [InlineData("IGOWSTNAT", "MIL", "IGOWSTNATMIL")]
    [InlineData("USAGOV", "", "USA")]
    public void WithRoleReplacesACountrysRoleAndExtendsAnOrganisations(string code, string role, string expected) =>
        Assert.Equal(expected, ActorCode.Parse(code).WithRole(role).Value);

    [Fact]
    public void HasRoleLooksPastTheFirstSegment()
    {
        var code = ActorCode.Parse("USAGOVMIL");

        Assert.True(code.HasRole("GOV"));
        Assert.True(code.HasRole("MIL"));
        Assert.False(code.HasRole("USA"));
        Assert.False(code.HasRole("GO"));
        Assert.Equal(3, code.SegmentCount);
        Assert.Equal("MIL", code.Segment(2));
    }

    [Fact]
    public void KnowsInternationalPrefixes()
    {
        Assert.True(ActorCode.Parse("IGOUNO").IsInternational);
        Assert.True(ActorCode.Parse("NGOHRIAMN").IsInternational);
        Assert.False(ActorCode.Parse("USAGOV").IsInternational);
        Assert.True(ActorCode.Parse("RUS").IsBareCountry);
        Assert.False(ActorCode.Parse("RUSGOV").IsBareCountry);
    }
}
