namespace Dyad.Cleaning.Html;

/// <summary>Where an attribute's name and value stand in the raw text; <see cref="ValueStart"/> is -1 for an
/// attribute without a value.</summary>
internal readonly record struct TagAttribute(int NameStart, int NameEnd, int ValueStart, int ValueEnd)
{
    /// <summary>The attribute's name as written.</summary>
    public ReadOnlySpan<char> Name(ReadOnlySpan<char> text) => text[NameStart..NameEnd];

    /// <summary>The attribute's value as written (references not decoded); empty when it has none.</summary>
    public ReadOnlySpan<char> Value(ReadOnlySpan<char> text) => ValueStart < 0 ? [] : text[ValueStart..ValueEnd];
}
