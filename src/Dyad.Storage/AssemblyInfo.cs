namespace Dyad.Storage;
