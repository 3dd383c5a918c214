using System.Diagnostics;

namespace Dyad.Language.Lexicon;

/// <summary>
/// Brown clustering (Brown et al. 1992, "Class-based n-gram models of natural language") with the merge window of
/// Liang (2005): words are taken by descending frequency; each new word opens a cluster of its own and the two
/// clusters whose merge loses the least average mutual information between adjacent clusters are merged, so that
/// <c>C</c> clusters stay active. When every word is placed the <c>C</c> clusters are merged down to one, and the
/// order of those merges is the binary tree whose root-to-leaf paths are the words' bit paths.
/// </summary>
/// <remarks>
/// <para>The loss of every active pair is kept in a table and updated incrementally after each merge (Liang's
/// O(C²)-per-step bookkeeping), so training costs O(V·C²) for V words. All logarithms are of integer counts and are
/// read from a table built once. Ties go to the lowest slot pair, words of equal frequency are taken in ordinal
/// order, so the result is deterministic.</para>
/// <para>Mutual information is computed over adjacent pairs of words that both have a cluster, with each cluster's
/// left and right marginals taken over all those pairs.</para>
/// </remarks>
public sealed class BrownClustering
{
    private const int LogTableSize = 1 << 16;

    private readonly int _k;
    private readonly long[] _n;   // _n[s * k + t]: adjacent pairs with the left word in s and the right word in t
    private readonly long[] _nT;  // the transpose of _n, so that columns read as contiguous rows
    private readonly long[] _pl;
    private readonly long[] _pr;
    private readonly double[] _logPl;
    private readonly double[] _logPr;
    private readonly double[] _pairLogPl; // [i * k + j], i < j: log(pl[i] + pl[j])
    private readonly double[] _pairLogPr;
    private readonly double[] _q2;
    private readonly double[] _s;
    private readonly double[] _loss;
    private readonly double[] _scratch;
    private readonly bool[] _active;
    private readonly int[] _activeList;
    private readonly List<int>[] _members;
    private readonly int[] _slotOfWord;
    private readonly double[] _logs;
    private readonly double _logN;
    private readonly double _invN;
    private readonly (int Word, int Count)[][] _right;
    private readonly (int Word, int Count)[][] _left;
    private readonly long[] _wordLeft;
    private readonly long[] _wordRight;
    private int _activeCount;

    private BrownClustering(int clusters, int words, (int, int)[][] right, (int, int)[][] left, long[] wordLeft, long[] wordRight, long total)
    {
        _k = clusters + 1;
        _n = new long[_k * _k];
        _nT = new long[_k * _k];
        _pl = new long[_k];
        _pr = new long[_k];
        _logPl = new double[_k];
        _logPr = new double[_k];
        _pairLogPl = new double[_k * _k];
        _pairLogPr = new double[_k * _k];
        _q2 = new double[_k * _k];
        _s = new double[_k];
        _loss = new double[_k * _k];
        _scratch = new double[_k];
        _active = new bool[_k];
        _activeList = new int[_k];
        _members = new List<int>[_k];
        for (var i = 0; i < _k; i++)
        {
            _members[i] = [];
        }

        _slotOfWord = new int[words];
        Array.Fill(_slotOfWord, -1);
        _right = right;
        _left = left;
        _wordLeft = wordLeft;
        _wordRight = wordRight;

        // Logarithms of small counts come from a table small enough to stay in cache; larger ones are computed.
        _logs = new double[LogTableSize];
        for (var i = 1; i < LogTableSize; i++)
        {
            _logs[i] = Math.Log(i);
        }

        _logN = Math.Log(total);
        _invN = 1.0 / total;
    }

    /// <summary>Clusters the words of <paramref name="corpus"/> seen at least <see cref="BrownClusteringOptions.MinCount"/> times.</summary>
    /// <param name="corpus">The unlabeled text.</param>
    /// <param name="options">Cluster count and frequency cut-off; defaults when <see langword="null"/>.</param>
    /// <param name="log">Receives progress lines.</param>
    public static WordClusters Train(WordCorpus corpus, BrownClusteringOptions? options = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= new BrownClusteringOptions();
        if (options.Clusters < 1 || options.MinCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Clusters and MinCount must be at least 1.");
        }

        var clock = Stopwatch.StartNew();

        // Vocabulary: words seen MinCount times or more, by descending count, then ordinal.
        var vocabulary = new List<int>();
        for (var id = 0; id < corpus.FormCount; id++)
        {
            if (corpus.Count(id) >= options.MinCount)
            {
                vocabulary.Add(id);
            }
        }

        var forms = corpus.Forms;
        vocabulary.Sort((a, b) =>
        {
            var c = corpus.Count(b).CompareTo(corpus.Count(a));
            return c != 0 ? c : string.CompareOrdinal(forms[a], forms[b]);
        });
        var v = vocabulary.Count;
        if (v == 0)
        {
            return new WordClusters([], [], [], []);
        }

        var index = new int[corpus.FormCount];
        Array.Fill(index, -1);
        for (var i = 0; i < v; i++)
        {
            index[vocabulary[i]] = i;
        }

        // Bigram counts between vocabulary words.
        var pairs = new Dictionary<long, int>();
        var sequence = corpus.Sequence;
        var previous = -1;
        long total = 0;
        for (var i = 0; i < sequence.Count; i++)
        {
            var id = sequence[i];
            var w = id < 0 ? -1 : index[id];
            if (previous >= 0 && w >= 0)
            {
                var key = ((long)previous << 32) | (uint)w;
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
                total++;
            }

            previous = w;
        }

        var rightLists = new List<(int, int)>[v];
        var leftLists = new List<(int, int)>[v];
        for (var i = 0; i < v; i++)
        {
            rightLists[i] = [];
            leftLists[i] = [];
        }

        var wordLeft = new long[v];
        var wordRight = new long[v];
        var keys = pairs.Keys.ToArray();
        Array.Sort(keys);
        foreach (var key in keys)
        {
            var a = (int)(key >> 32);
            var b = (int)(uint)key;
            var count = pairs[key];
            rightLists[a].Add((b, count));
            leftLists[b].Add((a, count));
            wordLeft[a] += count;
            wordRight[b] += count;
        }

        var clusters = Math.Min(options.Clusters, v);
        log?.Invoke($"Brown clustering: {v:N0} words (count >= {options.MinCount}), {total:N0} bigrams ({keys.Length:N0} distinct), {clusters} clusters");
        if (total == 0)
        {
            total = 1;
        }

        var state = new BrownClustering(
            clusters, v, [.. rightLists.Select(l => l.ToArray())], [.. leftLists.Select(l => l.ToArray())], wordLeft, wordRight, total);
        return state.Run(vocabulary.Select(id => forms[id]).ToArray(), clusters, clock, log);
    }

    private WordClusters Run(string[] words, int clusters, Stopwatch clock, Action<string>? log)
    {
        var v = words.Length;

        // Window phase: every word enters as a cluster of its own; beyond the first C, each entry is followed by the
        // cheapest merge so that C clusters stay active.
        for (var w = 0; w < v; w++)
        {
            AddWord(w);
            if (_activeCount > clusters)
            {
                var (a, b) = Cheapest();
                Merge(a, b);
            }

            if (log is not null && (w + 1) % 2000 == 0)
            {
                log($"  {w + 1:N0}/{v:N0} words placed ({clock.Elapsed.TotalSeconds:F0} s)");
            }
        }

        // Hierarchy phase: merge the C clusters down to one; each merge is an inner node of the tree.
        var nodeOfSlot = new int[_k];
        var leaves = new List<int>(clusters);
        for (var i = 0; i < _activeCount; i++)
        {
            var slot = _activeList[i];
            nodeOfSlot[slot] = leaves.Count;
            leaves.Add(slot);
        }

        var leafMembers = leaves.Select(slot => _members[slot].ToArray()).ToArray();
        var children = new List<(int Left, int Right)>();
        var nodeCount = leaves.Count;
        while (_activeCount > 1)
        {
            var (a, b) = Cheapest();
            var node = nodeCount++;
            children.Add((nodeOfSlot[a], nodeOfSlot[b]));
            var survivor = Merge(a, b);
            nodeOfSlot[survivor] = node;
        }

        // Paths: left branch 0, right branch 1, root first; leaves numbered in tree order.
        var paths = new List<ulong>(leaves.Count);
        var lengths = new List<int>(leaves.Count);
        var wordCluster = new int[v];
        var stack = new Stack<(int Node, ulong Path, int Length)>();
        stack.Push((nodeCount - 1, 0UL, 0));
        while (stack.Count > 0)
        {
            var (node, path, length) = stack.Pop();
            if (node < leaves.Count)
            {
                var cluster = paths.Count;
                var kept = Math.Min(length, WordClusters.MaxPathLength);
                paths.Add(path);
                lengths.Add(kept);
                foreach (var w in leafMembers[node])
                {
                    wordCluster[w] = cluster;
                }

                continue;
            }

            var (left, right) = children[node - leaves.Count];
            var deeper = length + 1;
            var shifted = deeper <= WordClusters.MaxPathLength ? path << 1 : path;

            // Beyond 64 branches the path stops growing (kept bits are the first 64); push right first so left pops first.
            stack.Push((right, deeper <= WordClusters.MaxPathLength ? shifted | 1 : path, deeper));
            stack.Push((left, shifted, deeper));
        }

        log?.Invoke($"Brown clustering done in {clock.Elapsed.TotalSeconds:F1} s; deepest path {lengths.Max()} bits");
        return new WordClusters(words, wordCluster, paths, lengths);
    }

    private double LogCount(long n) => n < LogTableSize ? _logs[n] : Math.Log(n);

    /// <summary>n/N · log(n·N / (left·right)), the mutual-information term of one ordered cluster pair, given the logs
    /// of its marginals.</summary>
    private double Q(long n, double logLeft, double logRight) =>
        n == 0 ? 0 : n * (LogCount(n) + _logN - logLeft - logRight) * _invN;

    private double Q2(int s, int t) => s == t
        ? Q(_n[(s * _k) + s], _logPl[s], _logPr[s])
        : Q(_n[(s * _k) + t], _logPl[s], _logPr[t]) + Q(_n[(t * _k) + s], _logPl[t], _logPr[s]);

    private int PairIndex(int a, int b) => a < b ? (a * _k) + b : (b * _k) + a;

    private void UpdatePairLogs(int a)
    {
        for (var x = 0; x < _activeCount; x++)
        {
            var t = _activeList[x];
            if (t != a)
            {
                var p = PairIndex(a, t);
                _pairLogPl[p] = Math.Log(_pl[a] + _pl[t]);
                _pairLogPr[p] = Math.Log(_pr[a] + _pr[t]);
            }
        }
    }

    private double LossFromScratch(int a, int b)
    {
        var k = _k;
        var p = PairIndex(a, b);
        var logPl = _pairLogPl[p];
        var logPr = _pairLogPr[p];
        var rowA = _n.AsSpan(a * k, k);
        var rowB = _n.AsSpan(b * k, k);
        var colA = _nT.AsSpan(a * k, k);
        var colB = _nT.AsSpan(b * k, k);
        var sum = 0.0;
        for (var x = 0; x < _activeCount; x++)
        {
            var c = _activeList[x];
            if (c != a && c != b)
            {
                sum += Q(rowA[c] + rowB[c], logPl, _logPr[c]) + Q(colA[c] + colB[c], _logPl[c], logPr);
            }
        }

        var self = Q(rowA[a] + rowA[b] + rowB[a] + rowB[b], logPl, logPr);
        return _s[a] + _s[b] - _q2[(a * k) + b] - sum - self;
    }

    private (int A, int B) Cheapest()
    {
        var best = double.PositiveInfinity;
        var bestA = -1;
        var bestB = -1;
        for (var x = 0; x < _activeCount; x++)
        {
            var i = _activeList[x];
            var row = _loss.AsSpan(i * _k, _k);
            for (var y = 0; y < _activeCount; y++)
            {
                var j = _activeList[y];
                if (j > i && row[j] < best)
                {
                    best = row[j];
                    bestA = i;
                    bestB = j;
                }
            }
        }

        Debug.Assert(bestA >= 0, "Two active clusters exist whenever a merge is asked for.");
        return (bestA, bestB);
    }

    private void AddWord(int w)
    {
        var k = _k;
        var slot = Array.IndexOf(_active, false);
        _members[slot].Clear();
        _members[slot].Add(w);
        _slotOfWord[w] = slot;
        _pl[slot] = _wordLeft[w];
        _pr[slot] = _wordRight[w];
        _logPl[slot] = _pl[slot] == 0 ? 0 : Math.Log(_pl[slot]);
        _logPr[slot] = _pr[slot] == 0 ? 0 : Math.Log(_pr[slot]);
        for (var t = 0; t < k; t++)
        {
            _n[(slot * k) + t] = 0;
            _n[(t * k) + slot] = 0;
            _nT[(slot * k) + t] = 0;
            _nT[(t * k) + slot] = 0;
        }

        foreach (var (u, count) in _right[w])
        {
            var t = _slotOfWord[u];
            if (t >= 0)
            {
                _n[(slot * k) + t] += count;
                _nT[(t * k) + slot] += count;
            }
        }

        foreach (var (u, count) in _left[w])
        {
            var t = _slotOfWord[u];
            if (t >= 0 && u != w)
            {
                _n[(t * k) + slot] += count;
                _nT[(slot * k) + t] += count;
            }
        }

        // q2 of the new cluster with every active one and itself; row sums gain the new column.
        var own = Q2(slot, slot);
        _q2[(slot * k) + slot] = own;
        var sum = own;
        for (var x = 0; x < _activeCount; x++)
        {
            var t = _activeList[x];
            var q = Q2(slot, t);
            _q2[(slot * k) + t] = q;
            _q2[(t * k) + slot] = q;
            _s[t] += q;
            sum += q;
        }

        _s[slot] = sum;

        // Existing pairs gain the new cluster as one more third party: + q2(i,new) + q2(j,new) - q2(i+j,new).
        var toNew = _nT.AsSpan(slot * k, k);   // n[i, new]
        var fromNew = _n.AsSpan(slot * k, k);  // n[new, i]
        var logPlNew = _logPl[slot];
        var logPrNew = _logPr[slot];
        for (var x = 0; x < _activeCount; x++)
        {
            var i = _activeList[x];
            var qi = _q2[(i * k) + slot];
            for (var y = x + 1; y < _activeCount; y++)
            {
                var j = _activeList[y];
                var p = PairIndex(i, j);
                var merged = Q(toNew[i] + toNew[j], _pairLogPl[p], logPrNew) + Q(fromNew[i] + fromNew[j], logPlNew, _pairLogPr[p]);
                _loss[p] += qi + _q2[(j * k) + slot] - merged;
            }
        }

        _active[slot] = true;
        _activeList[_activeCount++] = slot;
        UpdatePairLogs(slot);
        for (var x = 0; x < _activeCount; x++)
        {
            var t = _activeList[x];
            if (t != slot)
            {
                _loss[PairIndex(slot, t)] = LossFromScratch(slot, t);
            }
        }
    }

    /// <summary>Merges two active clusters; the one with more words survives (ties: the lower slot). Returns the survivor.</summary>
    private int Merge(int a, int b)
    {
        var k = _k;
        if (_members[b].Count > _members[a].Count || (_members[b].Count == _members[a].Count && b < a))
        {
            (a, b) = (b, a);
        }

        // Every other pair (i, j) loses a and b as third parties and gains their merge m:
        //   loss(i,j) += q2(i+j,a) + q2(i+j,b) - q2(i+j,m) - [q2(i,a) + q2(i,b) - q2(i,m)] - [same for j].
        // The merged counts are sums of a's and b's, so this runs before the counts are folded.
        var logPlM = Math.Log(_pl[a] + _pl[b]);
        var logPrM = Math.Log(_pr[a] + _pr[b]);
        var toA = _nT.AsSpan(a * k, k);   // n[i, a]
        var toB = _nT.AsSpan(b * k, k);
        var fromA = _n.AsSpan(a * k, k);  // n[a, i]
        var fromB = _n.AsSpan(b * k, k);
        var change = _scratch; // per i: q2(i,m) - q2(i,a) - q2(i,b)
        for (var x = 0; x < _activeCount; x++)
        {
            var i = _activeList[x];
            if (i == a || i == b)
            {
                continue;
            }

            var qm = Q(toA[i] + toB[i], _logPl[i], logPrM) + Q(fromA[i] + fromB[i], logPlM, _logPr[i]);
            change[i] = qm - _q2[(i * k) + a] - _q2[(i * k) + b];
        }

        var logPlA = _logPl[a];
        var logPrA = _logPr[a];
        var logPlB = _logPl[b];
        var logPrB = _logPr[b];
        for (var x = 0; x < _activeCount; x++)
        {
            var i = _activeList[x];
            if (i == a || i == b)
            {
                continue;
            }

            var toAi = toA[i];
            var toBi = toB[i];
            var fromAi = fromA[i];
            var fromBi = fromB[i];
            var changeI = change[i];
            for (var y = x + 1; y < _activeCount; y++)
            {
                var j = _activeList[y];
                if (j == a || j == b)
                {
                    continue;
                }

                var p = PairIndex(i, j);
                var lpl = _pairLogPl[p];
                var lpr = _pairLogPr[p];
                var ta = toAi + toA[j];
                var tb = toBi + toB[j];
                var fa = fromAi + fromA[j];
                var fb = fromBi + fromB[j];
                var withA = Q(ta, lpl, logPrA) + Q(fa, logPlA, lpr);
                var withB = Q(tb, lpl, logPrB) + Q(fb, logPlB, lpr);
                var withM = Q(ta + tb, lpl, logPrM) + Q(fa + fb, logPlM, lpr);
                _loss[p] += withA + withB - withM + changeI + change[j];
            }
        }

        // Fold b into a (n and its transpose).
        var self = _n[(a * k) + a] + _n[(a * k) + b] + _n[(b * k) + a] + _n[(b * k) + b];
        for (var t = 0; t < k; t++)
        {
            _n[(a * k) + t] += _n[(b * k) + t];
            _n[(t * k) + a] += _n[(t * k) + b];
        }

        _n[(a * k) + a] = self;
        for (var t = 0; t < k; t++)
        {
            _n[(b * k) + t] = 0;
            _n[(t * k) + b] = 0;
        }

        for (var t = 0; t < k; t++)
        {
            _nT[(a * k) + t] = _n[(t * k) + a];
            _nT[(t * k) + a] = _n[(a * k) + t];
            _nT[(b * k) + t] = 0;
            _nT[(t * k) + b] = 0;
        }

        _pl[a] += _pl[b];
        _pr[a] += _pr[b];
        _logPl[a] = logPlM;
        _logPr[a] = logPrM;
        _pl[b] = 0;
        _pr[b] = 0;
        foreach (var w in _members[b])
        {
            _slotOfWord[w] = a;
        }

        _members[a].AddRange(_members[b]);
        _members[b].Clear();
        _active[b] = false;
        var at = Array.IndexOf(_activeList, b, 0, _activeCount);
        Array.Copy(_activeList, at + 1, _activeList, at, _activeCount - at - 1);
        _activeCount--;

        // New q2 row of a; row sums from scratch (cheap, and keeps rounding from drifting).
        for (var x = 0; x < _activeCount; x++)
        {
            var t = _activeList[x];
            var q = Q2(a, t);
            _q2[(a * k) + t] = q;
            _q2[(t * k) + a] = q;
        }

        for (var x = 0; x < _activeCount; x++)
        {
            var i = _activeList[x];
            var row = _q2.AsSpan(i * k, k);
            var sum = 0.0;
            for (var y = 0; y < _activeCount; y++)
            {
                sum += row[_activeList[y]];
            }

            _s[i] = sum;
        }

        UpdatePairLogs(a);
        for (var x = 0; x < _activeCount; x++)
        {
            var t = _activeList[x];
            if (t != a)
            {
                _loss[PairIndex(a, t)] = LossFromScratch(a, t);
            }
        }

        return a;
    }
}
