using System.Runtime.InteropServices;

namespace Dyad.Linking;

/// <summary>The linking rules: which mentions are compared, how well they fit, and the relinking of what a batch touched.</summary>
public sealed partial class EventLinker
{
    private readonly List<int> _scratch = [];
    private readonly Dictionary<long, double> _codeFits = [];

    // Anchors (stated days) link to every compatible anchor within the day tolerance; telephone calls get none.
    private void LinkAnchors(int first)
    {
        var tolerance = _options.DayTolerance;
        for (var x = first; x < _count; x++)
        {
            if (_nodes[x].Level != Anchor)
            {
                continue;
            }

            var block = _nodes[x].Block;
            var day = _nodes[x].Lo;
            for (var bin = (day - tolerance) >> BinShift; bin <= (day + tolerance) >> BinShift; bin++)
            {
                if (!_index[Anchor].TryGetValue(BinKey(block, bin << BinShift), out var y))
                {
                    continue;
                }

                for (; y != None; y = _nodes[y].IndexNext)
                {
                    var distance = Math.Abs(_nodes[y].Lo - day);
                    if (y == x || distance > tolerance || (distance > 0 && (_nodes[x].Point || _nodes[y].Point))
                        || Find(x) == Find(y))
                    {
                        continue;
                    }

                    if (Compatibility(x, y, distance == 0 ? 1.0 : 0.9) >= _options.Threshold)
                    {
                        Affect(y);
                        Union(x, y);
                    }
                }
            }
        }
    }

    // The coarser mentions whose choice a new mention may change: those of higher levels whose windows it overlaps,
    // and the undated mentions of its article. A mention already joined to a finer one only has to compare its choice
    // with the new mention (candidates are never taken away, and fits never change); a free one that the new mention
    // fits has to leave its level's component, which is then rebuilt. Every new mention above the anchors is dirty.
    private HashSet<int>[] MarkDirty(int first)
    {
        var dirty = new HashSet<int>[Undated + 1];
        for (var i = 0; i < dirty.Length; i++)
        {
            dirty[i] = [];
        }

        for (var x = first; x < _count; x++)
        {
            var level = _nodes[x].Level;
            if (level >= Near)
            {
                dirty[level].Add(x);
            }

            if (level == Undated)
            {
                continue;
            }

            for (var higher = level + 1; higher <= YearLevel; higher++)
            {
                Overlapping(x, higher, _scratch);
                foreach (var c in _scratch)
                {
                    Offer(c, x, first, dirty);
                }
            }

            if (_mentions[x].Published is null)
            {
                for (var c = ArticleHead(x); c != None; c = _nodes[c].ArticleNext)
                {
                    if (_nodes[c].Level == Undated)
                    {
                        Offer(c, x, first, dirty);
                    }
                }
            }
        }

        return dirty;
    }

    // Offers the new finer mention y to the older coarse mention c.
    private void Offer(int c, int y, int first, HashSet<int>[] dirty)
    {
        if (c >= first)
        {
            return;
        }

        var current = _nodes[c].Attached;
        if (current == None)
        {
            if (Compatibility(c, y, 1.0) >= _options.Threshold)
            {
                dirty[_nodes[c].Level].Add(c);
            }

            return;
        }

        var best = current;
        var bestScore = Compatibility(c, current, 1.0);
        Consider(c, y, ref best, ref bestScore);
        if (best != current)
        {
            MarkTouched(c);
            _nodes[c].Attached = best;
        }
    }

    // Recomputes the choices of the dirty mentions of one level and of everything linked with them at that level:
    // each joins its best finer mention, else links with the compatible free mentions of its level. The result is
    // the same as computing the level from scratch.
    private void Relink(HashSet<int> dirty)
    {
        if (dirty.Count == 0)
        {
            return;
        }

        var members = new List<int>(dirty.Count);
        var seen = new HashSet<int>();
        foreach (var x in dirty)
        {
            if (!seen.Add(x))
            {
                continue;
            }

            members.Add(x);
            for (var y = _nodes[x].Ring; y != x; y = _nodes[y].Ring)
            {
                if (seen.Add(y))
                {
                    members.Add(y);
                }
            }
        }

        foreach (var x in members)
        {
            MarkTouched(x);
            ref var n = ref _nodes[x];
            n.Parent = x;
            n.Size = 1;
            n.Attached = None;
            n.Ring = x;
        }

        foreach (var x in members)
        {
            var best = BestFiner(x);
            _nodes[x].Attached = best;
            if (best != None)
            {
                Affect(best);
            }
        }

        foreach (var x in members)
        {
            if (_nodes[x].Attached != None)
            {
                continue;
            }

            SameLevel(x, _scratch);
            foreach (var y in _scratch)
            {
                if (y != x && _nodes[y].Attached == None && Find(x) != Find(y)
                    && Compatibility(x, y, 1.0) >= _options.Threshold)
                {
                    Affect(y);
                    Union(x, y);
                }
            }
        }
    }

    // The finer mention a coarse one joins: the most compatible, ties to the nearest (see Distance), then to the smaller
    // mention id; None when none fits.
    private int BestFiner(int x)
    {
        var best = None;
        var bestScore = 0.0;
        var level = _nodes[x].Level;
        if (level == Undated)
        {
            for (var y = ArticleHead(x); y != None; y = _nodes[y].ArticleNext)
            {
                if (_nodes[y].Level != Undated)
                {
                    Consider(x, y, ref best, ref bestScore);
                }
            }

            return best;
        }

        for (var finer = Anchor; finer < level; finer++)
        {
            Overlapping(x, finer, _scratch);
            foreach (var y in _scratch)
            {
                Consider(x, y, ref best, ref bestScore);
            }
        }

        return best;
    }

    private void Consider(int x, int y, ref int best, ref double bestScore)
    {
        var score = Compatibility(x, y, 1.0);
        if (score < _options.Threshold)
        {
            return;
        }

        if (best == None || score > bestScore
            || (score == bestScore && Distance(x, y) < Distance(x, best))
            || (score == bestScore && Distance(x, y) == Distance(x, best)
                && string.CompareOrdinal(_mentions[y].Id, _mentions[best].Id) < 0))
        {
            best = y;
            bestScore = score;
        }
    }

    // Between equally fit candidates, a mention placed by its article's date prefers the one nearest that date: an
    // announcement joins the next meeting, not a later one. Mentions with a stated window have no preference inside it.
    private int Distance(int x, int y) =>
        _nodes[x].Pivot == None ? 0 : Math.Abs((_nodes[y].Pivot == None ? _nodes[y].Lo : _nodes[y].Pivot) - _nodes[x].Pivot);

    private void SameLevel(int x, List<int> into)
    {
        if (_nodes[x].Level != Undated)
        {
            Overlapping(x, _nodes[x].Level, into);
            return;
        }

        into.Clear();
        for (var y = ArticleHead(x); y != None; y = _nodes[y].ArticleNext)
        {
            if (_nodes[y].Level == Undated)
            {
                into.Add(y);
            }
        }
    }

    private int ArticleHead(int x) =>
        _articleChain.TryGetValue(ArticleKey(_nodes[x].Block, _nodes[x].Article), out var head) ? head : None;

    // The mentions of one level in x's block whose windows share a day with x's window.
    private void Overlapping(int x, int level, List<int> into)
    {
        into.Clear();
        var block = _nodes[x].Block;
        var lo = _nodes[x].Lo;
        var hi = _nodes[x].Hi;
        var index = _index[level];
        if (_blockLevelCounts[(block * (Undated + 1)) + level] == 0)
        {
            return;
        }

        switch (level)
        {
            case Anchor or Near:
                var back = level == Near ? _blockNearWidth[block] : 0;
                for (var bin = (lo - back) >> BinShift; bin <= hi >> BinShift; bin++)
                {
                    if (index.TryGetValue(BinKey(block, bin << BinShift), out var y))
                    {
                        for (; y != None; y = _nodes[y].IndexNext)
                        {
                            if (_nodes[y].Lo <= hi && lo <= _nodes[y].Hi)
                            {
                                into.Add(y);
                            }
                        }
                    }
                }

                break;
            case MonthLevel:
                var month = DateOnly.FromDayNumber(lo);
                month = new DateOnly(month.Year, month.Month, 1);
                for (; month.DayNumber <= hi; month = month.AddMonths(1))
                {
                    Chain(index, MonthKey(block, month.DayNumber), into);
                }

                break;
            default:
                for (var year = DateOnly.FromDayNumber(lo).Year; year <= DateOnly.FromDayNumber(hi).Year; year++)
                {
                    Chain(index, YearKey(block, new DateOnly(year, 1, 1).DayNumber), into);
                }

                break;
        }
    }

    private void Chain(Dictionary<long, int> index, long key, List<int> into)
    {
        if (index.TryGetValue(key, out var y))
        {
            for (; y != None; y = _nodes[y].IndexNext)
            {
                into.Add(y);
            }
        }
    }

    // How well two mentions of one block fit one event: the product of the code, actor, place, issue and date fits;
    // 0 when any of them rules it out.
    private double Compatibility(int x, int y, double dateFit)
    {
        ref var a = ref _nodes[x];
        ref var b = ref _nodes[y];
        var code = a.Code == b.Code ? 1.0 : CodeFit(a.Code, b.Code);
        if (code == 0)
        {
            return 0;
        }

        if (a.Code != b.Code && a.Article == b.Article && a.Sentence >= 0 && a.Sentence == b.Sentence
            && !(IsEncounter(a.Code) && IsEncounter(b.Code)))
        {
            return 0; // one sentence, two codes: two acts the coder told apart
        }

        var actors = Fit(SlotFit(a.Source, b.Source), SlotFit(a.Target, b.Target));
        if (_blockSymmetric[a.Block])
        {
            actors = Math.Max(actors, Fit(SlotFit(a.Source, b.Target), SlotFit(a.Target, b.Source)));
        }

        if (actors == 0)
        {
            return 0;
        }

        return code * actors * PlaceFit(ref a, ref b) * IssuesFit(a.Issues, b.Issues) * dateFit;
    }

    // Code fits are few (a few hundred codes) and asked for often: cached per pair of code symbols.
    private double CodeFit(int a, int b)
    {
        var key = ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
        ref var fit = ref CollectionsMarshal.GetValueRefOrAddDefault(_codeFits, key, out var exists);
        if (!exists)
        {
            fit = CameoFamilies.CodeFit(_symbolText[a], _symbolText[b]);
        }

        return fit;
    }

    // A slot where neither mention names an actor says nothing. Two slots: their mean. One informative slot must
    // carry the identity by itself: the same actor, or a person and their own government (at least 0.75); "the US"
    // against "Rumsfeld", or Hezbollah against the Speaker of Lebanon's parliament, is not enough. No actor on either
    // side: never enough (under any sensible threshold).
    private static double Fit(double source, double target)
    {
        if (source == 0 || target == 0)
        {
            return 0;
        }

        if (source == NoEvidence || target == NoEvidence)
        {
            var known = source == NoEvidence ? target : source;
            return known == NoEvidence ? NoActors : known >= OneSlotMinimum ? known : 0;
        }

        return (source + target) / 2;
    }

    private const double NoEvidence = -1;
    private const double SameCodeOtherPeople = 0.45;
    private const double NoActors = 0.4;
    private const double OneSlotMinimum = 0.75;

    // The codes of one encounter (a visit, talks, a meeting) that one sentence may carry together.
    private bool IsEncounter(int code)
    {
        var text = _symbolText[code];
        return text.Length == 3 && text[0] == '0' && text[1] == '4' && text[2] is '0' or '2' or '3' or '4' or '6';
    }

    // One actor slot: the same actor 1; the same name coded differently 0.9; two different people 0; the same code
    // under different names 0.75 when one is a group (a person and their government), else 0.45; a country and one of its actors 0.7; two sectors of
    // one country 0.5; an uncoded actor of the same country 0.6; different countries 0.
    private double SlotFit(in ActorFeatures p, in ActorFeatures q)
    {
        if (p.Name == None || q.Name == None)
        {
            return p.Name == q.Name ? NoEvidence : 0.0;
        }

        if (p.Country != None && q.Country != None && p.Country != q.Country)
        {
            return 0;
        }

        if (p.Name == q.Name)
        {
            return p.Code == q.Code || p.Code == None || q.Code == None ? 1.0 : 0.9;
        }

        if (p.Kind == ActorKind.Person && q.Kind == ActorKind.Person)
        {
            return 0;
        }

        if (p.Code == None || q.Code == None)
        {
            return p.Country != None && p.Country == q.Country ? 0.6 : 0.5;
        }

        if (p.Code == q.Code)
        {
            // A person and their government, or two names of one institution, is one actor; two different names of
            // people (or of actors the knowledge base does not know) under one government code may be two officials.
            return p.Kind == ActorKind.Group || q.Kind == ActorKind.Group ? 0.75 : SameCodeOtherPeople;
        }

        var pc = _symbolText[p.Code];
        var qc = _symbolText[q.Code];
        if (pc.StartsWith(qc, StringComparison.Ordinal) || qc.StartsWith(pc, StringComparison.Ordinal))
        {
            return 0.7;
        }

        return pc.Length >= 3 && qc.Length >= 3 && pc.AsSpan(0, 3).SequenceEqual(qc.AsSpan(0, 3)) ? 0.5 : 0;
    }

    // Places: unknown on either side fits; the same name 1; two places in one country 0.9; two places whose
    // countries are unknown 0.7; different countries 0.
    private static double PlaceFit(ref Node a, ref Node b)
    {
        if (a.Place == None || b.Place == None || a.Place == b.Place)
        {
            return 1.0;
        }

        if (a.PlaceCountry != None && b.PlaceCountry != None)
        {
            return a.PlaceCountry == b.PlaceCountry ? 0.9 : 0;
        }

        return 0.7;
    }

    // Issues: none named on either side fits; a shared issue 1; disjoint issues 0.8 (reports stress different topics).
    private static double IssuesFit(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 1.0;
        }

        foreach (var i in a)
        {
            if (Array.IndexOf(b, i) >= 0)
            {
                return 1.0;
            }
        }

        return 0.8;
    }
}
