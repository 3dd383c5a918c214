namespace Dyad.Events.Modality;

/// <summary>Whether an event happened, as the text tells it.</summary>
public enum Modality
{
    /// <summary>Reported as having happened: "Obama met Putin in Mexico".</summary>
    Occurred,

    /// <summary>Announced or arranged for later: "will meet at a G8 summit in June", "agreed to hold a bilateral meeting".</summary>
    Planned,

    /// <summary>Said not to have happened: "did not reach any agreement", "refused to meet".</summary>
    Negated,

    /// <summary>Possible or conditional: "could retaliate", "if Ankara closes the border", "might meet".</summary>
    Hypothetical,

    /// <summary>Asserted by one speaker whose account is all the text gives: "a Kremlin summary of the call said the two leaders agreed ...".</summary>
    Claimed,
}
