using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;

namespace Dyad.Evaluation.Events;

/// <summary>
/// Scores the event coder on the PLOVER gold standard records (the CAMEO manual's example sentences recoded in
/// PLOVER by the Open Event Data Alliance): for each sentence, are the events Dyad codes of the gold PLOVER type,
/// and do their source and target phrases hold the gold actors' words?
/// </summary>
/// <remarks>
/// Protocol: every record with a text and an event other than DOCUMENT; each sentence annotated on its own (no
/// publication date), coded with <see cref="EventExtractor"/>; each event mapped to a PLOVER type by the given mapping
/// (which sees the modality: PLOVER's AGREE and THREATEN are intentions to cooperate or to harm). Type recall: records where some event has the gold type. Precision: events of the gold type among
/// all events coded. Source (target) agreement: among records whose type was found, those where that event's source
/// (target) phrase and a gold source (target) text share a word of three or more letters; country agreement: the
/// gold actor code's first three letters (a country, or IGO, NGO ...) equal the first three of the event's actor
/// code or its ISO3 country. Modality is not scored (the records do not carry it).
/// </remarks>
public static class PloverEvaluation
{
    /// <summary>Reads the gold records of <paramref name="path"/> (a JSON array); throws <see cref="FileNotFoundException"/> naming the file when it is missing.</summary>
    public static IReadOnlyList<PloverRecord> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"PLOVER gold records not found: {path}", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true });
        var records = new List<PloverRecord>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (!item.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String ||
                !item.TryGetProperty("event", out var type) || type.GetString() is not { } eventType || eventType == "DOCUMENT")
            {
                continue;
            }

            records.Add(new PloverRecord(
                item.TryGetProperty("id", out var id) ? id.GetString() ?? string.Empty : string.Empty,
                text.GetString()!,
                eventType,
                Actors(item, "source", "actorText"),
                Actors(item, "target", "actorText"),
                Actors(item, "source", "code"),
                Actors(item, "target", "code")));
        }

        return records;
    }

    /// <summary>
    /// Codes every record with <paramref name="extractor"/> and scores the result; <paramref name="plover"/> gives an
    /// event's PLOVER type in the records' names (null when unmapped).
    /// </summary>
    public static PloverReport Run(IReadOnlyList<PloverRecord> records, EventExtractor extractor, Func<EventRecord, string?> plover, int examples = 15)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(plover);
        int withEvents = 0, typeFound = 0, events = 0, eventsOfType = 0, sourceAgree = 0, targetAgree = 0, targetsGold = 0;
        int sourceCountries = 0, sourceCountryAgree = 0, targetCountries = 0, targetCountryAgree = 0;
        var perType = new SortedDictionary<string, (int Gold, int Found)>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var record in records)
        {
            var coded = extractor.Extract(LanguagePipeline.Default.Annotate(record.Text));
            events += coded.Length;
            withEvents += coded.IsEmpty ? 0 : 1;
            EventRecord? match = null;
            foreach (var e in coded)
            {
                if (plover(e) == record.Event)
                {
                    eventsOfType++;
                    match ??= e;
                }
            }

            var (gold, found) = perType.GetValueOrDefault(record.Event);
            perType[record.Event] = (gold + 1, found + (match is null ? 0 : 1));
            if (match is null)
            {
                if (misses.Count < examples)
                {
                    var got = coded.IsEmpty ? "no event" : string.Join(", ", coded.Select(e => $"{e.Code}/{e.Modality}/{plover(e) ?? "?"}"));
                    misses.Add($"{record.Id} ({record.Event}; Dyad: {got}): {record.Text}");
                }

                continue;
            }

            typeFound++;
            sourceAgree += SharesWord(match.Source?.Text, record.Sources) ? 1 : 0;
            if (!record.Targets.IsEmpty)
            {
                targetsGold++;
                targetAgree += SharesWord(match.Target?.Text, record.Targets) ? 1 : 0;
            }

            if (!record.SourceCodes.IsEmpty)
            {
                sourceCountries++;
                sourceCountryAgree += SameCountry(match.Source, record.SourceCodes) ? 1 : 0;
            }

            if (!record.TargetCodes.IsEmpty)
            {
                targetCountries++;
                targetCountryAgree += SameCountry(match.Target, record.TargetCodes) ? 1 : 0;
            }
        }

        return new PloverReport(records.Count, withEvents, typeFound, events, eventsOfType, sourceAgree, targetAgree, targetsGold, perType.ToImmutableSortedDictionary(), [.. misses])
        {
            SourceCountries = sourceCountries,
            SourceCountryAgrees = sourceCountryAgree,
            TargetCountries = targetCountries,
            TargetCountryAgrees = targetCountryAgree,
        };
    }

    // The gold code's first three letters (a country, or IGO, NGO, ...) against the actor's code's first three letters
    // or its ISO3 country.
    private static bool SameCountry(EventActor? actor, ImmutableArray<string> gold)
    {
        if (actor is null)
        {
            return false;
        }

        foreach (var code in gold)
        {
            var g = code.Length >= 3 ? code[..3] : code;
            if (actor.Code is { Length: >= 3 } c && string.Equals(c[..3], g, StringComparison.Ordinal) || string.Equals(actor.Country, g, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A PLOVER 2021 type (the shipped CAMEO-to-PLOVER map's) under the name the 2016 gold records use: REQUEST is
    /// DEMAND; ACCUSE is INVESTIGATE for CAMEO root 09 and DISAPPROVE otherwise; ASSAULT is FIGHT for root 19; COERCE
    /// is SANCTION for root 16 (reduce relations, embargoes).
    /// </summary>
    public static string? As2016(string? type, string cameoCode)
    {
        ArgumentNullException.ThrowIfNull(cameoCode);
        var root = cameoCode.Length >= 2 ? cameoCode[..2] : cameoCode;
        return type switch
        {
            "REQUEST" => "DEMAND",
            "ACCUSE" => root == "09" ? "INVESTIGATE" : "DISAPPROVE",
            "ASSAULT" when root == "19" => "FIGHT",
            "COERCE" when root == "16" => "SANCTION",
            _ => type,
        };
    }

    /// <summary>The report as Markdown.</summary>
    public static string ToMarkdown(PloverReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"| Records | With an event | Gold type found (recall) | Events coded | Of the gold type (precision) | Source agrees | Target agrees | Source country | Target country |\n");
        sb.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        sb.Append(c, $"| {report.Records} | {report.WithEvents} | {report.TypeFound} ({Ratio(report.TypeFound, report.Records)}) | {report.Events} | {report.EventsOfType} ({Ratio(report.EventsOfType, report.Events)}) | {report.SourceAgrees} of {report.TypeFound} ({Ratio(report.SourceAgrees, report.TypeFound)}) | {report.TargetAgrees} of {report.TargetsGold} ({Ratio(report.TargetAgrees, report.TargetsGold)}) | {report.SourceCountryAgrees} of {report.SourceCountries} ({Ratio(report.SourceCountryAgrees, report.SourceCountries)}) | {report.TargetCountryAgrees} of {report.TargetCountries} ({Ratio(report.TargetCountryAgrees, report.TargetCountries)}) |\n\n");
        sb.Append("| PLOVER type | Records | Found | Recall |\n|---|---:|---:|---:|\n");
        foreach (var (type, (gold, found)) in report.PerType)
        {
            sb.Append(c, $"| {type} | {gold} | {found} | {Ratio(found, gold)} |\n");
        }

        if (!report.Misses.IsEmpty)
        {
            sb.Append("\nFirst records whose gold type was not found:\n\n");
            foreach (var miss in report.Misses)
            {
                sb.Append("- ").Append(miss).Append('\n');
            }
        }

        return sb.ToString();

        string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("F3", c);
    }

    private static ImmutableArray<string> Actors(JsonElement item, string name, string field)
    {
        if (!item.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var actor in list.EnumerateArray())
        {
            if (actor.ValueKind == JsonValueKind.Object && actor.TryGetProperty(field, out var t) && t.GetString() is { Length: > 0 } s)
            {
                result.Add(s);
            }
        }

        return result.ToImmutable();
    }

    private static bool SharesWord(string? phrase, ImmutableArray<string> gold)
    {
        if (phrase is null)
        {
            return false;
        }

        var words = phrase.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var g in gold)
        {
            foreach (var w in g.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries))
            {
                if (w.Length >= 3 && words.Contains(w))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
