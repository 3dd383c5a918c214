namespace Dyad.Events.Codebook;

/// <summary>
/// The four quadrants of the CAMEO scale (as in GDELT's <c>QuadClass</c> field), fixed by an event code's root:
/// verbal cooperation (01-05), material cooperation (06-08), verbal conflict (09-13), material conflict (14-20).
/// </summary>
public enum QuadClass
{
    /// <summary>Roots 01-05: statements, appeals, intentions to cooperate, consultations, diplomatic cooperation.</summary>
    VerbalCooperation = 1,

    /// <summary>Roots 06-08: material cooperation, aid, yielding.</summary>
    MaterialCooperation = 2,

    /// <summary>Roots 09-13: investigation, demands, disapproval, rejection, threats.</summary>
    VerbalConflict = 3,

    /// <summary>Roots 14-20: protest, force posture, reduced relations, coercion, assault, fighting, mass violence.</summary>
    MaterialConflict = 4,
}
