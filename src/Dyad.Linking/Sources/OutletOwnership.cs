namespace Dyad.Linking.Sources;

/// <summary>Who owns an outlet, where that is a plain fact (a column of <c>Data/outlets.tsv</c>).</summary>
public enum OutletOwnership
{
    /// <summary>Not stated in the table.</summary>
    Unknown,

    /// <summary>Owned or run by a state or its ruling party (Xinhua, TASS, RIA Novosti, KCNA, IRNA).</summary>
    State,

    /// <summary>A public-service broadcaster or agency set up by statute (BBC, NHK, Deutsche Welle).</summary>
    Public,

    /// <summary>Privately or cooperatively owned (Reuters, AP, PTI).</summary>
    Independent,
}
