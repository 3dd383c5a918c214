using Dyad.Language.Lemmas;
using Dyad.Language.Tagging;
using Dyad.Language.Tokens;

namespace Dyad.Quotes;

internal sealed partial class QuoteAnalysis
{
    /// <summary>The most feature keys one candidate has.</summary>
    internal const int MaxLearnedFeatures = 42;

    /// <summary>The learned filter over attributions the rules would make from cues outside the table; null: rules only.</summary>
    private readonly QuoteModel? _model;

    /// <summary>While set, <see cref="AddReported"/> records what it would add here and adds nothing.</summary>
    private Probe? _probe;

    /// <summary>Set while a learned cue is tried: its speaker may not lie in another attribution's content.</summary>
    private bool _learnedCue;

    /// <summary>
    /// Learned attributions: every verb or possessed noun the rules left alone, among the words that were attributions
    /// in training often enough (<see cref="QuoteModel.IsCueWord"/>), is tried as a cue of any complement
    /// (the rule helpers find its subject and its content, as for a belief in the table), and the model keeps the
    /// candidates it scores above its threshold, best first and loose readings (<see cref="TryLooseCue"/>) last; a
    /// candidate whose cue or content an earlier one took is dropped.
    /// </summary>
    /// <remarks>
    /// All candidates are probed against the rules' result before any is added, as in training, so a candidate's
    /// features do not depend on the order of the others. A few hash lookups per candidate; the probe is the rules'
    /// own look-around, bounded by the sentence.
    /// </remarks>
    private void FindLearned()
    {
        if (_model is null)
        {
            return;
        }

        var probe = new Probe();
        Span<ulong> features = stackalloc ulong[MaxLearnedFeatures];
        List<(bool Loose, float Margin, int Token)>? accepted = null;
        foreach (var sentence in _sentences)
        {
            var first = sentence.FirstToken;
            var last = Math.Min(_count, first + sentence.TokenCount) - 1;
            for (var i = first; i <= last; i++)
            {
                if (!ProbeCandidate(i, first, last, probe))
                {
                    continue;
                }

                var n = LearnedFeatures(i, probe, features);
                var margin = _model.Margin(features[..n]);
                if (margin > _model.Threshold)
                {
                    (accepted ??= []).Add((probe.Loose, margin, i));
                }
            }
        }

        if (accepted is null)
        {
            return;
        }

        // Loose readings come last, so that what a firmer reading took is theirs no more.
        accepted.Sort(static (a, b) => a.Loose != b.Loose ? a.Loose.CompareTo(b.Loose) : a.Margin != b.Margin ? b.Margin.CompareTo(a.Margin) : a.Token.CompareTo(b.Token));
        foreach (var (_, _, i) in accepted)
        {
            if ((_role[i] & (Role.Used | Role.InContent)) == 0)
            {
                var s = _sentences[_sentence[i]];
                TryLearnedCue(i, s.FirstToken, Math.Min(_count, s.FirstToken + s.TokenCount) - 1);
            }
        }
    }

    /// <summary>
    /// Runs the rule passes and returns every learned candidate with its features and spans, for training (the
    /// labels come from the gold attributions). Call on a fresh instance, instead of <see cref="Run"/>.
    /// </summary>
    internal List<LearnedCandidate> LearnedCandidates(out List<(int Start, int End)> ruleContents)
    {
        var candidates = new List<LearnedCandidate>();
        ruleContents = [];
        if (_count == 0)
        {
            return candidates;
        }

        FindByRules();
        foreach (var f in _found)
        {
            ruleContents.Add((f.ContentStart, f.ContentEnd));
        }

        var probe = new Probe();
        var features = new ulong[MaxLearnedFeatures];
        foreach (var sentence in _sentences)
        {
            var first = sentence.FirstToken;
            var last = Math.Min(_count, first + sentence.TokenCount) - 1;
            for (var i = first; i <= last; i++)
            {
                if (ProbeCandidate(i, first, last, probe))
                {
                    var n = LearnedFeatures(i, probe, features);
                    candidates.Add(new LearnedCandidate(
                        features[..n],
                        _words[i].ToLowerInvariant(),
                        i,
                        _tokens[probe.From].Span.Start,
                        _tokens[probe.To].Span.End));
                }
            }
        }

        return candidates;
    }

    /// <summary>Tries token <paramref name="i"/> as a learned cue without adding anything; true when the rules would attribute a content to it.</summary>
    private bool ProbeCandidate(int i, int first, int last, Probe probe)
    {
        if ((_role[i] & (Role.InQuote | Role.Used | Role.Transcript | Role.InContent)) != 0 || _tokens[i].Kind != TokenKind.Word || !_hasPos
            || _model is not null && !_model.IsCueWord(_words[i]))
        {
            return false;
        }

        probe.Hit = false;
        probe.Loose = false;
        _probe = probe;
        try
        {
            TryLearnedCue(i, first, last);
        }
        finally
        {
            _probe = null;
        }

        return probe.Hit;
    }

    /// <summary>Token <paramref name="i"/> as a cue of any complement: a verb (<c>X slammed the plan</c>) or a possessed noun (<c>his insistence that</c>).</summary>
    private void TryLearnedCue(int i, int first, int last)
    {
        _learnedCue = true;
        try
        {
            TryLearnedCueCore(i, first, last);
        }
        finally
        {
            _learnedCue = false;
        }
    }

    /// <summary>Whether a speaker phrase lies in another attribution's content: the subject of a verb outside it cannot ("The council's decision to close the library has angered residents").</summary>
    private bool SpeakerInContent(int sf, int sl)
    {
        for (var k = Math.Max(0, sf); k <= sl; k++)
        {
            if ((_role[k] & Role.InContent) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private void TryLearnedCueCore(int i, int first, int last)
    {
        var p = Pos(i);
        if (p.StartsWith("VB", StringComparison.Ordinal))
        {
            // The auxiliary of a passive is no cue ("The deal is said to be close" reports nothing said), nor that of a
            // progressive (the verb after it is tried, its cue running from the auxiliary), a perfect or a negation
            // ("had released", "does not mind": the verb after it is tried).
            if (_entity[i] < 0 && !(IsBe(i) && IsParticipleAfterAdverbs(i + 1, last)) && !(IsAuxiliary(i) && IsVerbAfterAdverbs(i + 1, last)))
            {
                var known = CueLexicon.Find(_words[i]);
                var lemma = known?.Lemma ?? VerbLemmatizer.Lemma(_words[i]);
                var before = _found.Count;
                // A verb of saying keeps the table's limits when read as a belief: a modal reading reports nothing
                // ("would say more"), and a naming verb reports only what it names ("called the meeting to order").
                var tableOnly = known is { } k && ((k.Use & CueUse.Naming) != 0 || (k.Use & (CueUse.Direct | CueUse.Indirect)) != 0 && ModalBefore(i, first));
                TryReported(i, i, new CueVerb(lemma, tableOnly ? known!.Use : (known?.Use ?? CueUse.None) | CueUse.Belief | CueUse.Intention), first, last, trailingOnly: false);
                if (known is null && !Added(before))
                {
                    // Else as a verb of saying: "..., Sanders quipped.", "..., tweeted Trump.".
                    TryReported(i, i, new CueVerb(lemma, CueUse.Direct | CueUse.Indirect), first, last, trailingOnly: false);
                }

                if (!Added(before))
                {
                    TryLooseCue(i, lemma, known, first, last);
                }
            }
        }
        else if (p is "NN" or "NNS" && i + 2 <= last && (Is(i + 1, "that") || Is(i + 1, "to")))
        {
            var known = CueLexicon.FindNoun(_words[i]);
            TryNounCue(i, new CueVerb(known?.Lemma ?? _words[i].ToLowerInvariant(), (known?.Use ?? CueUse.None) | CueUse.Belief | CueUse.Intention), first, last);
        }
    }

    /// <summary>
    /// The feature keys of learned candidate <paramref name="i"/> (feature set <see cref="QuoteModel.CurrentFeatureSet"/>):
    /// the cue word, its lemma, tag and neighbours, whether the table knows it, whether it was read loosely, and the
    /// shape of what the rules attributed to it (the content's first word and length, the speaker's head, tag and entity type, and where each lies).
    /// </summary>
    private int LearnedFeatures(int i, Probe probe, Span<ulong> into)
    {
        var n = 0;
        var word = _words[i].AsSpan();
        var lemma = probe.Lemma.AsSpan();
        var pos = Pos(i).AsSpan();
        var known = CueLexicon.Find(_words[i]) is { } cue ? (int)cue.Use : CueLexicon.FindNoun(_words[i]) is { } noun ? 4096 | (int)noun.Use : -1;
        into[n++] = Finish(FeatureHash.Start(1));
        into[n++] = Finish(FeatureHash.AddLower(FeatureHash.Start(2), word));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(3), lemma));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(4), pos));
        into[n++] = Finish(FeatureHash.AddLower(FeatureHash.Start(5), i > 0 ? _words[i - 1] : "<s>"));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(6), i > 0 ? Pos(i - 1) : "<s>"));
        into[n++] = Finish(FeatureHash.AddLower(FeatureHash.Start(7), i + 1 < _count ? _words[i + 1] : "</s>"));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(8), i + 1 < _count ? Pos(i + 1) : "</s>"));
        into[n++] = Finish(FeatureHash.AddLower(FeatureHash.Start(9), i + 2 < _count ? _words[i + 2] : "</s>"));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(10), known));
        into[n++] = Finish(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(11), lemma), i + 1 < _count ? _words[i + 1] : "</s>"));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(12), lemma), pos));
        into[n++] = Finish(FeatureHash.AddLower(FeatureHash.Start(13), word.Length > 3 ? word[^3..] : word));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(14), (int)probe.Attribution));
        if (probe.Loose)
        {
            into[n++] = Finish(FeatureHash.Start(15));
            into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(16), lemma));
        }

        // The content the rules attributed.
        var from = probe.From;
        var to = probe.To;
        var length = to - from + 1;
        var after = from > i;
        into[n++] = Finish(FeatureHash.AddLower(FeatureHash.Start(20), _words[from]));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(21), Pos(from)));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(22), Bucket(length)));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(23), after ? 1 : 0));
        into[n++] = Finish(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(24), lemma), _words[from]));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(25), lemma), after ? 1 : 0));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(26), HasVerb(from, to) ? 1 : 0));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(27), HasQuoteMark(from, to) ? 1 : 0));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(28), Bucket(after ? from - i : i - to)));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(29), to >= SentenceEnd(i) - 1 ? 1 : 0));
        into[n++] = Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(30), Pos(from)), Bucket(length)));

        // The speaker the rules found.
        var sf = probe.SpeakerFirst;
        var sl = probe.SpeakerLast;
        if (sf < 0)
        {
            into[n++] = Finish(FeatureHash.Start(31));
            into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(32), lemma));
        }
        else
        {
            var type = _entity[sl] >= 0 ? _entities[_entity[sl]].Type : Pos(sl);
            into[n++] = Finish(FeatureHash.AddLower(FeatureHash.Start(33), _words[sl]));
            into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(34), Pos(sl)));
            into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(35), type));
            into[n++] = Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(36), lemma), type));
            into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(37), Bucket(sl - sf + 1)));
            into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(38), sf > i ? 1 : 0));
            into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(39), probe.Subject ? 1 : 0));
            into[n++] = Finish(FeatureHash.Add(FeatureHash.Start(40), Bucket(sf > i ? sf - i : i - sl)));
            into[n++] = Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(41), type), Pos(i)));
        }

        return n;

        static ulong Finish(ulong hash) => FeatureHash.Finish(hash);
    }

    /// <summary>Whether the cue being tried gave an attribution: the probe's hit, else a quote added since <paramref name="before"/>.</summary>
    private bool Added(int before) => _probe is { } probe ? probe.Hit : _found.Count > before;

    /// <summary>
    /// A verb the rule helpers cannot read, read loosely, for the model to judge (it sees that the reading was loose):
    /// a finite verb, a participle or bare verb after its auxiliary, or an infinitive after a verb or adjective. Its
    /// speaker is the noun phrase or relative pronoun right before it once auxiliaries, modals, adverbs and negations
    /// are skipped (<c>Congress would have overridden</c>; for an infinitive, before the verb that governs it), its
    /// content what follows it (after <c>that</c>) up to where a reported clause ends (<c>Trump still ducks on
    /// taxes</c>, <c>the recording does not include a view of ...</c>).
    /// </summary>
    private void TryLooseCue(int i, string lemma, CueVerb? known, int first, int last)
    {
        var tag = Pos(i);
        if (tag is not ("VBD" or "VBZ" or "VBP" or "VBN" or "VB") || i + 1 > last || IsBe(i) || IsAuxiliary(i) && IsVerbAfterAdverbs(i + 1, last))
        {
            // "has/did/is" + verb: the verb after the auxiliary is the candidate ("has no illusions about" is one).
            return;
        }

        var k = i - 1;
        bool modal = false, auxiliary = false, negated = false;
        while (k >= first && (IsAdverb(k) || IsNegation(k) || Pos(k) == "MD" || IsAuxiliary(k)))
        {
            modal |= Pos(k) == "MD";
            negated |= IsNegation(k);
            auxiliary |= IsAuxiliary(k) || Pos(k) == "MD";
            k--;
        }

        // An infinitive after a verb or an adjective has that verb's subject ("Stumpf refused to admit that ...",
        // "were willing to accept ..."); the cue runs from "to".
        var cueFirst = i;
        if (tag == "VB" && !auxiliary && k - 1 >= first && Is(k, "to")
            && (Pos(k - 1) is "VBD" or "VBZ" or "VBP" or "VBN" or "JJ") && !IsSeemVerb(k - 1))
        {
            cueFirst = k;
            k -= 2;
            while (k >= first && (IsAdverb(k) || IsNegation(k) || Pos(k) == "MD" || IsAuxiliary(k) || IsBe(k) && Pos(k + 1) == "JJ"))
            {
                negated |= IsNegation(k);
                k--;
            }

            auxiliary = true;
        }

        // A participle or a bare verb needs its auxiliary ("has embraced", "would shed", "did not take"); one after
        // "be" is a passive, which has no speaker before it.
        if (tag is "VBN" or "VB" && !auxiliary)
        {
            return;
        }

        // A passive ("is said to") has no speaker before it; a phrase inside another attribution's content is no
        // speaker of a verb after it ("The council's decision to close the library has angered ...").
        if (k < first || IsBe(k) || (_role[k] & (Role.InContent | Role.Used)) != 0)
        {
            return;
        }

        int sf, sl;
        if (Is(k, "that") && Pos(k) == "WDT")
        {
            // After "that" the antecedent is the speaker mention ("nations that oppose ...").
            if (!TryNounPhraseBackward(k - 1, first, out sf, out sl))
            {
                return;
            }
        }
        else if (Pos(k) is "WDT" or "WP")
        {
            // "who" and "which" are the speaker mention ("the law, which abolished slavery"), as in the rules.
            sf = sl = k;
        }
        else if (!TryNounPhraseBackward(k, first, out sf, out sl))
        {
            return;
        }

        var from = i + 1;
        if (Is(from, "that") && from + 1 <= last)
        {
            from++;
        }

        // A verb of the table keeps its own limits: a modal reading reports nothing ("would say more"), a finding is a
        // clause ("found the files" is none), a naming verb is read by the rules alone ("called the meeting to order") ...
        var clause = HasVerb(from, Math.Min(last, from + LooseClauseWindow));
        if (known is { } table && (modal || !clause && lemma is "find" or "prove" || (table.Use & CueUse.Naming) != 0) || negated && !clause)
        {
            // ... and an act not done to a thing holds no stance on it ("has not commented on the report").
            return;
        }

        // A preposition right after the verb belongs to the cue ("ducks on taxes": cue "ducks on").
        var cueLast = i;
        if (Pos(from) == "IN" && !Is(from, "that"))
        {
            cueLast = from;
            from++;
        }

        var to = ContentEnd(from, last, nounPhrase: !clause);
        if (WordCount(from, to) < 2)
        {
            // "The count went on": a particle or a lone word is no content.
            return;
        }

        if (_probe is { } probe)
        {
            probe.Loose = true;
        }

        AddReported(from, to, cueFirst, cueLast, lemma, sf, sl, subject: true, QuoteAttribution.Belief, minTokens: 1);
    }

    /// <summary>Whether a modal comes right before verb <paramref name="i"/> once adverbs and negations are skipped ("would not say").</summary>
    private bool ModalBefore(int i, int first)
    {
        var k = i - 1;
        while (k >= first && (IsAdverb(k) || IsNegation(k)))
        {
            k--;
        }

        return k >= first && Pos(k) == "MD";
    }

    /// <summary>The tag at <paramref name="k"/> once adverbs and negations are skipped, empty past <paramref name="last"/>.</summary>
    private string TagAfterAdverbs(int k, int last)
    {
        while (k <= last && (IsAdverb(k) || IsNegation(k)))
        {
            k++;
        }

        return k <= last ? Pos(k) : string.Empty;
    }

    /// <summary>Whether a verb comes at <paramref name="k"/> once adverbs and negations are skipped.</summary>
    private bool IsVerbAfterAdverbs(int k, int last) => TagAfterAdverbs(k, last).StartsWith("VB", StringComparison.Ordinal);

    /// <summary>How many words after a loose cue are searched for a verb that makes its content a clause, not a noun phrase.</summary>
    private const int LooseClauseWindow = 8;

    /// <summary>Whether a participle (past, which the tagger may read as a past tense, or present) comes at <paramref name="k"/> once adverbs and negations are skipped.</summary>
    private bool IsParticipleAfterAdverbs(int k, int last) => TagAfterAdverbs(k, last) is "VBN" or "VBD" or "VBG";

    /// <summary>A length in a few buckets: 0, 1, 2, 3-4, 5-8, 9-16, 17-32, more.</summary>
    private static int Bucket(int length) => length <= 2 ? Math.Max(length, 0) : length <= 4 ? 3 : length <= 8 ? 4 : length <= 16 ? 5 : length <= 32 ? 6 : 7;

    /// <summary>What <see cref="AddReported"/> would have added while probing.</summary>
    private sealed class Probe
    {
        public bool Hit { get; set; }

        public int From { get; set; }

        public int To { get; set; }

        public int SpeakerFirst { get; set; }

        public int SpeakerLast { get; set; }

        public bool Subject { get; set; }

        /// <summary>Whether the candidate was read by <see cref="TryLooseCue"/>.</summary>
        public bool Loose { get; set; }

        public QuoteAttribution Attribution { get; set; }

        public string Lemma { get; set; } = string.Empty;
    }
}

/// <summary>A learned candidate for training: its feature keys, cue token and content's character span.</summary>
internal readonly record struct LearnedCandidate(ulong[] Features, string Word, int Cue, int ContentStart, int ContentEnd);
