using System.Text;
using Dyad.Language.Tagging;

namespace Dyad.Language.Entities;

/// <summary>
/// Named-entity tagger for English news (CoNLL-2003 types PER, ORG, LOC, MISC, with GPE and NORP subtypes where the
/// lexicon knows the name). Two greedy averaged perceptrons over BILOU labels: the first tags each sentence from
/// local and document-wide features; the second sees, in addition, the first's labels around each word and how the
/// first labelled the same word elsewhere in the document (Ratinov and Roth 2009).
/// </summary>
/// <remarks>Immutable and thread-safe; each thread reuses its own working buffers.</remarks>
public sealed class EntityTagger
{
    /// <summary>Format version written after the magic bytes; readers reject other versions.</summary>
    public const int FormatVersion = 1;

    [ThreadStatic]
    private static EntityDocument? t_document;

    [ThreadStatic]
    private static List<EntitySpan>? t_spans;

    [ThreadStatic]
    private static List<Lexicon.GazetteerMatch>? t_matches;

    private readonly EntityLexicon? _lexicon;

    internal EntityTagger(EntityStage first, EntityStage second, EntityLexicon? lexicon, bool usesScoreCache = true)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        FirstStage = first;
        SecondStage = second;
        _lexicon = lexicon;
        UsesScoreCache = usesScoreCache;
    }

    /// <summary>
    /// Whether the stages sum the weights of repeating feature groups through a per-thread cache (the default) rather
    /// than looking every feature up afresh. Both give the same integer scores, so the same mentions; the cache is
    /// several times faster.
    /// </summary>
    public bool UsesScoreCache { get; }

    /// <summary>The first-stage tagger (local and document features).</summary>
    internal EntityStage FirstStage { get; }

    /// <summary>The second-stage tagger (adds the first stage's predictions in the sentence and document).</summary>
    internal EntityStage SecondStage { get; }

    private static ReadOnlySpan<byte> Magic => "DYADNER\0"u8;

    /// <summary>
    /// Finds the named entities of a whole document (document-level features need every sentence at once).
    /// </summary>
    /// <param name="sentences">The document's sentences, each an array of words (tokens).</param>
    /// <param name="posTags">
    /// The predicted Penn tags of each sentence (<see cref="LanguageModels.Pos"/>), one array per sentence; a missing
    /// or short array is read as unknown tags, which costs accuracy but does not fail.
    /// </param>
    /// <returns>The mentions in document order; word indices are within their sentence, end exclusive.</returns>
    public IReadOnlyList<EntityMention> TagDocument(IReadOnlyList<string[]> sentences, IReadOnlyList<string[]> posTags)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var document = Rent();
        document.Prepare(sentences!, posTags!);
        var mentions = new List<EntityMention>();
        TagAndDecode(document, mentions);
        return mentions;
    }

    /// <summary>
    /// Finds the named entities of a whole document given as one array of words and one of their tags (same index),
    /// cut into <paramref name="sentences"/>: as <see cref="TagDocument(IReadOnlyList{string[]}, IReadOnlyList{string[]})"/>
    /// does, without copying the words into one array per sentence.
    /// </summary>
    /// <param name="words">The document's words.</param>
    /// <param name="posTags">The predicted Penn tag of each word.</param>
    /// <param name="sentences">The sentences, covering token ranges of both arrays.</param>
    /// <param name="mentions">Receives the mentions in document order; word indices are within their sentence.</param>
    internal void TagDocument(string[] words, string[] posTags, ReadOnlySpan<Sentences.Sentence> sentences, List<EntityMention> mentions)
    {
        var document = Rent();
        document.Prepare(words, posTags, sentences);
        TagAndDecode(document, mentions);
    }

    /// <summary>Tags a prepared document and appends its mentions, completed and refined from the lexicon.</summary>
    private void TagAndDecode(EntityDocument document, List<EntityMention> mentions)
    {
        Tag(document);
        var spans = t_spans ??= [];
        for (var s = 0; s < document.Count; s++)
        {
            spans.Clear();
            var words = document.Words(s);
            Decode(document.Second(s).AsSpan(0, words.Length), spans);
            _lexicon?.CompletePersons(words, document.Values(s, EntityColumns.Gazetteer).AsSpan(0, words.Length), spans, t_matches ??= []);
            foreach (var span in spans)
            {
                var (type, subtype) = _lexicon is null ? (span.Type, null) : _lexicon.Refine(words.Slice(span.Start, span.Length), span.Type);
                mentions.Add(new EntityMention(s, span.Start, span.End, type, subtype));
            }
        }
    }

    /// <summary>The same model, scoring with or without the per-thread score cache (see <see cref="UsesScoreCache"/>).</summary>
    public EntityTagger WithScoreCache(bool enabled) =>
        enabled == UsesScoreCache ? this : new EntityTagger(FirstStage, SecondStage, _lexicon, enabled);

    /// <summary>Runs both stages over a prepared document, leaving labels in its first- and second-stage buffers.</summary>
    internal void Tag(EntityDocument document)
    {
        for (var s = 0; s < document.Count; s++)
        {
            FirstStage.Tag(document.Input(s), document.First(s), default, UsesScoreCache);
        }

        document.Aggregate();
        for (var s = 0; s < document.Count; s++)
        {
            SecondStage.Tag(document.Input(s), document.Second(s), document.First(s).AsSpan(0, document.Length(s)), UsesScoreCache);
        }
    }

    /// <summary>A working document for this thread, created for this tagger's lexicon.</summary>
    internal EntityDocument Rent()
    {
        var document = t_document;
        if (document is null || !ReferenceEquals(document.Lexicon, _lexicon))
        {
            document = t_document = new EntityDocument(_lexicon);
        }

        return document;
    }

    /// <summary>Decodes label indices of the fixed BILOU set into spans, repairing invalid sequences.</summary>
    internal static void Decode(ReadOnlySpan<int> labels, List<EntitySpan> spans) =>
        EntityLabels.DecodeBilou(labels, EntityLabelSet.Prefixes, EntityLabelSet.LabelTypes, spans);

    /// <summary>
    /// Writes the model: the magic bytes <c>DYADNER\0</c>, a 32-bit version, then a Deflate-compressed body holding
    /// the lexicon name and both stages (feature-set name, outside words, 16-bit quantised weights).
    /// </summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var body = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        using var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true);
        writer.Write(_lexicon is null ? string.Empty : EntityLexicon.Name);
        FirstStage.Write(writer);
        SecondStage.Write(writer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not an entity model of this version, or is corrupt.</exception>
    public static EntityTagger Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var body = ModelFile.OpenRead(stream, Magic, FormatVersion, "entity model");
        using var reader = new BinaryReader(body, Encoding.UTF8, leaveOpen: true);
        try
        {
            var lexicon = EntityLexicon.ForName(reader.ReadString());
            var first = EntityStage.Read(reader, EntityFeatureExtractor.FirstStage);
            var second = EntityStage.Read(reader, EntityFeatureExtractor.SecondStage);
            return new EntityTagger(first, second, lexicon);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Truncated entity model.", e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"EntityTagger: first stage {FirstStage}; second stage {SecondStage}; lexicon {(_lexicon is null ? "none" : EntityLexicon.Name)}";
}
