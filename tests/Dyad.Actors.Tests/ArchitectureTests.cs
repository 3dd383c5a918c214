using System.Reflection;
using Dyad.Testing;

namespace Dyad.Actors.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void PublicTypesAreSealedAndHaveNoPublicSetters()
    {
        foreach (var type in typeof(ActorKnowledgeBase).Assembly.GetExportedTypes())
        {
            if (type.IsEnum)
            {
                continue;
            }

            Assert.True(type.IsSealed || (type.IsAbstract && type.IsSealed), $"{type.Name} is not sealed");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) == true;
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{property.Name} has a public setter");
            }
        }
    }

    [Fact]
    public void CountriesTableReflectsEveryHandKeptOverride()
    {
        var kb = ActorKnowledgeBase.Default;
        var path = Path.Combine(Repo.Root, "tools", "actors", "country-overrides.tsv");
        var checkedRows = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            var country = kb.Countries.Single(c => c.Iso3 == f[0]);
            switch (f[1])
            {
                case "cameo":
                    Assert.Equal(f[2], country.Code.Value);
                    break;
                case "alias":
                    Assert.True(country.Name.Equals(f[2], StringComparison.OrdinalIgnoreCase) || country.Aliases.Contains(f[2], StringComparer.OrdinalIgnoreCase), $"{f[2]} is not an alias of {country.Name}");
                    break;
                case "demonym":
                    Assert.True(country.Demonyms.Contains(f[2], StringComparer.OrdinalIgnoreCase), $"{f[2]} is not a demonym of {country.Name}");
                    break;
                default:
                    Assert.Fail($"unknown field {f[1]} in {line}");
                    break;
            }

            checkedRows++;
        }

        Assert.True(checkedRows > 100, $"only {checkedRows} overrides");
    }
}
