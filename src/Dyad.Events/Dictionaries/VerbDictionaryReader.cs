using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>Reads a PETRARCH verb dictionary (<c>CAMEO.2.0.txt</c>, <c>PETR.Validate.verbs.txt</c>).</summary>
/// <remarks>
/// Format (PETRARCH's <c>read_verb_dictionary</c> notes and the file headers):
/// <list type="bullet">
/// <item><c>&amp;NAME</c> starts a synset; the <c>+PHRASE</c> lines right after it are its members. A label or
/// phrase ending in <c>_</c> forms no plurals.</item>
/// <item><c>--- MEANING [CODE] ---</c> starts a verb block. The lines after it list verbs
/// (<c>GIVE {GAVE GIVEN GIVING} [070]</c>; multi-word verbs mark the verb proper with <c>+</c>:
/// <c>+CORDON_OFF</c>, <c>WIRE_+TAP</c>) and patterns (<c>- * (TO BORDER) [154]</c>).</item>
/// <item>Pattern tokens: words, <c>&amp;SYNSET</c>, <c>*</c> the verb, <c>$</c> source, <c>+</c> target,
/// <c>%</c> compound actor, <c>^</c> skip, <c>( )</c> prepositional phrase, <c>{ }</c> noun phrase,
/// <c>A/B</c> alternatives; <c>_</c> joins tokens that must be consecutive.</item>
/// <item><c>~ ... = ...</c> lines are verb transformations.</item>
/// </list>
/// A synset may be defined after the pattern using it. A pattern naming an undefined synset, lacking a code or
/// not holding exactly one <c>*</c> is reported and skipped, as PETRARCH skips it.
/// </remarks>
public static class VerbDictionaryReader
{
    /// <summary>Reads the verb dictionary in <paramref name="text"/>, reporting bad lines to <paramref name="diagnostics"/>.</summary>
    public static PetrarchVerbs Read(string text, string file, ICollection<DictionaryDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var synsetNames = CollectSynsetNames(text);
        var blocks = ImmutableArray.CreateBuilder<VerbBlock>();
        var synsets = ImmutableArray.CreateBuilder<Synset>();
        var transformations = ImmutableArray.CreateBuilder<VerbTransformation>();
        var verbs = ImmutableArray.CreateBuilder<VerbEntry>();
        var patterns = ImmutableArray.CreateBuilder<VerbPattern>();
        var members = ImmutableArray.CreateBuilder<SynsetMember>();
        var tokens = ImmutableArray.CreateBuilder<PatternToken>();
        string? blockMeaning = null;
        var blockCode = VerbCode.Null;
        var blockAt = default(DictionaryLocation);
        string? synsetName = null;
        var synsetNoPlurals = false;
        var synsetAt = default(DictionaryLocation);

        void FinishSynset()
        {
            if (synsetName is null)
            {
                return;
            }

            if (members.Count == 0)
            {
                diagnostics.Add(new(synsetAt, DiagnosticSeverity.Warning, $"synset {synsetName} has no members"));
            }

            synsets.Add(new Synset(synsetName, synsetNoPlurals, members.ToImmutable(), synsetAt));
            members.Clear();
            synsetName = null;
        }

        void FinishBlock()
        {
            if (blockMeaning is null)
            {
                return;
            }

            blocks.Add(new VerbBlock(blockMeaning, blockCode, verbs.ToImmutable(), patterns.ToImmutable(), blockAt));
            verbs.Clear();
            patterns.Clear();
            blockMeaning = null;
        }

        var lines = new DictionaryLines(text);
        while (lines.MoveNext())
        {
            var line = lines.Current;
            var at = new DictionaryLocation(file, lines.LineNumber);
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                FinishSynset();
                FinishBlock();
                (blockMeaning, blockCode) = ReadHeader(line, at, diagnostics);
                blockAt = at;
                continue;
            }

            if (line[0] == '&')
            {
                FinishSynset();
                var end = line.IndexOfAny(' ', '\t');
                var label = end < 0 ? line : line[..end];
                synsetNoPlurals = label[^1] == '_';
                synsetName = label.TrimEnd('_').ToString();
                synsetAt = at;
                if (synsetName.Length < 2)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"synset label '{line}' has no name"));
                    synsetName = null;
                }

                continue;
            }

            if (line[0] == '+' && synsetName is not null)
            {
                var member = line[1..].Trim();
                if (member.IsEmpty)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"empty member of synset {synsetName}"));
                    continue;
                }

                members.Add(new SynsetMember(Phrases.Normalize(member), synsetNoPlurals || member[^1] == '_'));
                continue;
            }

            FinishSynset();
            if (line[0] == '~')
            {
                var eq = line.IndexOf('=');
                if (eq < 0)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"transformation '{line}' has no '='"));
                    continue;
                }

                transformations.Add(new VerbTransformation(line[1..eq].Trim().ToString(), line[(eq + 1)..].Trim().ToString(), at));
                continue;
            }

            if (blockMeaning is null)
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, $"'{line}' comes before any '--- VERB [CODE] ---' block header"));
                continue;
            }

            if (line[0] == '-')
            {
                var pattern = ReadPattern(line, at, blockMeaning, synsetNames, tokens, diagnostics);
                if (pattern is not null)
                {
                    patterns.Add(pattern);
                }

                continue;
            }

            var verb = ReadVerb(line, at, diagnostics);
            if (verb is not null)
            {
                verbs.Add(verb);
            }
        }

        lines.ReportUnclosedComment(file, diagnostics);
        FinishSynset();
        FinishBlock();
        return new PetrarchVerbs(blocks.ToImmutable(), synsets.ToImmutable(), transformations.ToImmutable());
    }

    private static HashSet<string> CollectSynsetNames(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var lines = new DictionaryLines(text);
        while (lines.MoveNext())
        {
            var line = lines.Current;
            if (line[0] == '&')
            {
                var end = line.IndexOfAny(' ', '\t');
                names.Add((end < 0 ? line : line[..end]).TrimEnd('_').ToString());
            }
        }

        return names;
    }

    private static (string Meaning, VerbCode Code) ReadHeader(ReadOnlySpan<char> line, DictionaryLocation at, ICollection<DictionaryDiagnostic> diagnostics)
    {
        var body = line.Trim('-').Trim();
        var bracket = body.IndexOf('[');
        var meaning = Phrases.Normalize(bracket < 0 ? body : body[..bracket]);
        if (meaning.Length == 0)
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Warning, $"block header '{line}' has no meaning word"));
        }

        if (bracket < 0)
        {
            return (meaning, VerbCode.Null);
        }

        var rest = body[(bracket + 1)..];
        var close = rest.IndexOf(']');
        if (close < 0)
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Warning, $"block code in '{line}' has no closing ']': read as ---"));
            return (meaning, VerbCode.Null);
        }

        var code = ReadCode(rest[..close], at, diagnostics) ?? VerbCode.Null;
        var extra = rest[(close + 1)..].Trim().Trim('-').Trim();
        if (!extra.IsEmpty)
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Warning, $"block header '{line}': '{extra}' after the first code ignored (PETRARCH reads only the first)"));
        }

        return (meaning, code);
    }

    private static VerbCode? ReadCode(ReadOnlySpan<char> inside, DictionaryLocation at, ICollection<DictionaryDiagnostic> diagnostics)
    {
        if (VerbCode.TryParse(inside, out var code))
        {
            return code;
        }

        // A stray character inside the brackets ([080!]): keep what is left when that is a code.
        Span<char> kept = stackalloc char[Math.Min(inside.Length, 64)];
        var n = 0;
        foreach (var c in inside)
        {
            if (n < kept.Length && (char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or ':'))
            {
                kept[n++] = c;
            }
        }

        if (n > 0 && VerbCode.TryParse(kept[..n], out code))
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Warning, $"code [{inside}] has stray characters: read as [{code}]"));
            return code;
        }

        diagnostics.Add(new(at, DiagnosticSeverity.Error, $"'[{inside}]' is not a code"));
        return null;
    }

    private static VerbEntry? ReadVerb(ReadOnlySpan<char> line, DictionaryLocation at, ICollection<DictionaryDiagnostic> diagnostics)
    {
        VerbCode? code = null;
        var bracket = line.IndexOf('[');
        if (bracket >= 0)
        {
            var close = line[bracket..].IndexOf(']');
            if (close < 0)
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, $"verb code in '{line}' has no closing ']'"));
                return null;
            }

            code = ReadCode(line.Slice(bracket + 1, close - 1), at, diagnostics);
            if (code is null)
            {
                return null;
            }

            line = line[..bracket];
        }

        var forms = ImmutableArray.CreateBuilder<string>();
        var formsGiven = false;
        var brace = line.IndexOf('{');
        if (brace >= 0)
        {
            var braceEnd = line.IndexOf('}');
            if (braceEnd < brace)
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, $"'{{' without '}}' in verb '{line}'"));
                return null;
            }

            formsGiven = true;
            var inside = line[(brace + 1)..braceEnd];
            foreach (var range in inside.SplitAny(' ', '\t'))
            {
                var f = inside[range];
                if (!f.IsEmpty)
                {
                    forms.Add(Phrases.Normalize(f.ToString().Replace("+", string.Empty, StringComparison.Ordinal)));
                }
            }

            line = line[..brace];
        }

        var head = 0;
        var words = ImmutableArray.CreateBuilder<string>();
        foreach (var range in line.SplitAny(' ', '_'))
        {
            var w = line[range].Trim();
            if (w.IsEmpty)
            {
                continue;
            }

            if (w[0] == '+')
            {
                head = words.Count;
                w = w[1..];
            }

            if (!w.IsEmpty)
            {
                words.Add(w.ToString());
            }
        }

        if (words.Count == 0)
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Error, $"no verb in '{line}'"));
            return null;
        }

        head = Math.Min(head, words.Count - 1);
        if (!formsGiven)
        {
            foreach (var form in Phrases.RegularVerbForms(words[head]))
            {
                var phrase = words.ToArray();
                phrase[head] = form;
                forms.Add(string.Join(' ', phrase));
            }
        }

        var wordArray = words.ToImmutable();
        return new VerbEntry(string.Join(' ', wordArray), wordArray, head, forms.ToImmutable(), formsGiven, code, at);
    }

    private static VerbPattern? ReadPattern(ReadOnlySpan<char> line, DictionaryLocation at, string block, HashSet<string> synsetNames, ImmutableArray<PatternToken>.Builder tokens, ICollection<DictionaryDiagnostic> diagnostics)
    {
        var bracket = line.IndexOf('[');
        if (bracket < 0)
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Error, $"pattern '{line}' has no [code]"));
            return null;
        }

        var close = line[bracket..].IndexOf(']');
        if (close < 0)
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Error, $"pattern code in '{line}' has no closing ']'"));
            return null;
        }

        if (ReadCode(line.Slice(bracket + 1, close - 1), at, diagnostics) is not { } code)
        {
            return null;
        }

        var body = line[1..bracket].Trim();
        tokens.Clear();
        if (!Tokenize(body, at, synsetNames, tokens, diagnostics))
        {
            return null;
        }

        var verbIndex = -1;
        var verbs = 0;
        var parens = 0;
        var braces = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            switch (tokens[i].Kind)
            {
                case PatternTokenKind.Verb:
                    verbIndex = i;
                    verbs++;
                    break;
                case PatternTokenKind.OpenPrepositionalPhrase:
                    parens++;
                    break;
                case PatternTokenKind.ClosePrepositionalPhrase:
                    parens--;
                    break;
                case PatternTokenKind.OpenNounPhrase:
                    braces++;
                    break;
                case PatternTokenKind.CloseNounPhrase:
                    braces--;
                    break;
            }
        }

        if (verbs != 1)
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Error, $"pattern '{body}' must hold exactly one '*' (the verb), not {verbs}"));
            return null;
        }

        if (parens != 0 || braces != 0)
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Warning, $"pattern '{body}' has unbalanced () or {{}}"));
        }

        return new VerbPattern(block, tokens.ToImmutable(), verbIndex, code, body.ToString(), at);
    }

    private static bool Tokenize(ReadOnlySpan<char> s, DictionaryLocation at, HashSet<string> synsetNames, ImmutableArray<PatternToken>.Builder tokens, ICollection<DictionaryDiagnostic> diagnostics)
    {
        var adjacent = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is ' ' or '\t')
            {
                adjacent = false;
                i++;
                continue;
            }

            if (c == '_')
            {
                adjacent = tokens.Count > 0;
                i++;
                continue;
            }

            var kind = c switch
            {
                '*' => PatternTokenKind.Verb,
                '$' => PatternTokenKind.Source,
                '+' => PatternTokenKind.Target,
                '%' => PatternTokenKind.Compound,
                '^' => PatternTokenKind.Skip,
                '(' => PatternTokenKind.OpenPrepositionalPhrase,
                ')' => PatternTokenKind.ClosePrepositionalPhrase,
                '{' => PatternTokenKind.OpenNounPhrase,
                '}' => PatternTokenKind.CloseNounPhrase,
                _ => PatternTokenKind.Word,
            };
            if (kind != PatternTokenKind.Word)
            {
                var mark = Marks[(int)kind];
                tokens.Add(new PatternToken(kind, mark[0], mark, adjacent));
                adjacent = false;
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && !IsBreak(s[i]))
            {
                i++;
            }

            var word = s[start..i];
            if (c == '&')
            {
                // Synset labels may hold '_' (&FIGHT_OF_WORDS) while '_' also joins tokens (NEW_&TIETYPES_RELATIONS):
                // take the longest defined label, extending over '_' only while that still names a synset.
                var run = i;
                while (run < s.Length && (char.IsAsciiLetterOrDigit(s[run]) || s[run] == '_'))
                {
                    run++;
                }

                var label = s[start..run];
                var found = -1;
                for (var end = label.Length; end > 1; end--)
                {
                    if ((end == label.Length || label[end] == '_') && synsetNames.Contains(label[..end].TrimEnd('_').ToString()))
                    {
                        found = end;
                        break;
                    }
                }

                if (found < 0)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"pattern '{s}' names synset {word} that the file never defines"));
                    return false;
                }

                var name = label[..found].TrimEnd('_').ToString();
                tokens.Add(new PatternToken(PatternTokenKind.Synset, name, [name], adjacent));
                adjacent = false;
                i = start + found;
                continue;
            }

            var text = word.ToString();
            var alternatives = word.IndexOf('/') < 0 ? [text] : ImmutableArray.Create(text.Split('/', StringSplitOptions.RemoveEmptyEntries));
            tokens.Add(new PatternToken(PatternTokenKind.Word, text, alternatives, adjacent));
            adjacent = false;
        }

        return true;
    }

    private static bool IsBreak(char c) => c is ' ' or '\t' or '_' or '*' or '$' or '+' or '%' or '^' or '(' or ')' or '{' or '}';

    // Indexed by PatternTokenKind; one shared array per marker, so marker tokens allocate nothing.
    private static readonly ImmutableArray<string>[] Marks =
    [
        [], [], ["*"], ["$"], ["+"], ["%"], ["^"], ["("], [")"], ["{"], ["}"],
    ];
}
