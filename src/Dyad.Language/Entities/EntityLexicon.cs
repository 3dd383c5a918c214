using Dyad.Language.Lexicon;

namespace Dyad.Language.Entities;

/// <summary>
/// The lexical resources behind the entity tagger's gazetteer and cluster features and its subtypes: the shipped
/// <see cref="Gazetteer"/> and <see cref="WordClusters"/>.
/// </summary>
/// <remarks>Thread-safe; each thread reuses its own marking buffers.</remarks>
internal sealed class EntityLexicon
{
    /// <summary>The name stored in models trained with the shipped lexicon.</summary>
    public const string ShippedName = "gazetteer+clusters-v1";

    private const GazetteerClass Places = GazetteerClass.Country | GazetteerClass.Capital | GazetteerClass.City | GazetteerClass.Region;
    private const GazetteerClass Organisations = GazetteerClass.Organisation | GazetteerClass.InternationalOrganisation;

    private static readonly Lazy<EntityLexicon> Shipped = new(() => new EntityLexicon(LanguageModels.Gazetteer, LanguageModels.Clusters));

    [ThreadStatic]
    private static GazetteerClass[]? t_begins;

    [ThreadStatic]
    private static GazetteerClass[]? t_insides;

    private readonly Gazetteer _gazetteer;
    private readonly WordClusters _clusters;

    private EntityLexicon(Gazetteer gazetteer, WordClusters clusters)
    {
        _gazetteer = gazetteer;
        _clusters = clusters;
    }

    /// <summary>The lexicon new models are trained with: the shipped gazetteer and clusters.</summary>
    public static EntityLexicon Default => Shipped.Value;

    /// <summary>A short name stored in models.</summary>
    public static string Name => ShippedName;

    /// <summary>The lexicon a model was trained with, by its stored name; null for a model trained without one.</summary>
    /// <exception cref="InvalidDataException">The name is not a lexicon this build has.</exception>
    public static EntityLexicon? ForName(string name) => name switch
    {
        "" or "none" => null,
        ShippedName => Default,
        _ => throw new InvalidDataException($"The entity model was trained with lexicon '{name}', which this build does not have."),
    };

    /// <summary>
    /// Writes, per word, the gazetteer classes of the maximal matches beginning at it (low 32 bits) and covering it
    /// without beginning there (high 32 bits), and its cluster path (low 56 bits, root first) with the path length in
    /// the top 8 bits (0 when the word has no cluster).
    /// </summary>
    public void Annotate(ReadOnlySpan<string> words, ulong[] gazetteer, ulong[] clusters)
    {
        if (words.IsEmpty)
        {
            return;
        }

        if (t_begins is null || t_begins.Length < words.Length)
        {
            var size = Math.Max(words.Length, 64);
            t_begins = new GazetteerClass[size];
            t_insides = new GazetteerClass[size];
        }

        var begins = t_begins.AsSpan(0, words.Length);
        var insides = t_insides.AsSpan(0, words.Length);
        _gazetteer.Mark(words, begins, insides);
        for (var i = 0; i < words.Length; i++)
        {
            gazetteer[i] = (ulong)begins[i] | ((ulong)insides[i] << 32);
            if (words[i] is { } word && _clusters.TryGet(word, out var path, out var length) && length > 0)
            {
                if (length > 56)
                {
                    path >>= length - 56;
                    length = 56;
                }

                clusters[i] = ((ulong)length << 56) | path;
            }
            else
            {
                clusters[i] = 0;
            }
        }
    }

    /// <summary>
    /// Refines a mention's type with the gazetteer: the type to report (a place name that the gazetteer knows only as
    /// an organisation, such as a seat of government used for its occupants, becomes <c>ORG</c>) and its subtype:
    /// <c>GPE</c> for a place listed as a country, capital, city or region, <c>NORP</c> for a miscellaneous name listed
    /// as a people's name or adjective.
    /// </summary>
    public (string Type, string? Subtype) Refine(ReadOnlySpan<string> words, string type)
    {
        if (type is not ("LOC" or "MISC") || words.IsEmpty)
        {
            return (type, null);
        }

        var classes = _gazetteer.Lookup(string.Join(' ', words!));
        if (type == "LOC")
        {
            if ((classes & Places) != 0)
            {
                return (type, "GPE");
            }

            return (classes & Organisations) != 0 ? ("ORG", null) : (type, null);
        }

        return (classes & GazetteerClass.Demonym) != 0 ? (type, "NORP") : (type, null);
    }

    /// <summary>
    /// Completes person mentions from the gazetteer's full names of public figures: a mention inside a listed name
    /// grows to the whole name (a tagger that stops at <c>Bashar</c> before the lower-case particle of
    /// <c>al-Assad</c>), and a listed name of two or more words that no mention touches becomes a person mention.
    /// <paramref name="spans"/> (in order, not overlapping) is changed in place and stays so.
    /// </summary>
    /// <param name="words">The sentence.</param>
    /// <param name="gazetteer">The sentence's gazetteer column from <see cref="Annotate"/> (begin classes in the low 32
    /// bits): the gazetteer is matched again only when some listed person name begins in the sentence.</param>
    /// <param name="spans">The sentence's mentions.</param>
    /// <param name="scratch">A reusable match list.</param>
    public void CompletePersons(ReadOnlySpan<string> words, ReadOnlySpan<ulong> gazetteer, List<EntitySpan> spans, List<GazetteerMatch> scratch)
    {
        var anyPerson = false;
        foreach (var classes in gazetteer)
        {
            anyPerson |= ((GazetteerClass)(uint)classes & GazetteerClass.Person) != 0;
        }

        if (!anyPerson)
        {
            return;
        }

        scratch.Clear();
        _gazetteer.Match(words, scratch);
        foreach (var match in scratch)
        {
            if ((match.Classes & GazetteerClass.Person) == 0 || match.Length < 2)
            {
                continue;
            }

            // The mentions overlapping the listed name: none (add it), or one person inside it (widen it).
            int first = -1, count = 0;
            for (var k = 0; k < spans.Count; k++)
            {
                if (spans[k].Start < match.End && spans[k].End > match.Start)
                {
                    first = first < 0 ? k : first;
                    count++;
                }
            }

            if (count == 0)
            {
                var at = 0;
                while (at < spans.Count && spans[at].Start < match.Start)
                {
                    at++;
                }

                spans.Insert(at, new EntitySpan(match.Start, match.End, "PER"));
            }
            else if (count == 1 && spans[first].Type == "PER" && spans[first].Start >= match.Start && spans[first].End <= match.End)
            {
                spans[first] = new EntitySpan(match.Start, match.End, "PER");
            }
        }
    }
}
