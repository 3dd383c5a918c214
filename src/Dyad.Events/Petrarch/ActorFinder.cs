using System.Collections.Immutable;
using Dyad.Events.Dictionaries;

namespace Dyad.Events.Petrarch;

/// <summary>
/// Finds the actors of a sentence the PETRARCH way: dictionary phrases (actors and agents, longest match first) are
/// grouped into noun phrases; a noun phrase's code is its first actor's code on the sentence's date with the codes of
/// its agents added (<c>RUS</c> + <c>~GOV</c> → <c>RUSGOV</c>, <c>NGO~</c> + <c>ARN</c> → <c>NGOARN</c>), or
/// <c>---</c> + agent when it names no actor; "the government of Gondor", "soldiers from Gondor" join the agent to the
/// actor of the phrase after <c>of</c>/<c>in</c>/<c>from</c>; "X, Y and Z" makes one compound slot.
/// </summary>
internal sealed class ActorFinder
{
    private readonly PhraseTrie<Mention> _trie = new();

    public ActorFinder(PetrarchDictionaries dictionaries)
    {
        foreach (var actor in dictionaries.Actors)
        {
            foreach (var name in actor.Names)
            {
                _trie.Add(name, new Mention(actor, null));
            }
        }

        foreach (var agent in dictionaries.Agents)
        {
            _trie.Add(agent.Phrase, new Mention(null, agent));
            foreach (var plural in agent.Plurals)
            {
                _trie.Add(plural, new Mention(null, agent));
            }
        }
    }

    /// <summary>Where each dictionary phrase starts: the actor or agent and the word after it.</summary>
    public (Mention Mention, int End)?[] Mentions(SentenceWords words)
    {
        var ranges = new List<Range>();
        var joined = words.Joined(ranges);
        var matches = new List<(List<Mention> Values, int Start, int End)>();
        _trie.Match(joined, ranges, matches);
        var mentionAt = new (Mention Mention, int End)?[words.Count];
        foreach (var (values, start, end) in matches)
        {
            // Prefer an actor reading of a phrase that is both (there are none in the shipped sets, but be definite).
            var m = values.Find(v => v.Actor is not null) ?? values[0];
            mentionAt[start] = (m, end);
        }

        return mentionAt;
    }

    /// <summary>
    /// The actor slots of <paramref name="words"/>, in text order; words marked in <paramref name="verbs"/> (the
    /// sentence's dictionary verbs) end a noun phrase.
    /// </summary>
    public static List<ActorSlot> Slots(SentenceWords words, (Mention Mention, int End)?[] mentionAt, bool[] verbs, DateOnly? date)
    {
        var units = Units(words, mentionAt, verbs, date);
        Attach(words, units);
        return Compounds(words, units);
    }

    /// <summary>The actor's code on <paramref name="date"/>; without a date its undated code, else its last one.</summary>
    private static string? CodeOn(PetrarchActor actor, DateOnly? date)
    {
        if (date is { } d)
        {
            return actor.CodeOn(d);
        }

        foreach (var c in actor.Codes)
        {
            if (c.IsDefault)
            {
                return c.Code;
            }
        }

        return actor.Codes.IsDefaultOrEmpty ? null : actor.Codes[^1].Code;
    }

    private static bool IsActorAt((Mention Mention, int End)?[] mentionAt, int i) => i < mentionAt.Length && mentionAt[i] is { Mention.Actor: not null };

    private static bool IsNominal(string tag) => tag is "DT" or "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "POS" or "PRP$" or "CD" or "FW" or "HYPH";

    private static List<Unit> Units(SentenceWords words, (Mention Mention, int End)?[] mentionAt, bool[] verbs, DateOnly? date)
    {
        var units = new List<Unit>();
        var i = 0;
        while (i < words.Count)
        {
            if (mentionAt[i] is null && (verbs[i] || !IsNominal(words.Tag(i))))
            {
                i++;
                continue;
            }

            var unit = new Unit { Start = i };
            while (i < words.Count)
            {
                if (mentionAt[i] is { } m)
                {
                    if (m.Mention.Actor is { } actor)
                    {
                        if (unit.Actor is null && CodeOn(actor, date) is { } code)
                        {
                            unit.Actor = code;
                        }
                    }
                    else
                    {
                        unit.Agents.Add(m.Mention.Agent!);
                    }

                    i = m.End;
                    continue;
                }

                // A possessive ends a phrase that is followed by another actor ("Gondor's government" stays one
                // phrase, which is what PETRARCH does with a possessive actor and an agent).
                // "awful and evil minister": adjectives joined by "and" stay in one phrase.
                var adjectives = words[i] == "AND" && i > unit.Start && i + 1 < words.Count && words.Tag(i - 1) == "JJ" && words.Tag(i + 1) == "JJ";

                // "goats of Gondor", "the population of Gondor": a head naming nobody takes the actor after "of".
                var ofActor = words[i] == "OF" && !unit.HasContent && (IsActorAt(mentionAt, i + 1) || (i + 2 < words.Count && words.Tag(i + 1) == "DT" && IsActorAt(mentionAt, i + 2)));
                if (!adjectives && !ofActor && (verbs[i] || !IsNominal(words.Tag(i)) || words[i] is "AND" or "OR" or "NOR"))
                {
                    break;
                }

                i++;
            }

            unit.End = Math.Max(i, unit.Start + 1);
            i = unit.End;
            if (unit.HasContent)
            {
                units.Add(unit);
            }
        }

        return units;
    }

    /// <summary>
    /// "ambassadors of Arnor", "soldiers from Gondor", "activists in Arnor": agents before a preposition take the actor
    /// after it; "lawmakers and officials in Fornost" gives each agent of the conjoined run the actor.
    /// </summary>
    private static void Attach(SentenceWords words, List<Unit> units)
    {
        for (var k = 0; k + 1 < units.Count; k++)
        {
            var u = units[k];
            var v = units[k + 1];
            if (u.Actor is null && u.Agents.Count > 0 && v.Actor is not null && v.Start == u.End + 1 && words[u.End] is "OF" or "IN" or "FROM")
            {
                var first = k;
                var conjoined = false;
                while (first > 0 && units[first - 1].Actor is null && units[first - 1].Agents.Count > 0 &&
                    Separator(words, units[first - 1].End, units[first].Start) is var gap && gap != Gap.None)
                {
                    conjoined |= gap == Gap.Conjunction;
                    first--;
                }

                if (!conjoined)
                {
                    first = k;
                }

                var sets = new List<List<PetrarchAgent>>();
                for (var j = first; j <= k; j++)
                {
                    sets.Add([.. units[j].Agents, .. v.Agents]);
                }

                var merged = new Unit { Start = units[first].Start, End = v.End, Actor = v.Actor, Distributes = sets };
                merged.Agents.AddRange(u.Agents);
                merged.Agents.AddRange(v.Agents);
                units.RemoveRange(first, k - first + 2);
                units.Insert(first, merged);
                k = first;
            }
        }
    }

    private static List<ActorSlot> Compounds(SentenceWords words, List<Unit> units)
    {
        var slots = new List<ActorSlot>();
        var k = 0;
        while (k < units.Count)
        {
            var members = new List<Unit> { units[k] };
            var conjoined = false;
            var last = k;
            var n = k + 1;
            while (n < units.Count)
            {
                var gap = Separator(words, units[n - 1].End, units[n].Start);
                if (gap == Gap.None)
                {
                    break;
                }

                members.Add(units[n]);
                n++;
                if (gap == Gap.Conjunction)
                {
                    // "A, B and C" ends at C: "A and B, and C and D" are two compounds.
                    conjoined = true;
                    last = n - 1;
                    break;
                }
            }

            if (!conjoined)
            {
                members.RemoveRange(1, members.Count - 1);
                last = k;
            }
            else
            {
                members.RemoveRange(last - k + 1, members.Count - (last - k + 1));
            }

            var codes = ImmutableArray.CreateBuilder<string>();
            var first = members[0];
            foreach (var m in members)
            {
                var actor = m.Actor ?? (m != first && first.Actor is not null && first.Agents.Count > 0 ? first.Actor : null);
                // "Danish Islamist media and government": the second member shares the first's actor and its agents
                // but the head (DNK + MUS + GOV).
                var agentsOf = m.Actor is null && actor is not null ? [.. first.Agents.Take(first.Agents.Count - 1), .. m.Agents] : m.Agents;
                var sets = m.Distributes ?? (m != first && m.Agents.Count == 0 && first.Distributes is { } shared ? shared : [agentsOf]);
                foreach (var a in (actor ?? "---").Split('/'))
                {
                    foreach (var agents in sets)
                    {
                        codes.Add(Combine(a, agents));
                    }
                }
            }

            slots.Add(new ActorSlot(first.Start, members[^1].End, codes.ToImmutable()));
            k = last + 1;
        }

        return slots;
    }

    private enum Gap
    {
        None,
        Comma,
        Conjunction,
    }

    private static Gap Separator(SentenceWords words, int from, int to)
    {
        var n = to - from;
        if (n == 1)
        {
            return words[from] switch { "," => Gap.Comma, "AND" or "OR" or "NOR" => Gap.Conjunction, _ => Gap.None };
        }

        return n == 2 && words[from] == "," && words[from + 1] is "AND" or "OR" ? Gap.Conjunction : Gap.None;
    }

    /// <summary>An actor code with agent codes added: after it for <c>~GOV</c>, before it for <c>NGO~</c>; an agent code the actor code already holds is not repeated.</summary>
    internal static string Combine(string actor, List<PetrarchAgent> agents)
    {
        var before = string.Empty;
        var code = actor;
        foreach (var agent in agents)
        {
            if (agent.Placement == AgentCodePlacement.BeforeActor)
            {
                before += agent.Code;
            }
            else if (!HoldsBlock(code, agent.Code))
            {
                code += agent.Code;
            }
        }

        return before + code;
    }

    private static bool HoldsBlock(string code, string agent)
    {
        for (var i = 0; i + agent.Length <= code.Length; i += 3)
        {
            if (string.CompareOrdinal(code, i, agent, 0, agent.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    internal sealed record Mention(PetrarchActor? Actor, PetrarchAgent? Agent);

    private sealed class Unit
    {
        public int Start { get; init; }

        public int End { get; set; }

        public string? Actor { get; set; }

        public List<PetrarchAgent> Agents { get; } = [];

        /// <summary>Agent sets that came from "AGENT(S) of/in/from X": one code per set, and they spread over a compound "X, Y and Z".</summary>
        public List<List<PetrarchAgent>>? Distributes { get; init; }

        public bool HasContent => Actor is not null || Agents.Count > 0;
    }
}
