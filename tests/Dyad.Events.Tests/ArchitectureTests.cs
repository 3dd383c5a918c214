using System.Reflection;
using System.Runtime.CompilerServices;
using Dyad.Events.Codebook;

namespace Dyad.Events.Tests;

/// <summary>Dyad.Events' public surface is sealed and immutable, as the conventions ask.</summary>
public sealed class ArchitectureTests
{
    private static readonly Type[] PublicTypes = typeof(CameoCodebook).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClassesAreSealedOrStatic() =>
        Assert.All(PublicTypes.Where(t => t.IsClass), t => Assert.True(t.IsSealed, $"{t.FullName} is neither sealed nor static"));

    [Fact]
    public void PublicTypesHaveNoPublicSetters() =>
        Assert.All(
            PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)),
            p =>
            {
                var setter = p.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{p.DeclaringType!.Name}.{p.Name} has a public setter");
            });
}
