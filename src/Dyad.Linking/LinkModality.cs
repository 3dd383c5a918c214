namespace Dyad.Linking;

/// <summary>Whether a mention tells the event as having happened (the event coder's modality values).</summary>
public enum LinkModality
{
    /// <summary>Reported as having happened.</summary>
    Occurred,

    /// <summary>Announced or arranged for later.</summary>
    Planned,

    /// <summary>Said not to have happened.</summary>
    Negated,

    /// <summary>Possible or conditional.</summary>
    Hypothetical,

    /// <summary>Asserted by one speaker whose account stands alone.</summary>
    Claimed,
}
