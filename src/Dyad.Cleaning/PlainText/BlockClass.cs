namespace Dyad.Cleaning.PlainText;

/// <summary>What a block looks like on its own, before its neighbours are consulted.</summary>
internal enum BlockClass
{
    /// <summary>A full sentence of some length: article text unless a page-level signal says otherwise.</summary>
    Good,

    /// <summary>A short sentence with function words (<c>Thank you, everybody.</c>): kept unless surrounded by furniture.</summary>
    Short,

    /// <summary>A fragment that is not a sentence (<c>Los Cabos</c>, <c>Article online:</c>): kept only between article blocks.</summary>
    Fragment,

    /// <summary>Furniture by a decisive signal.</summary>
    Bad,
}
