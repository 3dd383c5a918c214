namespace Dyad.Ingest;
