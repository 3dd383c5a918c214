using System.Runtime.InteropServices;

namespace Dyad.Linking;

/// <summary>The per-mention state: features interned to ints, the mention's level and window, union-find links and
/// the chains of the hash indexes (every chain is an int per mention, so memory stays linear).</summary>
public sealed partial class EventLinker
{
    private const int Anchor = 0;
    private const int Near = 1;
    private const int MonthLevel = 2;
    private const int YearLevel = 3;
    private const int Undated = 4;
    private const int None = -1;

    private static readonly string[] NonStatePrefixes = ["IGO", "NGO", "IMG", "MNC", "UIS", "INT"];

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _symbols = new(StringComparer.Ordinal);
    private readonly List<string> _symbolText = [];
    private readonly Dictionary<string, CodeFacts> _codeFacts = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Family, int A, int B), int> _blocks = [];
    private readonly List<int> _blockFirst = [];
    private readonly List<bool> _blockSymmetric = [];

    // Per block: how many mentions each level holds, and the widest near window, so queries skip empty levels and
    // scan no further back than a window can reach.
    private readonly List<int> _blockLevelCounts = [];
    private readonly List<int> _blockNearWidth = [];

    // One index per level: anchors and near mentions by the 8-day bin of their window's first day, months by month, years by year,
    // undated mentions by article; plus a chain of all mentions of each article that has no publication date.
    private readonly Dictionary<long, int>[] _index = new Dictionary<long, int>[5];
    private readonly Dictionary<long, int> _articleChain = [];

    private Node[] _nodes = new Node[1024];
    private LinkMention[] _mentions = new LinkMention[1024];
    private string?[] _eventIds = new string?[1024];
    private int[] _touchedIn = new int[1024];
    private int _batch;

    // What the current batch touched: mentions it added or whose choice it changed, and the ids (before the batch) of
    // every event a touched mention or a mention it linked to belonged to. Only those events are regrouped.
    private readonly List<int> _touched = [];
    private readonly HashSet<string> _affected = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _members = new(StringComparer.Ordinal);
    private int _count;

    private void Register(LinkMention m)
    {
        if (_count == _nodes.Length)
        {
            var size = _nodes.Length * 2;
            Array.Resize(ref _nodes, size);
            Array.Resize(ref _mentions, size);
            Array.Resize(ref _eventIds, size);
            Array.Resize(ref _touchedIn, size);
        }

        var x = _count++;
        _mentions[x] = m;
        _touchedIn[x] = _batch;
        _touched.Add(x);
        ref var n = ref _nodes[x];
        n = default;
        n.Source = Features(LinkActor.Informative(m.Source));
        n.Target = Features(LinkActor.Informative(m.Target));
        n.Sentence = m.Sentence;
        n.Place = m.Place is null ? None : Name(m.Place.Name);
        n.PlaceCountry = m.Place?.Country is null ? None : Symbol(m.Place.Country);
        n.Issues = IssueIds(m);
        var code = FactsOf(m.Code);
        n.Point = code.Point;
        n.Code = Symbol(m.Code);
        n.Article = Symbol(m.ArticleId);
        n.Parent = x;
        n.Size = 1;
        n.Attached = None;
        n.Ring = x;
        Window(m, ref n);

        var symmetric = code.Symmetric;
        var a = Symbol(ActorKey(LinkActor.Informative(m.Source)));
        var b = Symbol(ActorKey(LinkActor.Informative(m.Target)));
        if (symmetric && a > b)
        {
            (a, b) = (b, a);
        }

        ref var block = ref CollectionsMarshal.GetValueRefOrAddDefault(_blocks, (code.Family, a, b), out var exists);
        if (!exists)
        {
            block = _blockFirst.Count;
            _blockFirst.Add(None);
            _blockSymmetric.Add(symmetric);
            _blockNearWidth.Add(0);
            for (var level = Anchor; level <= Undated; level++)
            {
                _blockLevelCounts.Add(0);
            }
        }

        CollectionsMarshal.AsSpan(_blockLevelCounts)[(block * (Undated + 1)) + n.Level]++;
        if (n.Level == Near && n.Hi - n.Lo > _blockNearWidth[block])
        {
            _blockNearWidth[block] = n.Hi - n.Lo;
        }

        n.Block = block;
        n.BlockNext = _blockFirst[block];
        _blockFirst[block] = x;

        var key = IndexKey(x);
        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_index[n.Level], key, out var had);
        n.IndexNext = had ? head : None;
        head = x;

        if (m.Published is null)
        {
            ref var articleHead = ref CollectionsMarshal.GetValueRefOrAddDefault(_articleChain, ArticleKey(n.Block, n.Article), out var hadArticle);
            n.ArticleNext = hadArticle ? articleHead : None;
            articleHead = x;
        }
        else
        {
            n.ArticleNext = None;
        }
    }

    // The window of days a mention's event may fall on, and its level.
    private void Window(LinkMention m, ref Node n)
    {
        var date = m.Date;
        n.Pivot = None;
        if (date.Granularity == DateGranularity.Day && !m.DateIsArticleDate)
        {
            n.Level = Anchor;
            n.Lo = n.Hi = date.Start.DayNumber;
            return;
        }

        DateOnly? reported = date.Granularity == DateGranularity.Day ? date.Start : date.IsKnown ? null : m.Published;
        if (reported is DateOnly day)
        {
            n.Level = Near;
            n.Pivot = day.DayNumber;
            // Only an announcement that names both sides reaches forward to the event it announces: "Obama will meet
            // Putin" joins the meeting weeks later, "troops will pull out" or "they will go back" joins nothing ahead.
            var forward = m.Modality is LinkModality.Planned or LinkModality.Hypothetical
                && LinkActor.Informative(m.Source) is not null && LinkActor.Informative(m.Target) is not null;
            n.Lo = forward ? day.DayNumber : day.DayNumber - _options.ReportLag;
            n.Hi = forward ? day.DayNumber + _options.PlannedHorizon : day.DayNumber;
            return;
        }

        n.Level = date.Granularity switch
        {
            DateGranularity.Week => Near,
            DateGranularity.Month => MonthLevel,
            DateGranularity.Year => YearLevel,
            _ => Undated,
        };
        n.Lo = date.IsKnown ? date.Start.DayNumber : 0;
        n.Hi = date.IsKnown ? date.End.DayNumber : 0;
    }

    private CodeFacts FactsOf(string code)
    {
        ref var facts = ref CollectionsMarshal.GetValueRefOrAddDefault(_codeFacts, code, out var exists);
        if (!exists)
        {
            var family = CameoFamilies.FamilyOf(code);
            facts = new CodeFacts(Symbol(family), CameoFamilies.IsSymmetric(family), CameoFamilies.IsPointEvent(code));
        }

        return facts;
    }

    private long IndexKey(int x)
    {
        ref var n = ref _nodes[x];
        return n.Level switch
        {
            Anchor or Near => BinKey(n.Block, n.Lo),
            MonthLevel => MonthKey(n.Block, n.Lo),
            YearLevel => YearKey(n.Block, n.Lo),
            _ => ArticleKey(n.Block, n.Article),
        };
    }

    // Anchors and near mentions are indexed by bins of 8 days of their window's first day: a year's query is 46
    // lookups, not 365.
    private const int BinShift = 3;

    private static long BinKey(int block, int day) => ((long)block << 22) | (uint)(day >> BinShift);

    private static long MonthKey(int block, int dayNumber)
    {
        var d = DateOnly.FromDayNumber(dayNumber);
        return ((long)block << 22) | (uint)((d.Year * 12) + d.Month - 1);
    }

    private static long YearKey(int block, int dayNumber) => ((long)block << 22) | (uint)DateOnly.FromDayNumber(dayNumber).Year;

    private static long ArticleKey(int block, int article) => ((long)block << 32) | (uint)article;

    private ActorFeatures Features(LinkActor? actor) => actor is null
        ? new ActorFeatures(None, None, None, ActorKind.Unknown)
        : new ActorFeatures(
            Name(actor.Name),
            actor.Code is null ? None : Symbol(actor.Code),
            actor.Country is null ? None : Symbol(actor.Country),
            actor.Kind);

    private int[] IssueIds(LinkMention m)
    {
        if (m.Issues.IsDefaultOrEmpty)
        {
            return [];
        }

        var ids = new int[m.Issues.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Symbol(m.Issues[i]);
        }

        return ids;
    }

    // The key an actor is blocked by: its country, else its code (the country part of a state actor's code), else its name.
    private static string ActorKey(LinkActor? actor)
    {
        if (actor is null)
        {
            return "-";
        }

        if (actor.Country is { Length: > 0 } country)
        {
            return country;
        }

        if (actor.Code is { Length: >= 3 } code)
        {
            foreach (var prefix in NonStatePrefixes)
            {
                if (code.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return code;
                }
            }

            return code[..3];
        }

        return "name:" + actor.Name.ToUpperInvariant();
    }

    private int Name(string name) => Intern(_names, name);

    private int Symbol(string symbol)
    {
        var id = Intern(_symbols, symbol);
        if (id == _symbolText.Count)
        {
            _symbolText.Add(symbol);
        }

        return id;
    }

    private static int Intern(Dictionary<string, int> table, string value)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(table, value, out var exists);
        if (!exists)
        {
            id = table.Count - 1;
        }

        return id;
    }

    private int Find(int x)
    {
        var root = x;
        while (_nodes[root].Parent != root)
        {
            root = _nodes[root].Parent;
        }

        while (_nodes[x].Parent != root)
        {
            var next = _nodes[x].Parent;
            _nodes[x].Parent = root;
            x = next;
        }

        return root;
    }

    private void Union(int x, int y)
    {
        var rx = Find(x);
        var ry = Find(y);
        if (rx == ry)
        {
            return;
        }

        if (_nodes[rx].Size < _nodes[ry].Size)
        {
            (rx, ry) = (ry, rx);
        }

        _nodes[ry].Parent = rx;
        _nodes[rx].Size += _nodes[ry].Size;

        // Splice the two rings of members into one.
        (_nodes[x].Ring, _nodes[y].Ring) = (_nodes[y].Ring, _nodes[x].Ring);
    }

    // Marks a mention whose choice this batch changes; its event before the batch is affected.
    private void MarkTouched(int x)
    {
        if (_touchedIn[x] != _batch)
        {
            _touchedIn[x] = _batch;
            _touched.Add(x);
        }

        Affect(x);
    }

    // The event a mention linked to belonged to before the batch may change: regroup it.
    private void Affect(int y)
    {
        if (_eventIds[y] is { } id)
        {
            _affected.Add(id);
        }
    }

    // The event a mention belongs to: its anchor component, or whatever the finer mention it joined belongs to.
    private int Resolve(int x)
    {
        while (_nodes[x].Attached != None)
        {
            x = _nodes[x].Attached;
        }

        return Find(x);
    }

    private readonly record struct CodeFacts(int Family, bool Symmetric, bool Point);

    private readonly record struct ActorFeatures(int Name, int Code, int Country, ActorKind Kind);

    private struct Node
    {
        public int Block;
        public int Code;
        public int Level;
        public int Lo;
        public int Hi;
        public int Pivot;
        public int Parent;
        public int Size;
        public int Attached;
        public int Ring;
        public int IndexNext;
        public int BlockNext;
        public int ArticleNext;
        public int Article;
        public int Place;
        public int PlaceCountry;
        public int Sentence;
        public bool Point;
        public ActorFeatures Source;
        public ActorFeatures Target;
        public int[] Issues;
    }
}
