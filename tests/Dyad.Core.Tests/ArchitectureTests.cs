using System.Reflection;
using Dyad.Core;

namespace Dyad.Core.Tests;

public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Document).Assembly;

    [Fact]
    public void CoreReferencesNoOtherDyadAssemblyOrPackage()
    {
        var names = Core.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
        Assert.All(names, n => Assert.True(n.StartsWith("System", StringComparison.Ordinal) || n == "netstandard", $"Core references {n}"));
    }

    [Fact]
    public void PublicCoreClassesAreSealedOrStatic()
    {
        var open = Core.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicCoreTypesHaveNoPublicSetters()
    {
        // Builders are mutable by design; everything else is immutable (init-only setters are allowed).
        var mutable = Core.GetExportedTypes()
            .Where(t => !t.Name.EndsWith("Builder", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(p => p.SetMethod is { IsPublic: true } set
                        && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToList();
        Assert.Empty(mutable);
    }
}
