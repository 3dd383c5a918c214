namespace Dyad.Events.Codebook;

/// <summary>One entry of the CAMEO event codebook.</summary>
/// <param name="Code">The event code, e.g. <c>042</c>.</param>
/// <param name="Name">The codebook name, e.g. "Make a visit" (root names are upper case, as in the CAMEO manual).</param>
/// <param name="Root">The two-digit root category.</param>
/// <param name="QuadClass">The quadrant fixed by the root.</param>
/// <param name="Goldstein">The Goldstein conflict-cooperation score, -10 to +10 (GDELT's table; see Data/README.md).</param>
/// <param name="PloverType">The PLOVER event type, falling back to the nearest parent that has one; null for
/// roots 01 and 02, which PLOVER does not map.</param>
public sealed record CameoEvent(CameoCode Code, string Name, CameoCode Root, QuadClass QuadClass, double Goldstein, string? PloverType);
