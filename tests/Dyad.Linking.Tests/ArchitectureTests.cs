using System.Reflection;
using System.Runtime.CompilerServices;

namespace Dyad.Linking.Tests;

/// <summary>Dyad.Linking depends only on Dyad.Core, and its public records are sealed and immutable.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Linking = typeof(EventLinker).Assembly;

    [Fact]
    public void LinkingReferencesNoDyadProjectButCore() =>
        Assert.Equal(["Dyad.Core"], Linking.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Dyad.", StringComparison.Ordinal)));

    [Fact]
    public void PublicClassesAreSealedOrStatic() =>
        Assert.All(Linking.GetExportedTypes().Where(t => t.IsClass), t => Assert.True(t.IsSealed, $"{t.FullName} is neither sealed nor static"));

    [Fact]
    public void PublicTypesHaveNoPublicSetters() =>
        Assert.All(
            Linking.GetExportedTypes().SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)),
            p =>
            {
                var setter = p.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{p.DeclaringType!.Name}.{p.Name} has a public setter");
            });

    [Fact]
    public void ASmallBenchmarkRunLinksEveryMention()
    {
        var run = LinkingBenchmark.Run(5000, seed: 3, batches: 4);

        Assert.Equal(5000, run.Mentions);
        Assert.InRange(run.Events, 1, 4999);
    }
}
