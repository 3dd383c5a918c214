using System.Collections.Immutable;

namespace Dyad.Events.Codebook;

/// <summary>
/// Where a CAMEO code lands in PLOVER (the CAMEO successor ontology), per Schrodt's CAMEO2PLOVER table (2021):
/// the PLOVER event type (AGREE, CONSULT, ASSAULT, ...), its mode where the table gives one (<c>visit</c> for
/// 042/043, <c>phone</c> for 041) and its contexts (<c>diplomatic</c>, <c>economic</c>, ...).
/// </summary>
/// <param name="Code">The CAMEO code the table row is for (a parent of the code asked for, after fall-back).</param>
/// <param name="Type">The PLOVER event type.</param>
/// <param name="Mode">The PLOVER mode, or null.</param>
/// <param name="Contexts">The PLOVER contexts, possibly empty.</param>
public sealed record PloverMapping(CameoCode Code, string Type, string? Mode, ImmutableArray<string> Contexts);
