using System.Globalization;
using Dyad.Events.Codebook;
using Dyad.Testing;

namespace Dyad.Events.Tests.Codebook;

public sealed class CameoCodebookTests
{
    private static readonly CameoCodebook Book = CameoCodebook.Default;

    [Fact]
    public void HoldsAllTwentyRootsInOrder()
    {
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString("00", CultureInfo.InvariantCulture)), Book.Roots.Select(r => r.Code.Value));
        Assert.Equal("CONSULT", Book.Find("04")!.Name);
        Assert.Equal("USE UNCONVENTIONAL MASS VIOLENCE", Book.Find("20")!.Name);
    }

    [Fact]
    public void HoldsThreeAndFourDigitCodesUnderEveryRoot()
    {
        Assert.Equal(312, Book.All.Count);
        Assert.All(Book.Roots, r => Assert.Contains(Book.All, e => e.Code.Length == 3 && e.Root == r.Code));
        Assert.Contains(Book.All, e => e.Code.Length == 4);
    }

    [Fact]
    public void EveryCodesParentExists() =>
        Assert.All(Book.All, e => Assert.True(e.Code.Parent is not { } p || Book.Find(p) is not null, $"{e.Code} has no parent in the codebook"));

    [Fact]
    public void QuadClassAndRootAgreeWithTheCode() =>
        Assert.All(Book.All, e =>
        {
            Assert.Equal(e.Code.Root, e.Root);
            var expected = e.Root.RootNumber switch { <= 5 => 1, <= 8 => 2, <= 13 => 3, _ => 4 };
            Assert.Equal(expected, (int)e.QuadClass);
        });

    [Theory]
    [InlineData("040", "Consult", 1.0)]
    [InlineData("042", "Make a visit", 1.9)]
    [InlineData("043", "Host a visit", 2.8)]
    [InlineData("036", "Express intent to meet or negotiate", 4.0)]
    [InlineData("190", "Use conventional military force", -10.0)]
    [InlineData("1213", "Reject judicial cooperation", -4.0)] // only in the ICEWS table
    [InlineData("016", "Deny responsibility", -2.0)] // GDELT's value; ICEWS says -5
    public void KnowsNamesAndGoldsteinScores(string code, string name, double goldstein)
    {
        var e = Book.Find(code)!;
        Assert.Equal(name, e.Name);
        Assert.Equal(goldstein, e.Goldstein);
    }

    [Fact]
    public void FindsNothingForUnknownOrMalformedCodes()
    {
        Assert.Null(Book.Find("0499"));
        Assert.Null(Book.Find("abc"));
        Assert.Null(Book.Find((string?)null));
        Assert.Null(Book.Find(default(CameoCode)));
    }

    [Theory]
    [InlineData("040", "CONSULT", null, "040")]
    [InlineData("041", "CONSULT", "phone", "041")]
    [InlineData("042", "CONSULT", "visit", "042")]
    [InlineData("043", "CONSULT", "visit", "043")]
    [InlineData("0874", "RETREAT", "disarm", "0874")]
    [InlineData("08", "CONCEDE", null, "08")]
    [InlineData("1823", "ASSAULT", null, "1823")]
    public void MapsCodesToPlover(string code, string type, string? mode, string row)
    {
        var m = Book.Plover(CameoCode.Parse(code))!;
        Assert.Equal(type, m.Type);
        Assert.Equal(mode, m.Mode);
        Assert.Equal(row, m.Code.Value);
        Assert.Equal(type, Book.Find(code)!.PloverType);
    }

    [Fact]
    public void KeepsSeveralPloverContexts() =>
        Assert.Equal(["crime", "corruption"], Book.Plover(CameoCode.Parse("091"))!.Contexts.ToArray());

    [Fact]
    public void StatementsAndAppealsHaveNoPloverType()
    {
        Assert.Null(Book.Plover(CameoCode.Parse("010")));
        Assert.Null(Book.Find("0211")!.PloverType);
    }

    [Fact]
    public void PloverFallsBackToTheParentCode()
    {
        var book = CameoCodebook.Parse(
            "# header\n08\tYIELD\t08\t2\t5.0\n087\tDe-escalate\t08\t2\t5.0\n0874\tRetreat\t08\t2\t10.0\n",
            "# header\n087\tRETREAT\tdisarm\tmilitary\n");
        var m = book.Plover(CameoCode.Parse("0874"))!;
        Assert.Equal("087", m.Code.Value);
        Assert.Equal("RETREAT", book.Find("0874")!.PloverType);
        Assert.Null(book.Plover(CameoCode.Parse("08")));
    }

    [Theory]
    [InlineData("042\tMake a visit\t04\t1\t1.9\n")] // parent 04 missing
    [InlineData("04\tCONSULT\t05\t1\t1.0\n")] // wrong root
    [InlineData("04\tCONSULT\t04\t2\t1.0\n")] // wrong QuadClass
    [InlineData("04\tCONSULT\t04\t1\tone\n")] // not a number
    [InlineData("04\tCONSULT\t04\t1\t1.0\n04\tCONSULT\t04\t1\t1.0\n")] // repeated
    public void RejectsInconsistentTablesNamingTheLine(string codes)
    {
        var ex = Assert.Throws<InvalidDataException>(() => CameoCodebook.Parse(codes, string.Empty));
        Assert.StartsWith("cameo.tsv:", ex.Message, StringComparison.Ordinal);
    }

    [SharedDataFact("event-coding/gdelt/CAMEO.goldsteinscale.txt")]
    public void ShippedGoldsteinScoresAreGdeltsWhereGdeltHasTheCode()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.SharedData!, "event-coding", "gdelt", "CAMEO.goldsteinscale.txt")).Skip(1).Where(l => l.Length > 0);
        var checkedCodes = 0;
        foreach (var line in lines)
        {
            var cols = line.Split('\t');
            var e = Book.Find(cols[0]);
            Assert.NotNull(e);
            Assert.Equal(double.Parse(cols[1], CultureInfo.InvariantCulture), e.Goldstein);
            checkedCodes++;
        }

        Assert.Equal(311, checkedCodes);
    }

    [SharedDataFact("event-coding/plover/CAMEO2PLOVER-2021.txt")]
    public void ShippedPloverTypesMatchTheMapFile()
    {
        var rows = File.ReadAllLines(Path.Combine(Repo.SharedData!, "event-coding", "plover", "CAMEO2PLOVER-2021.txt"))
            .Where(l => l.Length > 5 && char.IsAsciiDigit(l[0]) && l.Contains(',', StringComparison.Ordinal))
            .Select(l => (Code: l[..l.IndexOf(':', StringComparison.Ordinal)], Type: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..l.IndexOf(',', StringComparison.Ordinal)].Trim()))
            .Where(r => r.Code != "1214") // PLOVER's own addition, not a CAMEO code
            .ToList();
        Assert.True(rows.Count > 250);
        Assert.All(rows, r => Assert.Equal(r.Type, Book.Plover(CameoCode.Parse(r.Code))!.Type));
    }
}
