using System.Collections.Immutable;
using Dyad.Events.Clauses;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Coreference;

/// <summary>
/// Who and what a document names, in order, and what its phrases refer to: names (a surname alone takes the
/// fullest form of the name in the document), pronouns, descriptions and groups.
/// </summary>
/// <remarks>
/// Rules, applied to a phrase in this order:
/// <list type="number">
/// <item>Names inside the phrase are its referents ("Russian President Vladimir Putin", "Putin's office"); two or
/// more joined by "and" make a group.</item>
/// <item>"he", "him", "his", "she", "her" refer to the nearest person named before; "it", "its" to the nearest
/// organisation or place; "they", "them", "their" to the nearest group within five sentences.</item>
/// <item>"the two leaders", "both sides", "the presidents" (a number word or "both" or a definite plural with a
/// role noun) refer to the nearest group, else to the last two people named.</item>
/// <item>"the Russian leader", "the U.S. president" refer to the nearest person whose introducing words hold that
/// nationality or country; "the president", "the chancellor" to the nearest person introduced with that title.</item>
/// <item>Anything else is unresolved: "a senior official" stays as it is.</item>
/// </list>
/// </remarks>
public sealed class DocumentReferents
{
    private static readonly string[] MalePronouns = ["he", "him", "his", "himself"];

    private static readonly string[] FemalePronouns = ["she", "her", "hers", "herself"];

    private static readonly string[] ThingPronouns = ["it", "its", "itself"];

    private static readonly string[] GroupPronouns = ["they", "them", "their", "themselves", "both"];

    private static readonly string[] GroupWords = ["two", "both", "three", "four"];

    private static readonly string[] PersonRoles =
    [
        "leader", "president", "premier", "chancellor", "king", "queen", "emperor", "minister", "secretary", "chief",
        "head", "prime", "vice", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "man", "woman",
    ];

    // Words of a title that name a rank ("Foreign Minister", "Presidential Aide", "Secretary of State").
    private static readonly string[] Ranks =
    [
        "president", "prime", "premier", "chancellor", "king", "queen", "emperor", "leader", "emir", "sultan", "minister",
        "secretary", "ambassador", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "envoy", "general", "director",
        "representative", "deputy", "chief", "commander", "governor", "mayor", "senator",
    ];

    private static readonly string[] PluralRoles = ["leaders", "presidents", "sides", "countries", "ministers", "men", "heads", "nations", "governments", "parties", "delegations"];

    private readonly AnnotatedText _text;
    private readonly List<Mention> _mentions = [];
    private readonly List<(int End, int Sentence, ImmutableArray<Referent> Members)> _groups = [];

    private DocumentReferents(AnnotatedText text)
    {
        _text = text;
    }

    /// <summary>Collects the names of <paramref name="text"/> (which needs entities and chunks).</summary>
    public static DocumentReferents Build(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Has(Layers.Entities | Layers.Chunks | Layers.Sentences))
        {
            throw new ArgumentException("Coreference needs sentences, chunks and entities; annotate the text with the full language pipeline first.", nameof(text));
        }

        var document = new DocumentReferents(text);
        document.Collect();
        return document;
    }

    /// <summary>
    /// What <paramref name="phrase"/> refers to; a pronoun or description never resolves to <paramref name="excluding"/>
    /// (the event's other side: "his meeting with Putin" is not Putin's).
    /// </summary>
    public PhraseReference Resolve(ClausePhrase phrase, string? excluding = null)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        // Names inside the phrase; a nationality word before the head ("the German leader", "Russian troops") is a
        // modifier, not the referent.
        var inside = new List<Referent>();
        foreach (var m in _mentions)
        {
            if (m.Referent.Span.Start >= phrase.Span.Start && m.Referent.Span.End <= phrase.Span.End &&
                !(m.Nationality && m.Referent.Span.End < phrase.Span.End))
            {
                inside.Add(m.Referent);
            }
        }

        if (inside.Count > 0)
        {
            var joined = inside.Count >= 2 && phrase.Text.Contains(" and ", StringComparison.Ordinal);
            return new PhraseReference(phrase, joined ? ReferenceKind.Group : ReferenceKind.Named, joined ? [.. inside] : [inside[0]]);
        }

        var words = phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 ? words[0].ToLowerInvariant() : string.Empty;
        var sentence = SentenceOf(phrase.FirstToken);
        if (words.Length == 1 && (Array.IndexOf(MalePronouns, first) >= 0 || Array.IndexOf(FemalePronouns, first) >= 0))
        {
            return Found(phrase, ReferenceKind.Pronoun, Nearest(phrase.Span.Start, m => m.Referent.Type == "PER" && m.Referent.Name != excluding));
        }

        if (words.Length == 1 && Array.IndexOf(ThingPronouns, first) >= 0)
        {
            return Found(phrase, ReferenceKind.Pronoun, Nearest(phrase.Span.Start, m => m.Referent.Type is "ORG" or "LOC" && m.Referent.Name != excluding));
        }

        if (words.Length == 1 && Array.IndexOf(GroupPronouns, first) >= 0)
        {
            return Group(phrase, sentence, fallBackToLastTwo: false);
        }

        var last = words.Length > 0 ? words[^1].ToLowerInvariant() : string.Empty;
        var definite = first is "the" or "both" or "these" or "those";
        if (definite && Array.IndexOf(PluralRoles, last) >= 0 && (words.Length >= 2 && Array.IndexOf(GroupWords, words[^2].ToLowerInvariant()) >= 0 || first == "both" || words.Length == 2))
        {
            // "the two leaders" are people; "both countries" are places; "both sides" may be either.
            var type = last is "countries" or "nations" ? "LOC" : last is "sides" or "parties" or "governments" or "delegations" ? null : "PER";
            return Group(phrase, sentence, fallBackToLastTwo: true, type, last);
        }

        if (first == "the" && words.Length >= 2 && Array.IndexOf(PersonRoles, last) >= 0)
        {
            return Description(phrase, words, excluding);
        }

        return new PhraseReference(phrase, ReferenceKind.Unresolved, []);
    }

    private PhraseReference Description(ClausePhrase phrase, string[] words, string? excluding)
    {
        // "the Russian leader": a nationality or country word between "the" and the role.
        var qualifiers = words[1..^1].Where(w => w.Length > 0 && char.IsUpper(w[0])).ToArray();
        var role = words[^1];
        Mention? match;
        if (qualifiers.Length > 0)
        {
            match = Nearest(phrase.Span.Start, m => m.Referent.Type == "PER" && m.Referent.Name != excluding && m.Referent.Descriptor is { } d && qualifiers.All(q => d.Contains(q, StringComparison.Ordinal)));
        }
        else if (role.Equals("leader", StringComparison.OrdinalIgnoreCase))
        {
            match = Nearest(phrase.Span.Start, m => m.Referent.Type == "PER" && m.Referent.Name != excluding && m.Referent.Descriptor is not null);
        }
        else
        {
            match = Nearest(phrase.Span.Start, m => m.Referent.Type == "PER" && m.Referent.Name != excluding && m.Referent.Descriptor is { } d && HasWord(d, role));
        }

        return Found(phrase, ReferenceKind.Description, match);
    }

    /// <summary>
    /// The nearest group of people ("X and Y") that ends before <paramref name="before"/> within three sentences of
    /// <paramref name="sentence"/>, or empty: the sides of a meeting or call named only by a noun ("the phone conversation").
    /// </summary>
    public ImmutableArray<Referent> NearestGroup(int before, int sentence)
    {
        for (var g = _groups.Count - 1; g >= 0; g--)
        {
            var (end, groupSentence, members) = _groups[g];
            if (end <= before && sentence - groupSentence <= 3 && members[0].Type == "PER")
            {
                return members;
            }
        }

        return [];
    }

    // "President" in "Russian President" but not in "Presidential Aide".
    private static bool HasWord(string text, string word)
    {
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private PhraseReference Group(ClausePhrase phrase, int sentence, bool fallBackToLastTwo, string? type = null, string? role = null)
    {
        for (var g = _groups.Count - 1; g >= 0; g--)
        {
            var (end, groupSentence, members) = _groups[g];
            // A group named by rank ("the leaders") may be named further back: up to twelve sentences.
            if (end <= phrase.Span.Start && sentence - groupSentence <= (Ranked(role) ? 12 : 5) && (type is null || members[0].Type == type) && Fits(members, role))
            {
                return new PhraseReference(phrase, ReferenceKind.Group, members);
            }
        }

        if (fallBackToLastTwo)
        {
            var people = new List<Referent>();
            for (var i = _mentions.Count - 1; i >= 0 && people.Count < 2; i--)
            {
                var m = _mentions[i];
                if (m.Referent.Span.End <= phrase.Span.Start && m.Referent.Type == "PER" && !people.Exists(p => p.Name == m.Referent.Name) &&
                    Fits([m.Referent], role))
                {
                    people.Insert(0, m.Referent);
                }
            }

            if (people.Count == 2)
            {
                return new PhraseReference(phrase, ReferenceKind.Group, [.. people]);
            }
        }

        return new PhraseReference(phrase, ReferenceKind.Unresolved, []);
    }

    private static PhraseReference Found(ClausePhrase phrase, ReferenceKind kind, Mention? match) =>
        match is null ? new PhraseReference(phrase, ReferenceKind.Unresolved, []) : new PhraseReference(phrase, kind, [match.Referent]);

    private Mention? Nearest(int before, Func<Mention, bool> accept)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            if (_mentions[i].Referent.Span.End <= before && accept(_mentions[i]))
            {
                return _mentions[i];
            }
        }

        return null;
    }

    private int SentenceOf(int token)
    {
        int lo = 0, hi = _text.Sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_text.Sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private void Collect()
    {
        var entities = _text.Entities;
        // The fullest form of each person's surname in the document.
        var fullest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type == "PER" && e.TokenCount >= 1)
            {
                var surname = _text.Words[e.FirstToken + e.TokenCount - 1];
                if (!fullest.TryGetValue(surname, out var known) || known.Length < e.Text.Length)
                {
                    fullest[surname] = e.Text;
                }
            }
        }

        var descriptors = new Dictionary<string, string>(StringComparer.Ordinal);
        var chunk = 0;
        foreach (var e in entities)
        {
            var name = e.Type == "PER" && fullest.TryGetValue(_text.Words[e.FirstToken + e.TokenCount - 1], out var full) ? full : e.Text;
            var descriptor = DescriptorOf(e, ref chunk);
            if (descriptor is not null && !descriptors.ContainsKey(name))
            {
                descriptors[name] = descriptor;
            }

            _mentions.Add(new Mention(new Referent(name, e.Type, e.Span, descriptor ?? descriptors.GetValueOrDefault(name)), SentenceOf(e.FirstToken))
            {
                Nationality = e.Subtype == "NORP",
            });
        }

        // Groups: two or more names of the same type joined by "and" with nothing but titles between them
        // (nationality words are titles here: "Merkel and French President Emmanuel Macron", and so is a country
        // inside a title: "Putin and U.S. President Barack Obama").
        var names = _mentions.Where(m => !m.Nationality).ToList();
        for (var i = 0; i + 1 < names.Count; i++)
        {
            var members = new List<Referent> { names[i].Referent };
            var j = i;
            while (NextOfType(names, j) is var k && k > j && Joined(names[j].Referent, names[k].Referent))
            {
                members.Add(names[k].Referent);
                j = k;
            }

            if (members.Count >= 2)
            {
                _groups.Add((members[^1].Span.End, names[j].Sentence, [.. members]));
                i = j;
            }
        }
    }

    // Whether a group's members may be "the leaders", "the presidents" or "the ministers": a member whose title names
    // another rank and not this one does not fit ("the leaders" after "Secretary of State John Kerry and Foreign
    // Minister Sergei Lavrov" are not the ministers). Other role words, and members without a rank, fit.
    private static bool Ranked(string? role) => role is "leaders" or "presidents" or "ministers";

    private static bool Fits(ImmutableArray<Referent> members, string? role)
    {
        string[]? ranks = role switch
        {
            "leaders" => ["president", "prime", "premier", "chancellor", "king", "queen", "emperor", "leader", "emir", "sultan"],
            "presidents" => ["president"],
            "ministers" => ["minister", "secretary"],
            _ => null,
        };
        if (ranks is null)
        {
            return true;
        }

        foreach (var member in members)
        {
            if (member.Descriptor is { } descriptor && !Array.Exists(ranks, r => HasWord(descriptor, r)) &&
                Array.Exists(Ranks, r => HasWord(descriptor, r)))
            {
                return false;
            }
        }

        return true;
    }

    // The next name after names[j] of the same type, skipping names of other types (a country inside a title); -1 when none.
    private static int NextOfType(List<Mention> names, int j)
    {
        for (var k = j + 1; k < names.Count && k <= j + 3; k++)
        {
            if (names[k].Referent.Type == names[j].Referent.Type)
            {
                return k;
            }
        }

        return -1;
    }

    // "Putin and U.S. President Barack Obama": "and" then at most a few capitalised title words.
    private bool Joined(Referent a, Referent b)
    {
        var between = _text.Text.AsSpan(a.Span.End, Math.Max(0, b.Span.Start - a.Span.End)).Trim();
        if (between.Length > 40)
        {
            return false;
        }

        var text = between.ToString();
        if (!text.StartsWith("and ", StringComparison.Ordinal) && text != "and" && !text.StartsWith(", ", StringComparison.Ordinal) && text != ",")
        {
            return false;
        }

        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            if (!char.IsUpper(word[0]) && word != "and")
            {
                return false;
            }
        }

        return true;
    }

    // Capitalised words before the name in its noun phrase chunk: "Russian President" in "Russian President Vladimir Putin".
    // Entities come in text order, so one cursor over the chunks serves them all.
    private string? DescriptorOf(NamedEntity entity, ref int cursor)
    {
        var chunks = _text.Chunks;
        while (cursor < chunks.Length && chunks[cursor].FirstToken + chunks[cursor].TokenCount <= entity.FirstToken)
        {
            cursor++;
        }

        if (cursor < chunks.Length)
        {
            var chunk = chunks[cursor];
            if (chunk.Type != "NP" || chunk.FirstToken >= entity.FirstToken)
            {
                return null;
            }

            var words = new List<string>();
            for (var t = chunk.FirstToken; t < entity.FirstToken; t++)
            {
                var w = _text.Words[t];
                if (w.Length > 0 && char.IsUpper(w[0]))
                {
                    words.Add(w);
                }
            }

            return words.Count > 0 ? string.Join(' ', words) : null;
        }

        return null;
    }

    private sealed record Mention(Referent Referent, int Sentence)
    {
        public bool Nationality { get; init; }
    }
}
