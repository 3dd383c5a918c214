namespace Dyad.Dedup;
