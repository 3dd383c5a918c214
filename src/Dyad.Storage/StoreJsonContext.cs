using System.Text.Json.Serialization;

namespace Dyad.Storage;

/// <summary>Source-generated JSON for the store's small bookkeeping values.</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(StoredContradiction[]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
