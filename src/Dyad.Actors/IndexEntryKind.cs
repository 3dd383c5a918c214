namespace Dyad.Actors;

/// <summary>What a name in the knowledge base's index points at.</summary>
internal enum IndexEntryKind
{
    CountryName,
    CountryDemonym,
    CountryCode,
    Capital,
    Organisation,
    PersonName,
    PersonSurname,
    Agent,
}
