namespace Dyad.Events.Dictionaries;

/// <summary>Where an agent's code goes relative to the actor's country code.</summary>
public enum AgentCodePlacement
{
    /// <summary><c>[~GOV]</c>: appended after the actor code (RUS + GOV = RUSGOV). The usual case.</summary>
    AfterActor,

    /// <summary><c>[NGO~]</c>: put before the actor code (NGO + RUS = NGORUS), mostly for organisations.</summary>
    BeforeActor,
}
