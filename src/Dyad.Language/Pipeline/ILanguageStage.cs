namespace Dyad.Language.Pipeline;

/// <summary>One step of the language layer: reads some layers of an <see cref="AnnotatedText"/> and adds others.</summary>
/// <remarks>Implementations are immutable and thread-safe; per-call buffers are per thread.</remarks>
public interface ILanguageStage
{
    /// <summary>A short name for messages and benchmarks.</summary>
    string Name { get; }

    /// <summary>The layers that must be present before this stage runs.</summary>
    Layers Requires { get; }

    /// <summary>The layers this stage adds.</summary>
    Layers Produces { get; }

    /// <summary>Returns <paramref name="text"/> with this stage's layers added; the input is not changed.</summary>
    AnnotatedText Process(AnnotatedText text);
}
