using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;

namespace Dyad.Events.Dictionaries;

/// <summary>
/// A PETRARCH-2 / Phoenix dictionary set loaded from a folder: actors, agents, verbs (blocks, patterns, synsets,
/// transformations), discards, issues and prepositions, with every problem met as a diagnostic.
/// </summary>
/// <remarks>
/// Loading never throws on bad content: malformed lines become <see cref="Diagnostics"/> (file:line: reason) and the
/// rest loads. Only a missing folder throws. Files are parsed in parallel. The result is immutable.
/// </remarks>
public sealed class PetrarchDictionaries
{
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Lazy<FrozenDictionary<string, ImmutableArray<PetrarchActor>>> _actorsByName;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<PetrarchAgent>>> _agentsByPhrase;

    private PetrarchDictionaries(
        PetrarchDictionaryFiles files,
        IReadOnlyList<PetrarchActor> actors,
        IReadOnlyList<PetrarchAgent> agents,
        PetrarchVerbs verbs,
        IReadOnlyList<DiscardPhrase> discards,
        IReadOnlyList<IssueEntry> issues,
        IReadOnlyList<string> prepositions,
        IReadOnlyList<DictionaryDiagnostic> diagnostics,
        IReadOnlyList<DictionaryFileSummary> summaries,
        TimeSpan loadTime)
    {
        Files = files;
        Actors = actors;
        Agents = agents;
        Verbs = verbs;
        Discards = discards;
        Issues = issues;
        Prepositions = prepositions;
        Diagnostics = diagnostics;
        FileSummaries = summaries;
        LoadTime = loadTime;
        var patterns = 0;
        var verbEntries = 0;
        foreach (var b in verbs.Blocks)
        {
            patterns += b.Patterns.Length;
            verbEntries += b.Verbs.Length;
        }

        _actorsByName = new(() => Index(actors, a => a.Names));
        _agentsByPhrase = new(() => Index(agents, a => a.Plurals.Insert(0, a.Phrase)));
        Counts = new DictionaryCounts(
            actors.Count, actors.Sum(a => a.Names.Length), actors.Sum(a => a.Codes.Length), agents.Count,
            verbs.Blocks.Length, verbEntries, patterns, verbs.Synsets.Length, verbs.Transformations.Length,
            discards.Count, issues.Count, prepositions.Count);
    }

    /// <summary>The files the set was loaded from.</summary>
    public PetrarchDictionaryFiles Files { get; }

    /// <summary>Actor records of all actor files, in file order.</summary>
    public IReadOnlyList<PetrarchActor> Actors { get; }

    /// <summary>Agents (substitution markers expanded).</summary>
    public IReadOnlyList<PetrarchAgent> Agents { get; }

    /// <summary>The verb dictionary.</summary>
    public PetrarchVerbs Verbs { get; }

    /// <summary>Discard phrases.</summary>
    public IReadOnlyList<DiscardPhrase> Discards { get; }

    /// <summary>Issue-list entries.</summary>
    public IReadOnlyList<IssueEntry> Issues { get; }

    /// <summary>Prepositions.</summary>
    public IReadOnlyList<string> Prepositions { get; }

    /// <summary>Every problem met, in file order, then line order.</summary>
    public IReadOnlyList<DictionaryDiagnostic> Diagnostics { get; }

    /// <summary>One summary per file loaded.</summary>
    public IReadOnlyList<DictionaryFileSummary> FileSummaries { get; }

    /// <summary>How much the set holds.</summary>
    public DictionaryCounts Counts { get; }

    /// <summary>Wall-clock time of the whole load (locating, reading, parsing).</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>
    /// The actors one of whose names is <paramref name="phrase"/>, compared case-insensitively with underscores and
    /// blanks alike (<c>"Vladimir Putin"</c> finds <c>VLADIMIR_PUTIN_</c>). The index is built on first use.
    /// </summary>
    /// <returns>The matching actors in file order; empty when none.</returns>
    public ImmutableArray<PetrarchActor> FindActors(string phrase) =>
        _actorsByName.Value.TryGetValue(Phrases.Normalize(phrase ?? string.Empty), out var found) ? found : [];

    /// <summary>The agents whose phrase or one of whose plurals is <paramref name="phrase"/> (as <see cref="FindActors"/>).</summary>
    /// <returns>The matching agents in file order; empty when none.</returns>
    public ImmutableArray<PetrarchAgent> FindAgents(string phrase) =>
        _agentsByPhrase.Value.TryGetValue(Phrases.Normalize(phrase ?? string.Empty), out var found) ? found : [];

    /// <summary>
    /// Loads the dictionaries in <paramref name="directory"/>, choosing files as <see cref="PetrarchConfig.Locate"/>
    /// describes (a <c>PETR_config.ini</c> if there is one, else file-name patterns).
    /// </summary>
    /// <param name="directory">The dictionary folder.</param>
    /// <param name="options">Config file and strictness; null for <see cref="PetrarchLoadOptions.Default"/>.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static PetrarchDictionaries Load(string directory, PetrarchLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Dictionary folder not found: {directory}");
        }

        var clock = Stopwatch.StartNew();
        var diagnostics = new List<DictionaryDiagnostic>();
        options ??= PetrarchLoadOptions.Default;
        var files = PetrarchConfig.Locate(Path.GetFullPath(directory), options.ConfigFile, diagnostics);
        return Load(files, options, diagnostics, clock);
    }

    /// <summary>Loads exactly the files given (e.g. the <c>PETR.Validate.*</c> set beside the Phoenix one).</summary>
    /// <param name="files">The files, by kind.</param>
    /// <param name="options">Strictness (the config file is not used here); null for the defaults.</param>
    public static PetrarchDictionaries Load(PetrarchDictionaryFiles files, PetrarchLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load(files, options ?? PetrarchLoadOptions.Default, [], Stopwatch.StartNew());
    }

    private static PetrarchDictionaries Load(PetrarchDictionaryFiles files, PetrarchLoadOptions options, List<DictionaryDiagnostic> diagnostics, Stopwatch clock)
    {
        var jobs = files.All.ToArray();
        var results = new FileResult[jobs.Length];

        // Files are independent: parse them in parallel, then merge in the fixed order above, so the result
        // (and the order of diagnostics) does not depend on scheduling.
        Parallel.For(0, jobs.Length, i => results[i] = ReadFile(jobs[i].Kind, jobs[i].Path, options.Strict));

        var actors = new List<PetrarchActor>();
        var agents = new List<PetrarchAgent>();
        var verbs = new List<PetrarchVerbs>();
        var discards = new List<DiscardPhrase>();
        var issues = new List<IssueEntry>();
        var prepositions = new List<string>();
        var summaries = new List<DictionaryFileSummary>();
        foreach (var r in results)
        {
            diagnostics.AddRange(r.Diagnostics);
            actors.AddRange(r.Actors);
            agents.AddRange(r.Agents);
            discards.AddRange(r.Discards);
            issues.AddRange(r.Issues);
            prepositions.AddRange(r.Prepositions);
            if (r.Verbs is not null)
            {
                verbs.Add(r.Verbs);
            }

            summaries.Add(r.Summary);
        }

        var verbDictionary = verbs.Count == 0 ? PetrarchVerbs.Empty : PetrarchVerbs.Concat(verbs);
        return new PetrarchDictionaries(files, actors.AsReadOnly(), agents.AsReadOnly(), verbDictionary, discards.AsReadOnly(),
            issues.AsReadOnly(), prepositions.AsReadOnly(), diagnostics.AsReadOnly(), summaries.AsReadOnly(), clock.Elapsed);
    }

    private static FrozenDictionary<string, ImmutableArray<T>> Index<T>(IReadOnlyList<T> items, Func<T, IEnumerable<string>> keys)
    {
        var map = new Dictionary<string, List<T>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            foreach (var key in keys(item).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                list.Add(item);
            }
        }

        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static FileResult ReadFile(DictionaryKind kind, string path, bool strict)
    {
        var clock = Stopwatch.StartNew();
        var name = Path.GetFileName(path);
        var diagnostics = new List<DictionaryDiagnostic>();
        var result = new FileResult { Diagnostics = diagnostics };
        string text;
        var latin1 = false;
        try
        {
            var bytes = File.ReadAllBytes(path);
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (System.Text.DecoderFallbackException)
            {
                // Older TABARI-era files are Latin-1; reading them as such keeps every byte.
                text = System.Text.Encoding.Latin1.GetString(bytes);
                latin1 = true;
            }

            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new(new(name, 0), DiagnosticSeverity.Error, $"cannot read: {ex.Message}"));
            result.Summary = new DictionaryFileSummary(path, kind, 0, diagnostics.Count, clock.Elapsed);
            return result;
        }

        int entries;
        switch (kind)
        {
            case DictionaryKind.Actors:
                result.Actors = ActorDictionaryReader.Read(text, name, diagnostics, strict);
                entries = result.Actors.Count;
                break;
            case DictionaryKind.Agents:
                result.Agents = AgentDictionaryReader.Read(text, name, diagnostics);
                entries = result.Agents.Count;
                break;
            case DictionaryKind.Verbs:
                result.Verbs = VerbDictionaryReader.Read(text, name, diagnostics);
                entries = result.Verbs.Blocks.Sum(b => b.Verbs.Length + b.Patterns.Length) + result.Verbs.Synsets.Length + result.Verbs.Transformations.Length;
                break;
            case DictionaryKind.Discards:
                result.Discards = ListDictionaryReader.ReadDiscards(text, name, diagnostics);
                entries = result.Discards.Count;
                break;
            case DictionaryKind.Issues:
                result.Issues = ListDictionaryReader.ReadIssues(text, name, diagnostics);
                entries = result.Issues.Count;
                break;
            default:
                result.Prepositions = ListDictionaryReader.ReadPrepositions(text, name, diagnostics);
                entries = result.Prepositions.Count;
                break;
        }

        if (latin1)
        {
            diagnostics.Add(new(new(name, 0), DiagnosticSeverity.Warning, "not valid UTF-8: read as Latin-1"));
        }

        result.Summary = new DictionaryFileSummary(path, kind, entries, diagnostics.Count, clock.Elapsed);
        return result;
    }

    private sealed class FileResult
    {
        public required List<DictionaryDiagnostic> Diagnostics { get; init; }

        public IReadOnlyList<PetrarchActor> Actors { get; set; } = [];

        public IReadOnlyList<PetrarchAgent> Agents { get; set; } = [];

        public PetrarchVerbs? Verbs { get; set; }

        public IReadOnlyList<DiscardPhrase> Discards { get; set; } = [];

        public IReadOnlyList<IssueEntry> Issues { get; set; } = [];

        public IReadOnlyList<string> Prepositions { get; set; } = [];

        public DictionaryFileSummary Summary { get; set; } = null!;
    }
}
