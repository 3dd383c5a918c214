namespace Dyad.Actors;

/// <summary>What kind of place a <see cref="Country"/> row is.</summary>
public enum CountryKind
{
    /// <summary>An independent state that is a member of the United Nations.</summary>
    State,

    /// <summary>An independent state outside the United Nations (the Vatican).</summary>
    NonMemberState,

    /// <summary>A dependent or disputed territory (Puerto Rico, Greenland, Kosovo, Palestine, Taiwan, Western Sahara).</summary>
    Territory,
}
