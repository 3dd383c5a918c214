using System.Collections.Immutable;

namespace Dyad.Events.Petrarch;

/// <summary>
/// A noun phrase (or a compound of them: "Mordor, Rohan and Bree") that names one or more actors, with the codes it
/// stands for, one per actor.
/// </summary>
/// <param name="Start">First word.</param>
/// <param name="End">One past the last word.</param>
/// <param name="Codes">The actor codes, one per member of a compound (several for a multi-code actor such as <c>ELR/GAL</c>).</param>
internal sealed record ActorSlot(int Start, int End, ImmutableArray<string> Codes)
{
    public bool IsCompound => Codes.Length > 1;
}
