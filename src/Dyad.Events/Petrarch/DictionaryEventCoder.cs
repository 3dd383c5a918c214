using System.Collections.Immutable;
using Dyad.Events.Clauses;
using Dyad.Events.Dictionaries;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Petrarch;

/// <summary>
/// Codes events with a loaded PETRARCH-2 / Phoenix dictionary set (<see cref="PetrarchDictionaries"/>), from raw text
/// through Dyad's own language layer (tokens, sentences, parts of speech): actors by dictionary phrase on the
/// sentence's date, verbs by the forms the verb dictionary lists, the best matching verb pattern, passives, compounds,
/// negation and discards. See docs/dictionaries.md ("Coding with the dictionaries") for the rules.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class DictionaryEventCoder
{
    private static readonly string[] BeForms = ["IS", "WAS", "WERE", "ARE", "BE", "BEEN", "BEING", "'S", "AM"];

    private readonly ActorFinder _actors;
    private readonly VerbIndex _verbs;
    private readonly PatternMatcher _patterns;
    private readonly DiscardMatcher _discards;
    private readonly LanguagePipeline _pipeline;

    /// <summary>Builds a coder over <paramref name="dictionaries"/>.</summary>
    /// <param name="dictionaries">The loaded dictionaries.</param>
    /// <param name="options">Coding options; null for <see cref="DictionaryCoderOptions.Default"/>.</param>
    /// <param name="pipeline">The language pipeline for raw text; null for <see cref="LanguagePipeline.Default"/>.</param>
    public DictionaryEventCoder(PetrarchDictionaries dictionaries, DictionaryCoderOptions? options = null, LanguagePipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        Dictionaries = dictionaries;
        Options = options ?? DictionaryCoderOptions.Default;
        _pipeline = pipeline ?? LanguagePipeline.Default;
        _actors = new ActorFinder(dictionaries);
        _verbs = new VerbIndex(dictionaries.Verbs);
        _patterns = new PatternMatcher(dictionaries.Verbs);
        _discards = new DiscardMatcher(dictionaries.Discards);
    }

    /// <summary>The dictionaries coded with.</summary>
    public PetrarchDictionaries Dictionaries { get; }

    /// <summary>The options coded with.</summary>
    public DictionaryCoderOptions Options { get; }

    /// <summary>A coder over the same dictionaries with other options.</summary>
    public DictionaryEventCoder WithOptions(DictionaryCoderOptions options) => new(Dictionaries, options, _pipeline);

    /// <summary>
    /// How <paramref name="text"/> is coded, for finding out why an event is (not) coded: each sentence's words with
    /// their tags, the actor slots with their codes, and each dictionary verb with the pattern chosen and the events.
    /// </summary>
    public string Explain(string text, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trace = new System.Text.StringBuilder();
        Code(_pipeline.Annotate(text), date, trace);
        return trace.ToString();
    }

    /// <summary>Annotates <paramref name="text"/> (a story or a sentence) and codes it as of <paramref name="date"/>.</summary>
    public ImmutableArray<DictionaryEvent> Code(string text, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Code(_pipeline.Annotate(text), date);
    }

    /// <summary>
    /// Codes every sentence of an annotated story as of <paramref name="date"/> (actor codes with date restrictions
    /// take the one that holds then). A story holding a story-level discard phrase codes nothing; a sentence holding
    /// any discard phrase codes nothing.
    /// </summary>
    public ImmutableArray<DictionaryEvent> Code(AnnotatedText text, DateOnly date) => Code(text, date, null);

    /// <summary>
    /// Codes an annotated story as of its anchor (publication) date when that is a full date; otherwise each actor
    /// takes its undated code (or, lacking one, its last listed one), since a partial date is never completed.
    /// </summary>
    public ImmutableArray<DictionaryEvent> Code(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        DateOnly? date = text.Anchor is { Year: { } y, Month: { } m, Day: { } d } ? new DateOnly(y, m, d) : null;
        return Code(text, date, null);
    }

    private ImmutableArray<DictionaryEvent> Code(AnnotatedText text, DateOnly? date, System.Text.StringBuilder? trace)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_discards.Find(text.Text, storyLevelOnly: true) is not null)
        {
            return [];
        }

        var events = ImmutableArray.CreateBuilder<DictionaryEvent>();
        var clauses = text.Has(Layers.Sentences | Layers.PartsOfSpeech | Layers.Chunks) ? ClauseExtractor.Extract(text) : [];
        for (var s = 0; s < text.Sentences.Length; s++)
        {
            var sentence = text.Sentences[s];
            if (_discards.Find(text.Text[sentence.Span.Start..sentence.Span.End]) is not null)
            {
                continue;
            }

            CodeSentence(text, s, date, clauses, events, trace);
        }

        return events.ToImmutable();
    }

    private void CodeSentence(AnnotatedText text, int sentence, DateOnly? date, ImmutableArray<Clause> clauses, ImmutableArray<DictionaryEvent>.Builder events, System.Text.StringBuilder? trace)
    {
        var words = new SentenceWords(text, sentence);
        var mentions = _actors.Mentions(words);
        var inMention = new bool[words.Count];
        for (var start = 0; start < mentions.Length; start++)
        {
            for (var i = start; mentions[start] is { } found && i < found.End; i++)
            {
                inMention[i] = true;
            }
        }

        // Verbs first, so that "wire" in "soldiers from Gondor wire tapped" belongs to the verb, not the noun phrase.
        var verbWords = new bool[words.Count];
        var verbs = new List<(List<VerbForm> Forms, int Start, int End)>();
        for (var i = 0; i < words.Count; i++)
        {
            // A gerund right after a preposition ("after leaving Eriador") names an activity, not a clause to code.
            var gerund = words.Tag(i) == "VBG" && i > 0 && words.Tag(i - 1) == "IN";
            if (inMention[i] || verbWords[i] || gerund || !IsVerb(words, i) || _verbs.Find(words, i) is not { Count: > 0 } forms)
            {
                continue;
            }

            var form = forms[0];

            var start = i - form.Head;
            var end = start + form.Words.Length;
            var clash = false;
            for (var k = start; k < end; k++)
            {
                clash |= inMention[k] || verbWords[k];
            }

            if (clash)
            {
                continue;
            }

            for (var k = start; k < end; k++)
            {
                verbWords[k] = true;
            }

            verbs.Add((forms, start, end));
        }

        var slots = ActorFinder.Slots(words, mentions, verbWords, date);
        if (trace is not null)
        {
            for (var i = 0; i < words.Count; i++)
            {
                trace.Append(i).Append(':').Append(words[i]).Append('/').Append(words.Tag(i)).Append(' ');
            }

            trace.AppendLine();
            foreach (var slot in slots)
            {
                trace.Append("  actor [").Append(slot.Start).Append(',').Append(slot.End).Append(") ").AppendJoin(' ', slot.Codes).AppendLine();
            }
        }

        foreach (var (forms, start, end) in verbs)
        {
            var form = forms[0];
            var before = events.Count;
            var clause = ClauseOf(clauses, words.Token(start + form.Head));
            var pattern = CodeVerb(words, slots, forms, start, end, sentence, clauses, clause, events);
            if (trace is not null)
            {
                trace.Append("  verb [").Append(start).Append(',').Append(end).Append(") ").Append(form.Block.Meaning).Append(' ').Append(form.Block.Code)
                    .Append(" pattern: ").Append(pattern?.Pattern.Text ?? "(none)").Append(" subject: ")
                    .AppendJoin(" | ", clause?.Subjects.Select(x => x.Text) ?? ["(no clause)"]).Append(" → ")
                    .AppendJoin(' ', events.Skip(before)).AppendLine();
            }
        }
    }

    /// <summary>
    /// A verb-tagged word, or a word the tagger took for a noun right after "to", a modal or "do" (adverbs allowed
    /// between): "to accord", "will not ever clash", "did not clash".
    /// </summary>
    private static bool IsVerb(SentenceWords words, int i)
    {
        if (words.IsVerbTag(i))
        {
            return true;
        }

        if (words.Tag(i) is not ("NN" or "NNP" or "JJ"))
        {
            return false;
        }

        for (var j = i - 1; j >= 0; j--)
        {
            if (words.Tag(j) == "RB" && words[j] is not "N'T")
            {
                continue;
            }

            return words.Tag(j) is "MD" or "TO" || words[j] is "DID" or "DOES" or "DO" or "N'T";
        }

        return false;
    }

    private static Clause? ClauseOf(ImmutableArray<Clause> clauses, int token)
    {
        foreach (var c in clauses)
        {
            if (c.Verb.FirstToken <= token && token < c.Verb.FirstToken + c.Verb.TokenCount)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="slot"/> is the subject of another clause of the sentence that is not a complement of
    /// <paramref name="clause"/> ("..., a senior official said"): such an actor is never this verb's target. The
    /// subject of a complement is ("Arnor believes Dagolath can cope").
    /// </summary>
    private static bool IsOtherSubject(SentenceWords words, ImmutableArray<Clause> clauses, Clause? clause, ActorSlot slot)
    {
        var self = clause is null ? -1 : clauses.IndexOf(clause);
        foreach (var c in clauses)
        {
            // Only finite clauses ("said", "would not work") have a subject of their own; "to deal" has none.
            var verb = words.WordOfToken(c.Verb.FirstToken);
            if (c == clause || c.SubjectIsInherited || (self >= 0 && c.Parent == self) || verb < 0 || words.Tag(verb) is not ("VBD" or "VBZ" or "VBP" or "MD"))
            {
                continue;
            }

            foreach (var subject in c.Subjects)
            {
                var first = words.WordOfToken(subject.FirstToken);
                var last = words.WordOfToken(subject.FirstToken + subject.TokenCount - 1);
                if (first >= 0 && last >= 0 && slot.Start <= last && slot.End > first)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private PatternMatch? CodeVerb(SentenceWords words, List<ActorSlot> slots, List<VerbForm> forms, int verbStart, int verbEnd, int sentence, ImmutableArray<Clause> clauses, Clause? clause, ImmutableArray<DictionaryEvent>.Builder events)
    {
        PatternMatch? best = null;
        VerbCode? own = null;
        foreach (var form in forms)
        {
            if (own is null && (form.Entry.Code ?? form.Block.Code) is { IsNull: false } c)
            {
                own = c;
            }

            foreach (var pattern in form.Block.Patterns)
            {
                if (IsUsable(pattern.Code) && _patterns.Match(pattern, words, slots, verbStart, verbEnd) is { } m && (best is null || m.Score > best.Score))
                {
                    best = m;
                }
            }
        }

        var code = best?.Pattern.Code ?? own ?? VerbCode.Null;
        if (code.IsNull || !IsUsable(code))
        {
            return best;
        }

        // A negated verb codes only through a pattern that spells the negation out ("WILL NOT *", "&NEGATVAUXVRB *").
        var negation = Negation(words, verbStart);
        if (negation >= 0 && (best is null || best.Left > negation))
        {
            return best;
        }

        if (best?.Compound is { } compound && compound.End <= verbStart)
        {
            // "% HAVE *": the members of a compound before the verb act on one another.
            foreach (var a in compound.Codes)
            {
                foreach (var b in compound.Codes)
                {
                    if (a != b)
                    {
                        Emit(events, sentence, words, verbStart, verbEnd, compound, a, compound, b, code, best);
                    }
                }
            }

            return best;
        }

        var source = best?.Source;
        var target = best?.Target ?? best?.Compound;
        if (source is null && target is null && IsPassive(words, verbStart) && ByAgent(words, slots, verbEnd) is { } by)
        {
            source = by;
            target = Subject(words, slots, clause) ?? slots.FindLast(s => s.End <= verbStart);
        }
        else
        {
            source ??= SubjectSlot(words, slots, clauses, clause, verbStart, target);
            target ??= slots.Find(s => s.Start >= verbEnd && s != source && !IsOtherSubject(words, clauses, clause, s));
        }

        if ((source is null && target is null) || (Options.RequireDyad && (source is null || target is null)))
        {
            return best;
        }

        foreach (var a in source?.Codes ?? ["---"])
        {
            foreach (var b in target?.Codes ?? ["---"])
            {
                if (a != b || source is null || target is null)
                {
                    Emit(events, sentence, words, verbStart, verbEnd, source, a, target, b, code, best);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The source of an active verb without a <c>$</c> in its pattern: the actor its subject names (none when the
    /// subject is a noun naming no actor, "crowds"); for a pronoun subject, that of the clause it hangs on ("Ethiopia
    /// indicated it would act"); without a subject (or when the pattern made the subject the target, "NOTED + *"),
    /// the nearest actor before the verb.
    /// </summary>
    private static ActorSlot? SubjectSlot(SentenceWords words, List<ActorSlot> slots, ImmutableArray<Clause> clauses, Clause? clause, int verbStart, ActorSlot? target)
    {
        for (var c = clause; c is not null; c = c.Parent >= 0 && c.Parent < clauses.Length ? clauses[c.Parent] : null)
        {
            if (c.Subjects.IsEmpty)
            {
                break;
            }

            if (HasNounSubject(words, c))
            {
                var slot = Subject(words, slots, c);
                if (slot is null || slot != target)
                {
                    return slot;
                }

                break;
            }

            if (c.Parent < 0)
            {
                return null;
            }
        }

        return slots.FindLast(s => s.End <= verbStart && s != target);
    }

    /// <summary>Whether the clause names its subject with a noun (not a pronoun): then only that noun can be the source.</summary>
    private static bool HasNounSubject(SentenceWords words, Clause? clause)
    {
        if (clause is null || clause.Subjects.IsEmpty)
        {
            return false;
        }

        // The subject nearest the verb: a misread list of subjects ending in "he" is a pronoun subject.
        var subject = clause.Subjects[^1];
        var head = words.WordOfToken(subject.HeadToken);
        return head < 0 || !words.Tag(head).StartsWith("PRP", StringComparison.Ordinal) && words[head] is not ("WHO" or "WHICH" or "THAT");
    }

    /// <summary>The slot holding the clause's (first) subject, or null when the subject names no actor ("crowds").</summary>
    private static ActorSlot? Subject(SentenceWords words, List<ActorSlot> slots, Clause? clause)
    {
        if (clause is null)
        {
            return null;
        }

        foreach (var subject in clause.Subjects)
        {
            var first = words.WordOfToken(subject.FirstToken);
            var last = words.WordOfToken(subject.FirstToken + subject.TokenCount - 1);
            if (first < 0 || last < 0)
            {
                continue;
            }

            if (slots.Find(s => s.Start <= last && s.End > first) is { } slot)
            {
                return slot;
            }
        }

        return null;
    }

    private static void Emit(ImmutableArray<DictionaryEvent>.Builder events, int sentence, SentenceWords words, int verbStart, int verbEnd,
        ActorSlot? sourceSlot, string source, ActorSlot? targetSlot, string target, VerbCode code, PatternMatch? pattern)
    {
        var verb = words.Span(verbStart, verbEnd);
        var sourceSpan = sourceSlot is null ? verb : words.Span(sourceSlot.Start, sourceSlot.End);
        var targetSpan = targetSlot is null ? verb : words.Span(targetSlot.Start, targetSlot.End);
        if (code.Forward is { } forward && forward != "---")
        {
            AddOnce(events, new DictionaryEvent(sentence, source, target, forward, verb, sourceSpan, targetSpan, pattern?.Pattern.Text));
        }

        if (code.Reverse is { } reverse && reverse != "---")
        {
            AddOnce(events, new DictionaryEvent(sentence, target, source, reverse, verb, targetSpan, sourceSpan, pattern?.Pattern.Text));
        }
    }

    /// <summary>Adds an event unless the same verb already coded the same triple ("Moscow or St. Petersburg" are both RUS).</summary>
    private static void AddOnce(ImmutableArray<DictionaryEvent>.Builder events, DictionaryEvent e)
    {
        for (var i = events.Count - 1; i >= 0 && events[i].Verb == e.Verb; i--)
        {
            if (events[i].Source == e.Source && events[i].Target == e.Target && events[i].Code == e.Code)
            {
                return;
            }
        }

        events.Add(e);
    }

    /// <summary>Codes that are placeholders in the validation set (<c>+++</c>, <c>###</c>) code nothing.</summary>
    private static bool IsUsable(VerbCode code) => Plain(code.Forward) && Plain(code.Reverse);

    private static bool Plain(string? code) => code is null || code == "---" || !code.AsSpan().ContainsAny('+', '#');

    /// <summary>Index of a "not", "n't" or "never" in the verb's auxiliaries before it, or -1.</summary>
    private static int Negation(SentenceWords words, int verbStart)
    {
        for (var j = verbStart - 1; j >= 0 && j >= verbStart - 5; j--)
        {
            var w = words[j];
            if (w is "NOT" or "N'T" or "NEVER")
            {
                return j;
            }

            var tag = words.Tag(j);
            if (!(tag is "MD" or "RB" or "TO" || tag.StartsWith("VB", StringComparison.Ordinal)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A past participle after a form of "be" (adverbs allowed between): "was opposed", "was fiercely opposed".</summary>
    private static bool IsPassive(SentenceWords words, int verbStart)
    {
        if (words.Tag(verbStart) != "VBN")
        {
            return false;
        }

        for (var j = verbStart - 1; j >= 0 && j >= verbStart - 3; j--)
        {
            if (Array.IndexOf(BeForms, words[j]) >= 0)
            {
                return true;
            }

            if (words.Tag(j) != "RB")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The actor of a "by" phrase after a passive verb (other words may come between: "opposed earlier by X").</summary>
    private static ActorSlot? ByAgent(SentenceWords words, List<ActorSlot> slots, int verbEnd)
    {
        for (var j = verbEnd; j < words.Count && j < verbEnd + 4; j++)
        {
            if (words[j] == "BY")
            {
                var slot = slots.Find(s => s.Start >= j + 1);
                return slot is not null && slot.Start <= j + 2 ? slot : null;
            }
        }

        return null;
    }
}
