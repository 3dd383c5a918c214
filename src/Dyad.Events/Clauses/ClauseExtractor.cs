using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Language.Lemmas;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Clauses;

/// <summary>
/// Reads clauses (subjects, verb group, objects, prepositional phrases, and how each clause hangs on its sentence)
/// from the shallow parse of an <see cref="AnnotatedText"/>: its sentences, part-of-speech tags and chunks. No full
/// parser: the chunk sequence of each sentence is walked once.
/// </summary>
/// <remarks>
/// Rules, in the order they apply to each verb phrase (VP chunk; "agreed to" + "hold" split over two chunks count as
/// one group):
/// <list type="bullet">
/// <item>The verb group: the last verb is the head (its lemma via <see cref="VerbLemmatizer"/>); a modal, a negation
/// ("not", "n't", "never"), passive voice (a form of "be" or "get" before a past participle) and governing verbs
/// before "to" ("agreed to hold") are read from the group's words; the tense from its first verb.</item>
/// <item>The subject: the noun phrase chain before the verb ("a Kremlin summary of the call"), with "X and Y" and
/// "X, Y and Z" as several subjects. A relative pronoun ("who", "which", "that") takes its antecedent. After a
/// parenthetical (", who spoke with Kerry," or an apposition ", the foreign minister,") the subject is the phrase
/// before it. A verb after "and" with no subject of its own shares the previous clause's; a participle after a comma
/// ("…, killing 12 soldiers") takes the previous clause's agents.</item>
/// <item>The link: a subordinator before the subject ("if", "when", "after", ...) makes a subordinate clause; a
/// clause right after a verb (optionally after "that") is that verb's complement ("said Moscow would not accept").</item>
/// <item>Objects and prepositional phrases: the noun phrase chain after the verb (joined through "of"), several for
/// "X and Y"; then each preposition with its noun phrase, through commas, until the next verb, subordinator or
/// clause boundary (":" or ";"). A noun phrase followed directly by a verb is the next clause's subject instead.</item>
/// </list>
/// </remarks>
public static class ClauseExtractor
{
    private static readonly string[] Subordinators =
    [
        "if", "unless", "when", "whenever", "while", "after", "before", "because", "since", "although", "though",
        "until", "once", "as", "whether", "that", "so",
    ];

    /// <summary>Every clause of <paramref name="text"/>, sentence by sentence, in text order.</summary>
    /// <exception cref="ArgumentException">The text lacks sentences, part-of-speech tags or chunks.</exception>
    public static ImmutableArray<Clause> Extract(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Has(Layers.Sentences | Layers.PartsOfSpeech | Layers.Chunks))
        {
            throw new ArgumentException("Clauses need sentences, part-of-speech tags and chunks; annotate the text with the full language pipeline first.", nameof(text));
        }

        var result = ImmutableArray.CreateBuilder<Clause>();
        var items = new List<Item>(64);
        var chunkIndex = 0;
        var chunks = text.Chunks;
        for (var s = 0; s < text.Sentences.Length; s++)
        {
            var sentence = text.Sentences[s];
            var end = sentence.FirstToken + sentence.TokenCount;
            items.Clear();
            while (chunkIndex < chunks.Length && chunks[chunkIndex].FirstToken < sentence.FirstToken)
            {
                chunkIndex++;
            }

            var t = sentence.FirstToken;
            while (t < end)
            {
                if (chunkIndex < chunks.Length && chunks[chunkIndex].FirstToken == t)
                {
                    var chunk = chunks[chunkIndex++];
                    var count = Math.Min(chunk.TokenCount, end - t);
                    var kind = KindOf(chunk.Type);
                    if (kind == ItemKind.Verb && items.Count > 0 && items[^1].Kind == ItemKind.Verb && IsTo(text, t) ||
                        kind == ItemKind.Preposition && items.Count > 0 && items[^1].Kind == ItemKind.Preposition && items[^1].Count == 1 &&
                        text.Words[items[^1].First].Equals("according", StringComparison.OrdinalIgnoreCase))
                    {
                        // "[VP agreed] [VP to hold]": one verb group; "[PP according] [PP to]": one preposition.
                        var previous = items[^1];
                        items[^1] = previous with { Count = t + count - previous.First };
                    }
                    else
                    {
                        if (kind == ItemKind.Preposition && count == 1 && items.Count > 0 && items[^1].Kind == ItemKind.Verb &&
                            IsPhrasalParticle(text, items[^1].End - 1, t))
                        {
                            // "[VP handed] [PP over] [NP a letter]": "hand over" is one verb, the letter its object.
                            kind = ItemKind.Particle;
                        }

                        items.Add(new Item(t, count, kind));
                    }

                    t += count;
                }
                else
                {
                    items.Add(new Item(t, 1, ItemKind.Token));
                    t++;
                }
            }

            new SentenceReader(text, s, items, result).Read();
        }

        return result.ToImmutable();
    }

    // Nouns of asking or offering whose infinitive says what is asked ("an invitation to visit", "a call to resign").
    private static readonly string[] AskingNouns =
        ["invitation", "invitations", "request", "requests", "call", "calls", "offer", "offers", "appeal", "appeals", "demand", "demands", "proposal", "plea", "order", "orders", "permission", "summons"];

    // Verbs that credit or blame their object for a deed named by "for" + gerund.
    private static readonly string[] Crediting =
        ["thank", "praise", "commend", "congratulate", "applaud", "credit", "blame", "criticize", "criticise", "condemn", "punish", "reward", "fault", "forgive", "salute", "hail"];

    // Transitive phrasal verbs whose particle the chunker may read as a preposition: verb lemma + particle.
    private static readonly FrozenSet<string> PhrasalVerbs = FrozenSet.ToFrozenSet(
    [
        "hand over", "hand in", "pass on", "turn over", "give up", "call off", "set up", "carry out", "rule out",
        "take over", "pull out", "point out", "lay out", "hold off", "put off", "step up", "shut down", "wipe out",
        "break off", "cut off", "roll back", "lift up", "back down", "step down",
    ], StringComparer.Ordinal);

    private static bool IsPhrasalParticle(AnnotatedText text, int verbToken, int token)
    {
        var tag = text.PartsOfSpeech[verbToken];
        if (!tag.StartsWith("VB", StringComparison.Ordinal))
        {
            return false;
        }

        var word = text.Words[token].ToLowerInvariant();
        return word is "over" or "in" or "on" or "up" or "off" or "out" or "down" or "back" &&
            PhrasalVerbs.Contains(VerbLemmatizer.Lemma(text.Words[verbToken]) + " " + word);
    }

    private static bool IsTo(AnnotatedText text, int token) => text.PartsOfSpeech[token] == "TO";

    private static ItemKind KindOf(string type) => type switch
    {
        "NP" => ItemKind.Noun,
        "VP" => ItemKind.Verb,
        "PP" => ItemKind.Preposition,
        "SBAR" => ItemKind.Subordinator,
        "ADVP" => ItemKind.Adverb,
        "PRT" => ItemKind.Particle,
        _ => ItemKind.OtherChunk,
    };

    private enum ItemKind
    {
        Token,
        Noun,
        Verb,
        Preposition,
        Subordinator,
        Adverb,
        Particle,
        OtherChunk,
    }

    private readonly record struct Item(int First, int Count, ItemKind Kind)
    {
        public int End => First + Count;
    }

    private readonly record struct Subject(ImmutableArray<ClausePhrase> Phrases, bool Inherited, ClauseLink Link, string? Subordinator, int Parent);

    private sealed class SentenceReader(AnnotatedText text, int sentence, List<Item> items, ImmutableArray<Clause>.Builder result)
    {
        private readonly int _firstClause = result.Count;
        private readonly Dictionary<int, int> _clauseOfItem = [];

        public void Read()
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Kind != ItemKind.Verb || !HasVerb(items[i]))
                {
                    continue;
                }

                var verb = ReadVerb(items[i], i + 1 < items.Count && items[i + 1].Kind == ItemKind.Particle ? items[i + 1] : null);
                var subject = FindSubject(i, verb);
                var (objects, prepositions) = FindObjects(i);
                _clauseOfItem[i] = result.Count;
                result.Add(new Clause(sentence, verb, subject.Phrases, subject.Inherited, objects, prepositions, subject.Link, subject.Subordinator, subject.Parent));
            }

            // A subordinate clause before its main clause ("If X, Moscow could retaliate") and a relative clause inside
            // its main clause's subject ("Lavrov, who spoke with Kerry, said") hang on the next main clause.
            for (var c = _firstClause; c < result.Count; c++)
            {
                if (result[c].Link is ClauseLink.Subordinate or ClauseLink.Relative && result[c].Parent < 0)
                {
                    for (var d = c + 1; d < result.Count; d++)
                    {
                        if (result[d].Link == ClauseLink.Main)
                        {
                            result[c] = result[c] with { Parent = d };
                            break;
                        }
                    }
                }
            }
        }

        private bool HasVerb(Item item)
        {
            for (var t = item.First; t < item.End; t++)
            {
                if (text.PartsOfSpeech[t].StartsWith("VB", StringComparison.Ordinal) || text.PartsOfSpeech[t] == "MD")
                {
                    return true;
                }
            }

            return false;
        }

        private VerbGroup ReadVerb(Item item, Item? particle)
        {
            string? modal = null;
            var negated = false;
            var head = -1;
            var lastTo = -1;
            var firstVerb = -1;
            for (var t = item.First; t < item.End; t++)
            {
                var tag = text.PartsOfSpeech[t];
                var word = text.Words[t];
                if (tag == "MD")
                {
                    modal ??= word.ToLowerInvariant();
                    if (firstVerb < 0)
                    {
                        firstVerb = t;
                    }
                }
                else if (tag.StartsWith("VB", StringComparison.Ordinal))
                {
                    head = t;
                    if (firstVerb < 0)
                    {
                        firstVerb = t;
                    }
                }
                else if (tag == "TO")
                {
                    lastTo = t;
                }
                else if (IsNegation(word))
                {
                    negated = true;
                }
            }

            if (head < 0)
            {
                head = item.End - 1;
            }

            var governors = ImmutableArray.CreateBuilder<string>();
            var auxiliaryBeforeHead = false;
            var from = lastTo >= 0 && lastTo < head ? lastTo + 1 : item.First;
            for (var t = item.First; t < head; t++)
            {
                var tag = text.PartsOfSpeech[t];
                if (!tag.StartsWith("VB", StringComparison.Ordinal))
                {
                    continue;
                }

                var lemma = VerbLemmatizer.Lemma(text.Words[t]);
                if (t < lastTo && !IsAuxiliary(lemma, t))
                {
                    governors.Add(lemma);
                }

                if (t >= from && lemma is "be" or "get")
                {
                    auxiliaryBeforeHead = true;
                }
            }

            var headTag = text.PartsOfSpeech[head];
            var voice = headTag == "VBN" && auxiliaryBeforeHead ? Voice.Passive : Voice.Active;
            var tense = TenseOf(firstVerb < 0 ? head : firstVerb, modal, governors);
            var particleWord = particle is { } p ? text.Words[p.First].ToLowerInvariant() : null;
            var last = particle is { } q ? q.End : item.End;
            return new VerbGroup(
                text.SpanOfTokens(item.First, last - item.First),
                item.First,
                last - item.First,
                head,
                VerbLemmatizer.Lemma(text.Words[head]),
                voice,
                negated,
                modal,
                tense,
                governors.ToImmutable(),
                particleWord);
        }

        // "is expected to meet": "is" is an auxiliary of "expected", which governs "meet".
        private bool IsAuxiliary(string lemma, int token) =>
            lemma is "be" or "have" or "do" && token + 1 < text.Words.Length && text.PartsOfSpeech[token + 1] is "VBN" or "VBG" or "RB" or "VB";

        private VerbTense TenseOf(int first, string? modal, ImmutableArray<string>.Builder governors)
        {
            if (modal is not null)
            {
                return modal is "will" or "shall" or "'ll" or "wo" or "ll" ? VerbTense.Future : VerbTense.Conditional;
            }

            var tag = text.PartsOfSpeech[first];
            var lemma = VerbLemmatizer.Lemma(text.Words[first]);
            if (tag is "VBZ" or "VBP")
            {
                // "is going to meet", "is to meet".
                if (lemma == "be" && (governors.Count > 0 && governors[0] == "go" || first + 1 < text.Words.Length && text.PartsOfSpeech[first + 1] == "TO"))
                {
                    return VerbTense.Future;
                }

                return VerbTense.Present;
            }

            return tag switch
            {
                "VBD" => VerbTense.Past,
                "VBN" when lemma is "be" or "have" => VerbTense.Past,
                _ => VerbTense.Nonfinite,
            };
        }

        // The item of the comma that opens a prepositional aside closed by the comma at <close> (", on an official
        // visit to the US,"): only prepositions and nouns between the two, the first a preposition; else null.
        private int? ParentheticalStart(int close)
        {
            for (var k = close - 1; k >= 0 && close - k <= 8; k--)
            {
                if (IsWord(items[k], ","))
                {
                    return k + 1 < close && items[k + 1].Kind == ItemKind.Preposition ? k : null;
                }

                if (items[k].Kind is not (ItemKind.Preposition or ItemKind.Noun))
                {
                    return null;
                }
            }

            return null;
        }

        private static bool IsNegation(string word) =>
            word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("n't", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("n’t", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("never", StringComparison.OrdinalIgnoreCase);

        private Subject FindSubject(int verbItem, VerbGroup verb)
        {
            var j = verbItem - 1;
            while (j >= 0 && IsAdverb(items[j]))
            {
                j--;
            }

            if (j >= 0 && items[j].Kind == ItemKind.Noun && IsRelativePronoun(items[j]))
            {
                var antecedent = j - 1;
                if (antecedent >= 0 && IsWord(items[antecedent], ","))
                {
                    antecedent--;
                }

                if (antecedent >= 0 && items[antecedent].Kind == ItemKind.Noun)
                {
                    var chain = ChainStart(antecedent);
                    return new Subject([Phrase(chain, antecedent)], true, ClauseLink.Relative, null, ClauseBefore(verbItem));
                }

                return new Subject([], false, ClauseLink.Relative, null, ClauseBefore(verbItem));
            }

            if (j >= 0 && items[j].Kind == ItemKind.Noun && IsTo(text, verb.FirstToken) && NamesAnAsking(j))
            {
                // "an invitation from Putin to come to Russia": the infinitive says what is asked, not what the
                // asker does; who is to do it the phrase does not say.
                return new Subject([], false, ClauseLink.Complement, null, ClauseBefore(verbItem));
            }

            if (j >= 0 && items[j].Kind == ItemKind.Noun)
            {
                var start = SubjectStart(j);
                var phrases = Coordinated(start, j, out var coordinationStart);
                var (link, subordinator, parent) = LinkBefore(coordinationStart - 1);
                return new Subject(phrases, false, link, subordinator, parent);
            }

            if (j >= 0 && IsWord(items[j], ",") && ParentheticalStart(j) is { } open && open > 0 && items[open - 1].Kind == ItemKind.Noun)
            {
                // "Patrushev, on an official visit to the US, handed over ...": the subject stands before the aside.
                var start = SubjectStart(open - 1);
                var phrases = Coordinated(start, open - 1, out var coordinationStart);
                var (link, subordinator, parent) = LinkBefore(coordinationStart - 1);
                return new Subject(phrases, false, link, subordinator, parent);
            }

            if (j >= 0 && IsWord(items[j], ","))
            {
                // After a parenthetical: "Lavrov, who spoke with Kerry, said" or "Lavrov, the foreign minister, said".
                var previous = LastClauseOfSentence();
                if (previous >= 0 && result[previous].Link == ClauseLink.Relative && result[previous].Subjects.Length > 0 && ItemOfToken(result[previous].Subjects[0].FirstToken) is var a && a >= 0)
                {
                    var (link, subordinator, parent) = LinkBefore(ChainStart(a) - 1);
                    return new Subject(result[previous].Subjects, false, link, subordinator, parent);
                }

                if (j >= 3 && items[j - 1].Kind == ItemKind.Noun && IsWord(items[j - 2], ",") && items[j - 3].Kind == ItemKind.Noun && previous < 0)
                {
                    var start = ChainStart(j - 3);
                    var (link, subordinator, parent) = LinkBefore(start - 1);
                    return new Subject([Phrase(start, j - 3)], false, link, subordinator, parent);
                }

                if (previous >= 0 && verb.Tense == VerbTense.Nonfinite)
                {
                    return new Subject(result[previous].Agents, true, ClauseLink.Participle, null, previous);
                }
            }

            if (j >= 0 && IsCoordinator(items[j]))
            {
                var previous = LastClauseOfSentence();
                // "agreed on the need for a transition to end the violence and welcomed the talks": a finite verb is
                // coordinated with the last finite clause, not with an infinitive in between.
                while (verb.Tense != VerbTense.Nonfinite && previous > _firstClause && result[previous].Verb.Tense == VerbTense.Nonfinite)
                {
                    previous = result[previous].Parent >= _firstClause ? result[previous].Parent : previous - 1;
                }

                if (previous >= 0)
                {
                    return new Subject(result[previous].Subjects, true, ClauseLink.Coordinate, null, previous);
                }
            }

            var (l, sub, par) = LinkBefore(j);
            var last = LastClauseOfSentence();
            if (l == ClauseLink.Main && verb.Tense == VerbTense.Nonfinite && last >= 0)
            {
                // "aimed at ending the war", "..., to end the war": the previous clause's agents act.
                var complement = j >= 0 && items[j].Kind == ItemKind.Preposition || IsTo(text, verb.FirstToken);
                if (j >= 0 && IsWord(items[j], "for") && verb.Tense == VerbTense.Nonfinite && !IsTo(text, verb.FirstToken) &&
                    result[last].Objects.Length > 0 && Array.IndexOf(Crediting, result[last].Verb.Lemma) >= 0)
                {
                    // "thanked you for supporting the accession": the one thanked did the supporting.
                    return new Subject(result[last].Objects, true, ClauseLink.Complement, null, last);
                }

                return new Subject(result[last].Agents, true, complement ? ClauseLink.Complement : ClauseLink.Participle, null, last);
            }

            return new Subject([], false, l, sub, par);
        }

        // What stands before a clause's subject (or its verb): a subordinator, a verb whose complement it is, or nothing.
        private (ClauseLink Link, string? Subordinator, int Parent) LinkBefore(int k)
        {
            if (k < 0)
            {
                return (ClauseLink.Main, null, -1);
            }

            if (items[k].Kind == ItemKind.Subordinator || items[k].Kind is ItemKind.Preposition or ItemKind.Token && IsSubordinatorWord(items[k]))
            {
                var word = text.Words[items[k].First].ToLowerInvariant();
                var before = k - 1;
                if (word == "that" && before >= 0 && _clauseOfItem.TryGetValue(before, out var governing))
                {
                    return (ClauseLink.Complement, word, governing);
                }

                return (ClauseLink.Subordinate, word, -1);
            }

            if (items[k].Kind == ItemKind.Verb && _clauseOfItem.TryGetValue(k, out var clause))
            {
                return (ClauseLink.Complement, null, clause);
            }

            return (ClauseLink.Main, null, -1);
        }

        private (ImmutableArray<ClausePhrase> Objects, ImmutableArray<PrepositionalPhrase> Prepositions) FindObjects(int verbItem)
        {
            var j = verbItem + 1;
            if (j < items.Count && items[j].Kind == ItemKind.Particle)
            {
                j++;
            }

            while (j < items.Count && IsAdverb(items[j]))
            {
                j++;
            }

            var objects = ImmutableArray<ClausePhrase>.Empty;
            if (j < items.Count && items[j].Kind == ItemKind.Noun)
            {
                var end = ChainEnd(j, ofOnly: true);
                if (end + 1 < items.Count && items[end + 1].Kind == ItemKind.Verb)
                {
                    // "said [Moscow] would not accept": the noun phrase is the next clause's subject; but in "told
                    // [Kerry] to continue" it is also this verb's object.
                    return IsTo(text, items[end + 1].First) ? ([Phrase(j, end)], []) : ([], []);
                }

                var builder = new List<ClausePhrase>();
                AddSplit(builder, j, end);
                j = end + 1;
                while (j + 1 < items.Count && (IsCoordinator(items[j]) || IsWord(items[j], ",") && HasCoordinatorAhead(j)) && items[j + 1].Kind == ItemKind.Noun)
                {
                    var e = ChainEnd(j + 1, ofOnly: true);
                    if (e + 1 < items.Count && items[e + 1].Kind == ItemKind.Verb)
                    {
                        break;
                    }

                    AddSplit(builder, j + 1, e);
                    j = e + 1;
                }

                objects = [.. builder];
            }

            var prepositions = ImmutableArray.CreateBuilder<PrepositionalPhrase>();
            while (j < items.Count)
            {
                if (IsAdverb(items[j]) || IsWord(items[j], ",") && j + 1 < items.Count && items[j + 1].Kind == ItemKind.Preposition)
                {
                    j++;
                    continue;
                }

                if (items[j].Kind == ItemKind.Preposition && j + 1 < items.Count && items[j + 1].Kind == ItemKind.Noun)
                {
                    var end = ChainEnd(j + 1, ofOnly: true);
                    if (end + 1 < items.Count && items[end + 1].Kind == ItemKind.Verb)
                    {
                        break;
                    }

                    var preposition = text.Text.Substring(text.Tokens[items[j].First].Span.Start, text.SpanOfTokens(items[j].First, items[j].Count).Length).ToLowerInvariant();
                    prepositions.Add(new PrepositionalPhrase(preposition, items[j].First, Phrase(j + 1, end)));
                    j = end + 1;
                    continue;
                }

                break;
            }

            return (objects, prepositions.ToImmutable());
        }

        private bool HasCoordinatorAhead(int from)
        {
            for (var k = from + 1; k < items.Count && k < from + 12; k++)
            {
                if (IsCoordinator(items[k]))
                {
                    return true;
                }

                if (items[k].Kind is ItemKind.Verb or ItemKind.Preposition or ItemKind.Subordinator)
                {
                    return false;
                }
            }

            return false;
        }

        // "a Kremlin summary of the call": back from a noun phrase over preposition + noun phrase pairs joined by "of".
        private int ChainStart(int noun)
        {
            var k = noun;
            while (k >= 2 && items[k - 1].Kind == ItemKind.Preposition && IsOf(items[k - 1]) && items[k - 2].Kind == ItemKind.Noun)
            {
                k -= 2;
            }

            return k;
        }

        // Whether the noun phrase at item <j>, or the one a prepositional phrase at <j> hangs on ("an invitation from
        // Putin"), is headed by a noun of asking or offering that an infinitive completes.
        private bool NamesAnAsking(int j)
        {
            for (var k = j; k >= 0 && j - k <= 4; k--)
            {
                if (items[k].Kind == ItemKind.Noun && Array.IndexOf(AskingNouns, text.Words[items[k].End - 1].ToLowerInvariant()) >= 0)
                {
                    return true;
                }

                if (items[k].Kind is not (ItemKind.Noun or ItemKind.Preposition))
                {
                    return false;
                }
            }

            return false;
        }

        // A subject may carry any prepositional phrase ("officials in Moscow said", "the talks on Monday ended"),
        // but not one opened by a subordinating preposition ("after talks ended").
        private int SubjectStart(int noun)
        {
            var k = noun;
            while (true)
            {
                if (k >= 2 && items[k - 1].Kind == ItemKind.Preposition && !IsSubordinatorWord(items[k - 1]) && items[k - 2].Kind == ItemKind.Noun)
                {
                    k -= 2;
                }
                else if (k >= 1 && IsPossessiveStart(items[k]) && items[k - 1].Kind == ItemKind.Noun)
                {
                    // "[Putin] ['s office] said": one phrase.
                    k -= 1;
                }
                else
                {
                    return k;
                }
            }
        }

        private bool IsPossessiveStart(Item item) => item.Kind == ItemKind.Noun && text.PartsOfSpeech[item.First] == "POS";

        private int ChainEnd(int noun, bool ofOnly)
        {
            var k = noun;
            while (true)
            {
                if (k + 2 < items.Count && items[k + 1].Kind == ItemKind.Preposition && (!ofOnly || IsOf(items[k + 1])) && items[k + 2].Kind == ItemKind.Noun)
                {
                    k += 2;
                }
                else if (k + 1 < items.Count && IsPossessiveStart(items[k + 1]))
                {
                    k += 1;
                }
                else
                {
                    return k;
                }
            }
        }

        // "X and Y", "X, Y and Z" before a verb: several subjects. Returns them in text order.
        private ImmutableArray<ClausePhrase> Coordinated(int start, int end, out int coordinationStart)
        {
            var phrases = new List<ClausePhrase>();
            AddSplit(phrases, start, end);
            coordinationStart = start;
            var k = start - 1;
            var sawAnd = false;
            List<(int Start, int End)>? candidates = null;
            while (k >= 1 && (IsCoordinator(items[k]) || IsWord(items[k], ",")) && items[k - 1].Kind == ItemKind.Noun)
            {
                sawAnd |= IsCoordinator(items[k]);
                var e = k - 1;
                var s = SubjectStart(e);
                (candidates ??= []).Add((s, e));
                k = s - 1;
            }

            if (!sawAnd || candidates is null)
            {
                return [.. phrases];
            }

            foreach (var (s, e) in candidates)
            {
                var before = new List<ClausePhrase>();
                AddSplit(before, s, e);
                phrases.InsertRange(0, before);
                coordinationStart = s;
            }

            return [.. phrases];
        }

        private ClausePhrase Phrase(int firstItem, int lastItem)
        {
            var first = items[firstItem].First;
            var end = items[lastItem].End;
            return PhraseOfTokens(first, end, HeadOf(items[firstItem]));
        }

        private ClausePhrase PhraseOfTokens(int first, int end, int head)
        {
            var span = text.SpanOfTokens(first, end - first);
            return new ClausePhrase(span, first, end - first, head, text.Text.Substring(span.Start, span.Length));
        }

        // One noun phrase chunk holding "Russia and China" or "Putin and U.S. President Barack Obama": names on both
        // sides of the conjunction make several phrases ("the U.S. and Russian presidents" stays one).
        private void AddSplit(List<ClausePhrase> phrases, int firstItem, int lastItem)
        {
            var item = items[firstItem];
            if (firstItem == lastItem)
            {
                var start = item.First;
                List<(int First, int End)>? parts = null;
                for (var t = item.First + 1; t < item.End - 1; t++)
                {
                    if (text.PartsOfSpeech[t] == "CC" && text.PartsOfSpeech[t - 1].StartsWith("NNP", StringComparison.Ordinal) &&
                        text.PartsOfSpeech[item.End - 1].StartsWith("NNP", StringComparison.Ordinal))
                    {
                        (parts ??= []).Add((start, t));
                        start = t + 1;
                    }
                    else if (text.Words[t] == "," && text.PartsOfSpeech[t - 1].StartsWith("NNP", StringComparison.Ordinal) && HasConjunction(item, t))
                    {
                        (parts ??= []).Add((start, t));
                        start = t + 1;
                    }
                }

                if (parts is not null)
                {
                    parts.Add((start, item.End));
                    foreach (var (first, end) in parts)
                    {
                        phrases.Add(PhraseOfTokens(first, end, end - 1));
                    }

                    return;
                }
            }

            phrases.Add(Phrase(firstItem, lastItem));
        }

        private bool HasConjunction(Item item, int from)
        {
            for (var t = from + 1; t < item.End; t++)
            {
                if (text.PartsOfSpeech[t] == "CC")
                {
                    return true;
                }
            }

            return false;
        }

        private int HeadOf(Item noun)
        {
            for (var t = noun.End - 1; t >= noun.First; t--)
            {
                var tag = text.PartsOfSpeech[t];
                if (tag.StartsWith("NN", StringComparison.Ordinal) || tag is "PRP" or "CD" or "WP" or "DT" or "EX")
                {
                    return t;
                }
            }

            return noun.End - 1;
        }

        private int LastClauseOfSentence() => result.Count > _firstClause ? result.Count - 1 : -1;

        private int ClauseBefore(int item)
        {
            for (var k = item - 1; k >= 0; k--)
            {
                if (_clauseOfItem.TryGetValue(k, out var clause))
                {
                    return clause;
                }
            }

            return -1;
        }

        private int ItemOfToken(int token)
        {
            for (var k = 0; k < items.Count; k++)
            {
                if (items[k].First <= token && token < items[k].End)
                {
                    return k;
                }
            }

            return -1;
        }

        private bool IsAdverb(Item item) =>
            item.Kind == ItemKind.Adverb || item.Kind == ItemKind.Token && text.PartsOfSpeech[item.First] == "RB";

        private bool IsRelativePronoun(Item item) =>
            item.Count == 1 && text.PartsOfSpeech[item.First] is "WP" or "WDT";

        private bool IsCoordinator(Item item) =>
            item.Kind == ItemKind.Token && text.PartsOfSpeech[item.First] == "CC" && text.Words[item.First].ToLowerInvariant() is "and" or "or" or "but" or "&";

        private bool IsOf(Item item) => item.Count == 1 && text.Words[item.First].Equals("of", StringComparison.OrdinalIgnoreCase);

        private bool IsWord(Item item, string word) => item.Count == 1 && text.Words[item.First] == word;

        private bool IsSubordinatorWord(Item item) =>
            item.Count == 1 && Array.IndexOf(Subordinators, text.Words[item.First].ToLowerInvariant()) >= 0 && text.PartsOfSpeech[item.First] is "IN" or "WRB";
    }
}
