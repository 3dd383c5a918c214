using System.Text.Json;
using System.Text.Json.Nodes;
using Dyad.Core;

namespace Dyad.Cleaning.Tests.PlainText;

/// <summary>Writes metadata as indented JSON in a fixed field order, for golden files.</summary>
internal static class MetadataJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ArticleMetadata m)
    {
        var root = new JsonObject
        {
            ["title"] = Field(m.Title, v => v),
            ["source"] = Field(m.Source, v => v),
            ["author"] = Field(m.Author, v => v),
            ["dateline"] = Field(m.Dateline, d => new JsonObject
            {
                ["place"] = d.Place,
                ["date"] = d.Date?.ToString(),
                ["text"] = d.Text,
            }),
            ["published"] = Field(m.Published, d => d.ToString()),
            ["url"] = Field(m.Url, v => v),
            ["language"] = Field(m.Language, v => v),
        };
        return root.ToJsonString(Indented) + "\n";
    }

    private static JsonObject? Field<T>(Attested<T>? field, Func<T, JsonNode?> value)
    {
        if (field is null)
        {
            return null;
        }

        var e = field.Evidence;
        return new JsonObject
        {
            ["value"] = value(field.Value),
            ["evidence"] = new JsonObject
            {
                ["text"] = e.Text,
                ["span"] = e.Span is { } s ? new JsonArray(s.Start, s.End) : null,
                ["method"] = e.Method,
                ["inferred"] = e.Inferred,
            },
        };
    }
}
