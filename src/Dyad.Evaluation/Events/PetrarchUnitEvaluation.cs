using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Events.Dictionaries;
using Dyad.Events.Petrarch;

namespace Dyad.Evaluation.Events;

/// <summary>
/// Scores <see cref="DictionaryEventCoder"/> on the PETRARCH-2 unit test records, coded from their raw text with the
/// <c>PETR.Validate.*</c> dictionaries: a record is right when the set of triples coded equals the set expected
/// (nothing missing, nothing extra); a record expecting no event is right when nothing is coded.
/// </summary>
/// <remarks>
/// The records' <c>parse</c> field (the Stanford parse PETRARCH reads) is never used. Of the config overrides only
/// <c>require_dyad</c> means something to this coder and is applied; the comma and <c>new_actor_length</c> options
/// concern PETRARCH's parse-tree handling and are ignored (those records are scored all the same).
/// </remarks>
public static class PetrarchUnitEvaluation
{
    /// <summary>The unit records file under the shared data folder.</summary>
    public const string RecordsPath = "event-coding/petrarch2/PETR.UnitTest.records.jsonl";

    /// <summary>The dictionary folder under the shared data folder.</summary>
    public const string DictionaryFolder = "event-coding/petrarch2";

    /// <summary>The <c>PETR.Validate.*</c> files the records are coded with (verbs, actors, agents, discards), under <paramref name="sharedData"/>.</summary>
    public static PetrarchDictionaryFiles ValidationFiles(string sharedData)
    {
        var folder = Path.Combine(sharedData, DictionaryFolder);
        return new PetrarchDictionaryFiles(
            [Path.Combine(folder, "PETR.Validate.verbs.txt")],
            [Path.Combine(folder, "PETR.Validate.actors.txt")],
            [Path.Combine(folder, "PETR.Validate.agents.txt")],
            [Path.Combine(folder, "PETR.Validate.discards.txt")],
            [],
            []);
    }

    /// <summary>Reads the records (JSON lines).</summary>
    public static IReadOnlyList<PetrarchUnitRecord> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"PETRARCH unit records not found: {path}", path);
        }

        var records = new List<PetrarchUnitRecord>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var expected = ImmutableArray.CreateBuilder<string>();
            var allMissing = true;
            foreach (var e in r.GetProperty("expected_events").EnumerateArray())
            {
                var parts = new[] { Part(e, "source"), Part(e, "target"), Part(e, "code") };
                allMissing &= parts.All(p => p is null);
                expected.Add(string.Join('-', parts.Select(p => p ?? "None")));
            }

            var expectNone = r.GetProperty("expect_no_events").GetBoolean() || (expected.Count > 0 && allMissing);
            var overrides = r.TryGetProperty("config_overrides", out var o) && o.ValueKind == JsonValueKind.Array
                ? o.EnumerateArray().Select(x => $"{x.GetProperty("option").GetString()}={x.GetProperty("value").GetString()}").ToImmutableArray()
                : [];
            records.Add(new PetrarchUnitRecord(
                r.GetProperty("id").GetString() ?? string.Empty,
                DateOnly.ParseExact(r.GetProperty("date").GetString()!, "yyyyMMdd", CultureInfo.InvariantCulture),
                r.GetProperty("category").GetString() ?? string.Empty,
                r.GetProperty("text").GetString() ?? string.Empty,
                expectNone ? [] : expected.ToImmutable(),
                expectNone,
                overrides));
        }

        return records;
    }

    /// <summary>Codes every record and scores it.</summary>
    public static PetrarchUnitReport Run(IReadOnlyList<PetrarchUnitRecord> records, DictionaryEventCoder coder)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(coder);
        var relaxed = coder.WithOptions(coder.Options with { RequireDyad = false });
        var results = new List<PetrarchUnitResult>();
        foreach (var record in records)
        {
            var use = RequireDyad(record) is false ? relaxed : coder;
            var produced = use.Code(record.Text, record.Date).Select(e => e.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var expected = record.Expected.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var right = record.ExpectNone ? produced.IsEmpty : produced.SequenceEqual(expected);
            results.Add(new PetrarchUnitResult(record, produced, right));
        }

        return new PetrarchUnitReport(results);
    }

    /// <summary>The report as Markdown: the table by category, the overall rate and, when asked, the wrong records.</summary>
    public static string ToMarkdown(PetrarchUnitReport report, bool showErrors)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine("| Category | Records | Right | Rate |");
        sb.AppendLine("|---|---:|---:|---:|");
        foreach (var (category, total, right) in report.ByCategory())
        {
            sb.AppendLine(inv, $"| {category} | {total} | {right} | {Percent(right, total)} |");
        }

        sb.AppendLine(inv, $"| **all** | **{report.Results.Count}** | **{report.Right}** | **{Percent(report.Right, report.Results.Count)}** |");
        if (showErrors)
        {
            sb.AppendLine();
            foreach (var r in report.Results.Where(r => !r.Right))
            {
                sb.AppendLine(inv, $"- **{r.Record.Id}** ({r.Record.Category}, {r.Record.Date:yyyy-MM-dd}{(r.Record.ConfigOverrides.IsEmpty ? string.Empty : ", " + string.Join(' ', r.Record.ConfigOverrides))}) {r.Record.Text}");
                sb.AppendLine(inv, $"  expected: {(r.Record.ExpectNone ? "(none)" : string.Join(' ', r.Record.Expected))} · coded: {(r.Produced.IsEmpty ? "(none)" : string.Join(' ', r.Produced))}");
            }
        }

        return sb.ToString();
    }

    private static string Percent(int n, int d) => d == 0 ? "–" : (100.0 * n / d).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static bool? RequireDyad(PetrarchUnitRecord record)
    {
        bool? value = null;
        foreach (var o in record.ConfigOverrides)
        {
            if (o.StartsWith("require_dyad=", StringComparison.OrdinalIgnoreCase))
            {
                value = bool.TryParse(o["require_dyad=".Length..], out var b) ? b : null;
            }
        }

        return value;
    }

    private static string? Part(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
