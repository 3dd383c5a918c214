using System.Globalization;
using System.Text;
using Dyad.Language.Lexicon;
using Dyad.Language.Tagging;

namespace Dyad.Evaluation.Lexicon;

/// <summary>
/// How much of a CoNLL-2003 file the lexical resources cover: per entity type, the share of mentions that a gazetteer
/// match spans exactly and the share that a match touches; the share of tokens outside entities that a match covers
/// (noise the tagger must learn to ignore); and the share of tokens with a word cluster.
/// </summary>
/// <remarks>The labels are only read to score; nothing here feeds back into the gazetteer or the clusters.</remarks>
public static class LexiconCoverage
{
    /// <summary>Coverage of one entity type.</summary>
    /// <param name="Type">PER, ORG, LOC or MISC.</param>
    /// <param name="Mentions">Mentions of the type.</param>
    /// <param name="Exact">Mentions whose span a single gazetteer match equals.</param>
    /// <param name="Touched">Mentions with at least one word inside a gazetteer match.</param>
    public sealed record TypeCoverage(string Type, int Mentions, int Exact, int Touched);

    /// <summary>The coverage report.</summary>
    /// <param name="Types">Per entity type, in order PER, ORG, LOC, MISC.</param>
    /// <param name="OutsideTokens">Tokens outside any mention.</param>
    /// <param name="OutsideCovered">Of those, tokens inside a gazetteer match.</param>
    /// <param name="Tokens">All tokens.</param>
    /// <param name="Clustered">Tokens with a word cluster.</param>
    /// <param name="EntityTokens">Tokens inside mentions.</param>
    /// <param name="EntityClustered">Of those, tokens with a word cluster.</param>
    public sealed record Report(
        IReadOnlyList<TypeCoverage> Types, int OutsideTokens, int OutsideCovered, int Tokens, int Clustered, int EntityTokens, int EntityClustered)
    {
        /// <summary>A Markdown table of the figures.</summary>
        public string ToMarkdown()
        {
            var inv = CultureInfo.InvariantCulture;
            var sb = new StringBuilder();
            sb.AppendLine("| type | mentions | exact gazetteer match | touched by a match |");
            sb.AppendLine("|---|---:|---:|---:|");
            foreach (var t in Types)
            {
                sb.AppendLine(inv, $"| {t.Type} | {t.Mentions:N0} | {Percent(t.Exact, t.Mentions)} | {Percent(t.Touched, t.Mentions)} |");
            }

            sb.AppendLine(inv, $"| all | {Types.Sum(t => t.Mentions):N0} | {Percent(Types.Sum(t => t.Exact), Types.Sum(t => t.Mentions))} | {Percent(Types.Sum(t => t.Touched), Types.Sum(t => t.Mentions))} |");
            sb.AppendLine();
            sb.AppendLine(inv, $"Tokens outside entities inside a gazetteer match: {Percent(OutsideCovered, OutsideTokens)} of {OutsideTokens:N0}.");
            sb.AppendLine(inv, $"Tokens with a word cluster: {Percent(Clustered, Tokens)} of {Tokens:N0} (entity tokens: {Percent(EntityClustered, EntityTokens)} of {EntityTokens:N0}).");
            return sb.ToString();
        }

        private static string Percent(int part, int whole) =>
            whole == 0 ? "–" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + " %";
    }

    /// <summary>Measures coverage of the CoNLL file at <paramref name="conllPath"/>.</summary>
    public static Report Measure(Gazetteer gazetteer, WordClusters? clusters, string conllPath)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        string[] types = ["PER", "ORG", "LOC", "MISC"];
        var mentions = new int[4];
        var exact = new int[4];
        var touched = new int[4];
        int outside = 0, outsideCovered = 0, tokens = 0, clustered = 0, entityTokens = 0, entityClustered = 0;
        var matches = new List<GazetteerMatch>();
        foreach (var sentence in CoNllReader.ReadFile(conllPath))
        {
            var words = sentence.Words.ToArray();
            matches.Clear();
            gazetteer.Match(words, matches);
            var covered = new bool[words.Length];
            var exactSpans = new HashSet<(int, int)>();
            foreach (var m in matches)
            {
                exactSpans.Add((m.Start, m.End));
                for (var i = m.Start; i < m.End; i++)
                {
                    covered[i] = true;
                }
            }

            for (var i = 0; i < words.Length; i++)
            {
                tokens++;
                var hasCluster = clusters is not null && clusters.TryGet(words[i], out _, out _);
                clustered += hasCluster ? 1 : 0;
                if (sentence.Entities[i] == "O")
                {
                    outside++;
                    outsideCovered += covered[i] ? 1 : 0;
                }
                else
                {
                    entityTokens++;
                    entityClustered += hasCluster ? 1 : 0;
                }
            }

            foreach (var (start, end, type) in Mentions(sentence.Entities))
            {
                var t = Array.IndexOf(types, type);
                if (t < 0)
                {
                    continue;
                }

                mentions[t]++;
                exact[t] += exactSpans.Contains((start, end)) ? 1 : 0;
                var any = false;
                for (var i = start; i < end; i++)
                {
                    any |= covered[i];
                }

                touched[t] += any ? 1 : 0;
            }
        }

        var perType = types.Select((type, i) => new TypeCoverage(type, mentions[i], exact[i], touched[i])).ToArray();
        return new Report(perType, outside, outsideCovered, tokens, clustered, entityTokens, entityClustered);
    }

    /// <summary>Mentions of an IOB1 or IOB2 tag sequence as half-open word ranges with their type.</summary>
    public static IEnumerable<(int Start, int End, string Type)> Mentions(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var tagType = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            var begins = tagType is not null && (tag[0] == 'B' || tagType != type);
            if (type is not null && (tagType is null || begins))
            {
                yield return (start, i, type);
                type = null;
            }

            if (tagType is not null && (begins || type is null))
            {
                start = i;
                type = tagType;
            }
        }
    }
}
