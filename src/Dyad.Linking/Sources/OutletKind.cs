namespace Dyad.Linking.Sources;

/// <summary>What kind of publisher an outlet is (a column of <c>Data/outlets.tsv</c>).</summary>
public enum OutletKind
{
    /// <summary>A news agency (wire service): Reuters, Xinhua, TASS, PTI.</summary>
    Agency,

    /// <summary>A television or radio broadcaster and its web site: BBC, CNN, RT, Al Jazeera.</summary>
    Broadcaster,

    /// <summary>A daily or weekly newspaper and its web site.</summary>
    Newspaper,

    /// <summary>A news magazine.</summary>
    Magazine,

    /// <summary>A news site without a print or broadcast parent.</summary>
    Online,

    /// <summary>A government publisher of transcripts and readouts (kremlin.ru, whitehouse.gov).</summary>
    Official,
}
