using Dyad.Core;

namespace Dyad.Actors;

/// <summary>Resolves a mention to an actor code: splits it into words, matches the longest known names from the left
/// (countries, demonyms, organisations, people, agent terms and titles), picks the head (the last name or agent that
/// is not the object of a preposition) and composes the code from the head and its modifiers.</summary>
/// <remarks>
/// "Russian President Vladimir Putin" is demonym + title + person: the person is the head, the title and country are
/// evidence. "Russia's Chief of the General Staff" is country + agent: RUS + MIL. In "Ambassador to the United States
/// Sergei Kislyak" the country follows "to" and is the post's target, not its owner; after "of" ("President of Russia")
/// it is the owner.
/// </remarks>
internal sealed class MentionResolver
{
    private static readonly HashSet<string> Determiners = new(["the", "a", "an"], StringComparer.OrdinalIgnoreCase);

    // Prepositions that introduce a complement: what follows names the post's target or topic ("envoy for Syria",
    // "ambassador to Russia"), not whom the actor belongs to. "of" is different: "President of Russia".
    private static readonly HashSet<string> Prepositions =
        new(["for", "to", "in", "at", "on", "from", "with", "by", "about", "over", "against"], StringComparer.OrdinalIgnoreCase);

    // A coordination names two actors ("Russia and the United States"); the mention resolves to the first, the event
    // coder pairs them.
    private static readonly HashSet<string> Conjunctions = new(["and", "or", "&"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Honorifics =
        new(["Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Lord", "Lady"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConjunctionLookup = Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HonorificLookup = Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ActorKnowledgeBase _kb;
    private readonly NameIndex _index;

    public MentionResolver(ActorKnowledgeBase kb, NameIndex index)
    {
        _kb = kb;
        _index = index;
    }

    public ActorResolution? Resolve(string? text, DateOnly? date)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > ActorKnowledgeBase.MaxMentionLength)
        {
            return null;
        }

        var words = Words(text, out var clauseBreak);
        if (words.Count == 0)
        {
            return null;
        }

        if (clauseBreak <= 0 || clauseBreak >= words.Count)
        {
            return ResolveWords(text, words, date);
        }

        // An apposition: "Doug Lute, the U.S. permanent representative to NATO". A person recognised in one part is
        // the actor; the other part's title and country code them when their own roles do not cover the date.
        var first = ResolveWords(text, words.GetRange(0, clauseBreak), date);
        var second = ResolveWords(text, words.GetRange(clauseBreak, words.Count - clauseBreak), date);
        if (first is null || second is null)
        {
            return first ?? second;
        }

        var (person, other) = first.Person is not null ? (first, second) : second.Person is not null ? (second, first) : (first, second);
        if (person.Person is null || person.Method is ResolutionMethod.PersonRoleOnDate or ResolutionMethod.PersonRoleByTitle
            || other.Person is not null || other.Method is not (ResolutionMethod.CountryAgent or ResolutionMethod.OrganisationAgent))
        {
            return person;
        }

        return other with
        {
            Name = person.Name,
            Person = person.Person,
            Method = ResolutionMethod.TitleInText,
            Evidence = other.Evidence with { Method = "actors:" + ResolutionMethod.TitleInText },
        };
    }

    private ActorResolution? ResolveWords(string text, List<Word> words, DateOnly? date)
    {
        var segments = Split(text, words);
        var head = FindHead(segments);
        if (head < 0)
        {
            return null;
        }

        var first = FirstMeaningful(segments);
        var context = new Context(text, segments, head, first, date);
        return segments[head].Kind switch
        {
            SegmentKind.Person => ResolvePerson(context),
            SegmentKind.Name => ResolveUnknownName(context),
            SegmentKind.Agent => ResolveAgent(context),
            SegmentKind.Organisation => ResolveOrganisation(context),
            SegmentKind.Country or SegmentKind.Capital => ResolveCountry(context),
            _ => null,
        };
    }

    // ---- words and segments ------------------------------------------------------------------------------------

    // The words of the mention, and the index of the first word after the first comma (0 when there is none).
    private static List<Word> Words(string text, out int clauseBreak)
    {
        var words = new List<Word>();
        clauseBreak = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                if (text[i] == ',' && clauseBreak == 0 && words.Count > 0)
                {
                    clauseBreak = words.Count;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i++;
            }

            var end = i;

            // Possessives: "Russia's", "Russia’s", "rebels'".
            var possessive = false;
            if (end - start > 2 && (text[end - 1] is 's' or 'S') && NameKey.FoldChar(text[end - 2]) == '\'')
            {
                end -= 2;
                possessive = true;
            }

            while (end > start && NameKey.FoldChar(text[end - 1]) is '\'' or '-')
            {
                end--;
                possessive = true;
            }

            while (start < end && NameKey.FoldChar(text[start]) is '\'' or '-' or '.')
            {
                start++;
            }

            if (end > start)
            {
                words.Add(new Word(start, end, possessive));
            }
        }

        return words;
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
        {
            return true;
        }

        // Apostrophes, hyphens, full stops and ampersands join words ("O'Brien", "Ki-moon", "U.S.", "AT&T") when a
        // letter or digit comes before them.
        var folded = NameKey.FoldChar(c);
        return folded is '\'' or '-' or '.' or '&' && i > 0 && char.IsLetterOrDigit(text[i - 1]);
    }

    private List<Segment> Split(string text, List<Word> words)
    {
        var segments = new List<Segment>();
        Span<char> buffer = stackalloc char[NameKey.MaxLength];
        var i = 0;
        while (i < words.Count)
        {
            var word = words[i];
            var wordText = text.AsSpan(word.Start, word.End - word.Start);
            if (segments.Count == 0 && DeterminerLookup.Contains(wordText))
            {
                segments.Add(new Segment(SegmentKind.Determiner, i, i + 1, word.Start, word.End, null));
                i++;
                continue;
            }

            var matched = false;
            var longest = Math.Min(_index.MaxWords, words.Count - i);
            for (var n = longest; n >= 1 && !matched; n--)
            {
                // A possessive ends a name: "Russia's Chief" is "Russia" + "Chief...", never one name.
                if (HasPossessiveBefore(words, i, n))
                {
                    continue;
                }

                var length = KeyOf(text, words, i, n, buffer);
                if (length <= 0)
                {
                    continue;
                }

                var (exact, caseless) = _index.Find(buffer[..length]);
                if (Choose(exact, caseless, text, words, i, n) is { } segment)
                {
                    segments.Add(segment);
                    i += n;
                    matched = true;
                }
            }

            if (matched)
            {
                continue;
            }

            var kind = ConjunctionLookup.Contains(wordText) ? SegmentKind.Conjunction
                : PrepositionLookup.Contains(wordText) ? SegmentKind.Preposition
                : wordText.Equals("of", StringComparison.OrdinalIgnoreCase) ? SegmentKind.Of
                : HonorificLookup.Contains(wordText) ? SegmentKind.Other
                : NameKey.IsCapitalised(wordText) ? SegmentKind.Name
                : SegmentKind.Other;

            // Consecutive unknown capitalised words are one name ("Ivan Petrov").
            if (kind == SegmentKind.Name && segments.Count > 0 && segments[^1] is { Kind: SegmentKind.Name } previous && !words[i - 1].Possessive)
            {
                segments[^1] = previous with { EndWord = i + 1, End = word.End };
            }
            else
            {
                segments.Add(new Segment(kind, i, i + 1, word.Start, word.End, null));
            }

            i++;
        }

        return MergeUnknownNames(segments, words);
    }

    // A surname next to an unknown capitalised word is part of someone else's name: "Michelle Obama" is not Barack
    // Obama, "Omar Example" not Mullah Omar. Full names and aliases are left alone.
    private static List<Segment> MergeUnknownNames(List<Segment> segments, List<Word> words)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            if (s.Kind != SegmentKind.Person || s.Entry is not { Kind: IndexEntryKind.PersonSurname })
            {
                continue;
            }

            var start = i;
            var end = i;
            if (i > 0 && segments[i - 1].Kind == SegmentKind.Name && !words[segments[i - 1].EndWord - 1].Possessive)
            {
                start = i - 1;
            }

            if (i + 1 < segments.Count && segments[i + 1].Kind == SegmentKind.Name && !words[s.EndWord - 1].Possessive)
            {
                end = i + 1;
            }

            if (start == end)
            {
                continue;
            }

            var merged = new Segment(SegmentKind.Name, segments[start].StartWord, segments[end].EndWord, segments[start].Start, segments[end].End, null);
            segments.RemoveRange(start, end - start + 1);
            segments.Insert(start, merged);
            i = start;
        }

        return segments;
    }

    private static bool HasPossessiveBefore(List<Word> words, int start, int count)
    {
        for (var k = start; k < start + count - 1; k++)
        {
            if (words[k].Possessive)
            {
                return true;
            }
        }

        return false;
    }

    private static int KeyOf(string text, List<Word> words, int start, int count, Span<char> buffer)
    {
        var length = 0;
        for (var k = start; k < start + count; k++)
        {
            if (k > start)
            {
                if (length >= buffer.Length)
                {
                    return -1;
                }

                buffer[length++] = ' ';
            }

            var last = k == start + count - 1;
            var written = NameKey.Write(text.AsSpan(words[k].Start, words[k].End - words[k].Start), buffer[length..], trimFinalStop: last);
            if (written < 0)
            {
                return -1;
            }

            length += written;
        }

        return length;
    }

    // Of the things a phrase names, the one it most likely means here: an organisation, then a person's full name, a
    // country, a demonym, an agent, a capital, a person's surname. A person's names count only when capitalised in
    // the text: "power" is not Samantha Power.
    private static Segment? Choose(IndexEntry[] exact, IndexEntry[] caseless, string text, List<Word> words, int start, int count)
    {
        IndexEntry? best = null;
        var bestRank = int.MaxValue;
        var capitalised = NameKey.IsCapitalised(text.AsSpan(words[start].Start, words[start].End - words[start].Start));
        List<int>? people = null;
        Consider(exact);
        Consider(caseless);
        if (best is not { } chosen)
        {
            return null;
        }

        var kind = chosen.Kind switch
        {
            IndexEntryKind.Organisation => SegmentKind.Organisation,
            IndexEntryKind.PersonName or IndexEntryKind.PersonSurname => SegmentKind.Person,
            IndexEntryKind.CountryName or IndexEntryKind.CountryCode or IndexEntryKind.CountryDemonym => SegmentKind.Country,
            IndexEntryKind.Capital => SegmentKind.Capital,
            _ => SegmentKind.Agent,
        };
        var s = words[start].Start;
        var e = words[start + count - 1].End;
        return new Segment(kind, start, start + count, s, e, chosen) { People = people };

        void Consider(IndexEntry[] entries)
        {
            foreach (var entry in entries)
            {
                var rank = entry.Kind switch
                {
                    IndexEntryKind.Organisation => 0,
                    IndexEntryKind.PersonName when capitalised => 1,
                    IndexEntryKind.CountryName or IndexEntryKind.CountryCode => 2,
                    IndexEntryKind.CountryDemonym => 3,
                    IndexEntryKind.Agent => 4,
                    IndexEntryKind.Capital => 5,
                    IndexEntryKind.PersonSurname when capitalised => 6,
                    _ => int.MaxValue,
                };
                if (rank == int.MaxValue)
                {
                    continue;
                }

                if (entry.Kind is IndexEntryKind.PersonName or IndexEntryKind.PersonSurname)
                {
                    people ??= [];
                    if ((best is null || best.Value.Kind == entry.Kind || rank < bestRank) && !people.Contains(entry.Id))
                    {
                        if (rank < bestRank && best is { Kind: IndexEntryKind.PersonName or IndexEntryKind.PersonSurname })
                        {
                            people.Clear();
                        }

                        people.Add(entry.Id);
                    }
                }

                if (rank < bestRank)
                {
                    best = entry;
                    bestRank = rank;
                }
            }
        }
    }

    // ---- the head --------------------------------------------------------------------------------------------------

    // The head is the last segment that names an actor and is not the object of a preposition; a person or an
    // unknown name after a preposition's object ends the complement ("Ambassador to Russia Michael McFaul").
    private static int FindHead(List<Segment> segments)
    {
        var head = -1;
        var inComplement = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var kind = segments[i].Kind;
            if (kind == SegmentKind.Conjunction && head >= 0)
            {
                break;
            }

            if (kind is SegmentKind.Preposition or SegmentKind.Conjunction)
            {
                inComplement = head >= 0;
                continue;
            }

            if (kind == SegmentKind.Of)
            {
                // "President of Russia": Russia is the owner, a modifier of the head, not a new head.
                inComplement = head >= 0;
                continue;
            }

            var isActor = kind is SegmentKind.Person or SegmentKind.Name or SegmentKind.Agent or SegmentKind.Organisation
                or SegmentKind.Country or SegmentKind.Capital;
            if (!isActor)
            {
                continue;
            }

            if (inComplement && kind is not (SegmentKind.Person or SegmentKind.Name))
            {
                continue;
            }

            // Only a title's holder follows its complement ("Ambassador to Russia Michael McFaul"); after a person
            // or an organisation the name is someone else ("Putin's reply to Obama").
            if (inComplement && (segments[head].Kind != SegmentKind.Agent
                || (kind == SegmentKind.Name && !IsAfterComplementObject(segments, i))))
            {
                continue;
            }

            inComplement = false;
            head = i;
        }

        return head;
    }

    // An unknown name after a preposition is the head only when the preposition's object came first
    // ("Ambassador to Russia John Smith"); "Envoy for Syrian Affairs" keeps "Affairs" in the complement.
    private static bool IsAfterComplementObject(List<Segment> segments, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            var kind = segments[k].Kind;
            if (kind is SegmentKind.Preposition or SegmentKind.Of)
            {
                return false;
            }

            if (kind is SegmentKind.Country or SegmentKind.Organisation or SegmentKind.Capital)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstMeaningful(List<Segment> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Kind is not (SegmentKind.Determiner or SegmentKind.Other or SegmentKind.Preposition or SegmentKind.Conjunction or SegmentKind.Of))
            {
                return i;
            }
        }

        return 0;
    }

    // ---- modifiers ---------------------------------------------------------------------------------------------------

    // Whom the head belongs to, from the words before it and an "of X" after it: a country gives its bare code, an
    // organisation or a person their code, and agents compose onto what came before ("Obama administration official").
    private Affiliation Affiliate(Context context)
    {
        var affiliation = new Affiliation();
        var segments = context.Segments;
        var inComplement = false;
        for (var i = 0; i < context.Head; i++)
        {
            var s = segments[i];
            if (s.Kind is SegmentKind.Preposition or SegmentKind.Conjunction)
            {
                inComplement = true;
                continue;
            }

            if (s.Kind == SegmentKind.Of)
            {
                inComplement = false;
                continue;
            }

            if (inComplement && s.Kind is not (SegmentKind.Person or SegmentKind.Name))
            {
                continue;
            }

            inComplement = false;
            Feed(ref affiliation, s, context.Date);
        }

        // "President of Russia", "Chief of the General Staff of Russia": the owner follows "of".
        if (affiliation.Code is null)
        {
            var afterOf = false;
            for (var i = context.Head + 1; i < segments.Count; i++)
            {
                var s = segments[i];
                if (s.Kind == SegmentKind.Of)
                {
                    afterOf = true;
                    continue;
                }

                if (s.Kind is SegmentKind.Preposition or SegmentKind.Conjunction)
                {
                    break;
                }

                if (afterOf && s.Kind is SegmentKind.Country or SegmentKind.Organisation or SegmentKind.Capital)
                {
                    Feed(ref affiliation, s, context.Date);
                    break;
                }
            }
        }

        // A title seen before the owner was known composes now ("Foreign Minister of Syria").
        if (affiliation.Code is { } owner && affiliation.Pending is { } pending && !affiliation.PendingApplied)
        {
            affiliation.Code = Compose(owner, pending);
            affiliation.PendingApplied = true;
        }

        return affiliation;
    }

    private void Feed(ref Affiliation affiliation, Segment s, DateOnly? date)
    {
        switch (s.Kind)
        {
            case SegmentKind.Country:
            case SegmentKind.Capital:
                affiliation.Code = _kb.Countries[s.Entry!.Value.Id].Code;
                affiliation.FromOrganisation = null;
                break;
            case SegmentKind.Organisation:
                var organisation = _kb.Organisations[s.Entry!.Value.Id];
                affiliation.Code = organisation.CodeOn(date);
                affiliation.FromOrganisation = organisation;
                break;
            case SegmentKind.Person when s.People is { Count: > 0 } ids && OwnerCode(ids, date) is { } personCode:
                // "Obama administration", "Putin aide", "the Assad regime": the person's code owns what follows.
                affiliation.Code = personCode;
                affiliation.FromOrganisation = null;
                break;
            case SegmentKind.Agent:
                var agent = _kb.Agents[s.Entry!.Value.Id];
                affiliation.Title = agent;
                if (affiliation.Code is { } code)
                {
                    affiliation.Code = Compose(code, agent);
                }
                else
                {
                    affiliation.Pending = agent;
                }

                break;
            default:
                break;
        }
    }

    // The code of a person named as a modifier: the one person the date picks, or the code all candidates share
    // ("Assad" is Hafez or Bashar al-Assad; either way SYRGOV).
    private ActorCode? OwnerCode(List<int> ids, DateOnly? date)
    {
        var candidates = new List<Person>(ids.Count);
        foreach (var id in ids)
        {
            candidates.Add(_kb.People[id]);
        }

        if (Pick(candidates, date, null, null) is { } person)
        {
            return person.ChooseRole(date).Role.Code;
        }

        ActorCode? shared = null;
        foreach (var candidate in candidates)
        {
            var code = candidate.ChooseRole(date).Role.Code;
            if (shared is not null && !shared.Equals(code))
            {
                return null;
            }

            shared = code;
        }

        return shared;
    }

    /// <summary>The code of <paramref name="agent"/> belonging to <paramref name="owner"/>.</summary>
    /// <remarks>An affiliated agent (spokesman, aide, official) of anything more than a bare country takes its owner's
    /// code: a Kremlin aide is RUSGOV, a NATO spokesman IGOWSTNAT. Otherwise a country owner gets the agent's role
    /// (RUS + MIL), and an international owner gets it appended (IGOWSTNAT + MIL).</remarks>
    internal static ActorCode Compose(ActorCode owner, AgentTerm agent)
    {
        if (agent.Affiliated && !owner.IsBareCountry)
        {
            return owner;
        }

        if (owner.IsCountryPrimary)
        {
            return owner.WithRole(agent.Role);
        }

        return owner.Rest.EndsWith(agent.Role, StringComparison.Ordinal) || owner.Value.Length + agent.Role.Length > ActorCode.MaxLength
            ? owner
            : owner.WithRole(agent.Role);
    }

    // ---- resolution by head ------------------------------------------------------------------------------------------

    private ActorResolution? ResolveAgent(Context context)
    {
        var head = context.Segments[context.Head];
        var agent = _kb.Agents[head.Entry!.Value.Id];
        var affiliation = Affiliate(context);
        if (affiliation.Code is not { } owner)
        {
            return null;
        }

        var code = Compose(owner, agent);
        var method = affiliation.FromOrganisation is null ? ResolutionMethod.CountryAgent : ResolutionMethod.OrganisationAgent;
        var span = context.SpanFrom(context.First, context.Head);
        return Result(context, context.Text[span.Start..span.End], code, span, method, agent.Term, organisation: affiliation.FromOrganisation);
    }

    private ActorResolution? ResolveOrganisation(Context context)
    {
        var head = context.Segments[context.Head];
        var organisation = _kb.Organisations[head.Entry!.Value.Id];
        var span = new TextSpan(head.Start, head.End);
        return Result(context, organisation.Name, organisation.CodeOn(context.Date), span, ResolutionMethod.Organisation, null, organisation: organisation);
    }

    private ActorResolution? ResolveCountry(Context context)
    {
        var head = context.Segments[context.Head];
        var country = _kb.Countries[head.Entry!.Value.Id];
        var span = new TextSpan(head.Start, head.End);
        var method = head.Kind == SegmentKind.Capital ? ResolutionMethod.Capital : ResolutionMethod.Country;
        return Result(context, country.Name, country.Code, span, method, null);
    }

    private ActorResolution? ResolveUnknownName(Context context)
    {
        var head = context.Segments[context.Head];
        var affiliation = Affiliate(context);
        if (affiliation.Title is not { } title || affiliation.Code is not { } code)
        {
            return null;
        }

        var span = context.SpanFrom(context.First, context.Head);
        return Result(context, context.Text[head.Start..head.End], code, span, ResolutionMethod.TitleInText, title.Term,
            organisation: affiliation.FromOrganisation);
    }

    private ActorResolution? ResolvePerson(Context context)
    {
        var head = context.Segments[context.Head];
        var affiliation = Affiliate(context);
        var titleText = affiliation.Title?.Term;
        var candidates = new List<Person>();
        foreach (var id in head.People!)
        {
            candidates.Add(_kb.People[id]);
        }

        var person = Pick(candidates, context.Date, titleText, affiliation.Code);
        var span = context.SpanFrom(context.First, context.Head);
        if (person is null)
        {
            // Several people fit. A title with a country still codes the mention; so does a date on which they all
            // carried the same code.
            if (affiliation.Title is not null && affiliation.Code is { } titled)
            {
                return Result(context, context.Text[head.Start..head.End], titled, span, ResolutionMethod.TitleInText, titleText,
                    candidates: candidates);
            }

            if (context.Date is { } day && SharedCode(candidates, day) is { } shared)
            {
                return Result(context, context.Text[head.Start..head.End], shared, span, ResolutionMethod.PersonRoleOnDate, null,
                    candidates: candidates);
            }

            return null;
        }

        if (context.Date is { } date && person.RoleOn(date) is { } held)
        {
            // Overlapping roles on the day: the one the title names, if any.
            var role = titleText is not null && person.RoleWithTitle(titleText, date) is { } titled && titled.Contains(date) ? titled : held;
            return Result(context, person.Name, role.Code, span, ResolutionMethod.PersonRoleOnDate, role.Title, person);
        }

        if (titleText is not null && person.RoleWithTitle(titleText, context.Date) is { } byTitle)
        {
            return Result(context, person.Name, byTitle.Code, span, ResolutionMethod.PersonRoleByTitle, byTitle.Title, person);
        }

        if (titleText is not null && affiliation.Code is { } fromText)
        {
            return Result(context, person.Name, fromText, span, ResolutionMethod.TitleInText, titleText, person);
        }

        var choice = person.ChooseRole(context.Date);
        if (context.Date is null)
        {
            return Result(context, person.Name, choice.Role.Code, span, ResolutionMethod.PersonMostRecentRole, choice.Role.Title, person);
        }

        // Outside every listed role: CAMEO codes former (and future) officials as elites of their country. The nearest
        // role gives the country; for a former head of an international body, the latest national role does.
        var national = choice.Role.Code.IsCountryPrimary ? choice.Role : LatestNationalRole(person);
        var elite = national is null ? choice.Role.Code : national.Code.WithRole("ELI");
        return Result(context, person.Name, elite, span, ResolutionMethod.PersonOutsideRoles, (national ?? choice.Role).Title, person);
    }

    private static PersonRole? LatestNationalRole(Person person)
    {
        PersonRole? found = null;
        foreach (var role in person.Roles)
        {
            if (role.Code.IsCountryPrimary)
            {
                found = role;
            }
        }

        return found;
    }

    private static Person? Pick(List<Person> candidates, DateOnly? date, string? title, ActorCode? owner)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var pool = candidates;
        if (date is { } day)
        {
            var held = new List<Person>();
            foreach (var p in pool)
            {
                if (p.RoleOn(day) is not null)
                {
                    held.Add(p);
                }
            }

            if (held.Count == 1)
            {
                return held[0];
            }

            if (held.Count > 1)
            {
                pool = held;
            }
        }

        if (title is not null)
        {
            var titled = new List<Person>();
            foreach (var p in pool)
            {
                if (p.RoleWithTitle(title, date) is not null)
                {
                    titled.Add(p);
                }
            }

            if (titled.Count == 1)
            {
                return titled[0];
            }

            if (titled.Count > 1)
            {
                pool = titled;
            }
        }

        if (owner?.Country is { } country)
        {
            Person? only = null;
            foreach (var p in pool)
            {
                var code = date is { } d ? p.CodeOn(d) ?? p.MostRecentRole.Code : p.MostRecentRole.Code;
                if (string.Equals(code.Country, country, StringComparison.Ordinal))
                {
                    if (only is not null)
                    {
                        return null;
                    }

                    only = p;
                }
            }

            return only;
        }

        return null;
    }

    private static ActorCode? SharedCode(List<Person> people, DateOnly date)
    {
        ActorCode? shared = null;
        foreach (var p in people)
        {
            var code = p.CodeOn(date);
            if (code is null || (shared is not null && !shared.Equals(code)))
            {
                return null;
            }

            shared = code;
        }

        return shared;
    }

    private ActorResolution Result(Context context, string name, ActorCode code, TextSpan span, ResolutionMethod method, string? title,
        Person? person = null, Organisation? organisation = null, IReadOnlyList<Person>? candidates = null)
    {
        var evidence = new Evidence(span, context.Text[span.Start..span.End], "actors:" + method);
        return new ActorResolution(name, code, _kb.CountryOf(code)?.Iso3, evidence, method, title, person, organisation, candidates ?? []);
    }

    // ---- small types -------------------------------------------------------------------------------------------------

    private readonly record struct Word(int Start, int End, bool Possessive);

    private enum SegmentKind
    {
        Determiner,
        Preposition,
        Conjunction,
        Of,
        Other,
        Name,
        Person,
        Agent,
        Organisation,
        Country,
        Capital,
    }

    private sealed record Segment(SegmentKind Kind, int StartWord, int EndWord, int Start, int End, IndexEntry? Entry)
    {
        public List<int>? People { get; init; }
    }

    private sealed record Context(string Text, List<Segment> Segments, int Head, int First, DateOnly? Date)
    {
        public TextSpan SpanFrom(int first, int last)
        {
            var start = Segments[Math.Min(first, last)].Start;
            return new TextSpan(start, Segments[last].End);
        }
    }

    private struct Affiliation
    {
        public ActorCode? Code;
        public Organisation? FromOrganisation;
        public AgentTerm? Title;
        public AgentTerm? Pending;
        public bool PendingApplied;
    }
}
