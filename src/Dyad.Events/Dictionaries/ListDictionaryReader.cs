using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>Reads the simple list files: discards, issues and prepositions.</summary>
public static class ListDictionaryReader
{
    /// <summary>Reads a discard list (<c>Phoenix.discards.txt</c>): one phrase per line, <c>+</c> for whole stories.</summary>
    public static IReadOnlyList<DiscardPhrase> ReadDiscards(string text, string file, ICollection<DictionaryDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<DiscardPhrase>();
        var lines = new DictionaryLines(text);
        while (lines.MoveNext())
        {
            var line = lines.Current;
            var story = line[0] == '+';
            var body = story ? line[1..].Trim() : line;
            var phrase = Phrases.Normalize(body);
            if (phrase.Length == 0)
            {
                diagnostics.Add(new(new(file, lines.LineNumber), DiagnosticSeverity.Error, $"no phrase in '{line}'"));
                continue;
            }

            result.Add(new DiscardPhrase(phrase, story, body[^1] == '_', new(file, lines.LineNumber)));
        }

        lines.ReportUnclosedComment(file, diagnostics);
        return result;
    }

    /// <summary>
    /// Reads an issue list (<c>Phoenix.IssueCoding.txt</c>): <c>phrase [CODE]</c>, <c>~phrase</c>,
    /// <c>~~phrase</c>, grouped in <c>&lt;ISSUE CATEGORY="..."&gt;</c> ... <c>&lt;/ISSUE&gt;</c>.
    /// </summary>
    public static IReadOnlyList<IssueEntry> ReadIssues(string text, string file, ICollection<DictionaryDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<IssueEntry>();
        string? category = null;
        var lines = new DictionaryLines(text);
        while (lines.MoveNext())
        {
            var line = lines.Current;
            var at = new DictionaryLocation(file, lines.LineNumber);
            if (line.StartsWith("</", StringComparison.Ordinal))
            {
                category = null;
                continue;
            }

            if (line[0] == '<')
            {
                category = Attribute(line, "CATEGORY");
                if (category is null)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Warning, $"tag '{line}' has no CATEGORY=\"...\""));
                }

                continue;
            }

            IssueEntryKind kind;
            string? code = null;
            ReadOnlySpan<char> phrase;
            if (line[0] == '~')
            {
                kind = line.Length > 1 && line[1] == '~' ? IssueEntryKind.IgnoreInStory : IssueEntryKind.IgnoreInSentence;
                phrase = line[(kind == IssueEntryKind.IgnoreInStory ? 2 : 1)..].Trim();
            }
            else
            {
                kind = IssueEntryKind.Issue;
                var bracket = line.IndexOf('[');
                var close = bracket < 0 ? -1 : line[bracket..].IndexOf(']');
                if (bracket < 0 || close < 0)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"issue '{line}' has no [CODE]"));
                    continue;
                }

                code = line.Slice(bracket + 1, close - 1).Trim().ToString();
                phrase = line[..bracket].Trim();
                if (code.Length == 0)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"issue '{line}' has an empty code"));
                    continue;
                }
            }

            if (phrase.IsEmpty)
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, $"no phrase in '{line}'"));
                continue;
            }

            result.Add(new IssueEntry(phrase.ToString(), Expand(phrase), code, kind, category, at));
        }

        lines.ReportUnclosedComment(file, diagnostics);
        return result;
    }

    /// <summary>Reads a preposition list: one word per line.</summary>
    public static IReadOnlyList<string> ReadPrepositions(string text, string file, ICollection<DictionaryDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<string>();
        var lines = new DictionaryLines(text);
        while (lines.MoveNext())
        {
            result.Add(Phrases.Normalize(lines.Current));
        }

        lines.ReportUnclosedComment(file, diagnostics);
        return result;
    }

    /// <summary>Expands <c>n:</c>, <c>v:</c> and <c>+</c> into upper-case phrases, as PETRARCH's issue reader does.</summary>
    internal static ImmutableArray<string> Expand(ReadOnlySpan<char> phrase)
    {
        var forms = new List<string> { Phrases.Normalize(phrase).ToUpperInvariant() };
        for (var k = 0; k < forms.Count; k++)
        {
            var f = forms[k];
            var plus = f.IndexOf('+', StringComparison.Ordinal);
            if (plus >= 0)
            {
                forms[k] = string.Concat(f.AsSpan(0, plus), " ", f.AsSpan(plus + 1));
                forms.Insert(k + 1, string.Concat(f.AsSpan(0, plus), "-", f.AsSpan(plus + 1)));
                k--;
                continue;
            }

            var marker = MarkerAt(f, out var isNoun);
            if (marker >= 0)
            {
                var wordStart = marker + 2;
                var wordEnd = f.IndexOf(' ', wordStart);
                if (wordEnd < 0)
                {
                    wordEnd = f.Length;
                }

                var word = f[wordStart..wordEnd];
                var before = f[..marker];
                var after = f[wordEnd..];
                forms[k] = before + word + after;
                var inflected = isNoun ? [Phrases.Plural(word)] : Phrases.RegularVerbForms(word);
                for (var j = 0; j < inflected.Length; j++)
                {
                    forms.Insert(k + 1 + j, before + inflected[j] + after);
                }

                k--;
            }
        }

        var unique = new List<string>(forms.Count);
        foreach (var f in forms)
        {
            if (!unique.Contains(f))
            {
                unique.Add(f);
            }
        }

        return [.. unique];
    }

    private static int MarkerAt(string form, out bool isNoun)
    {
        for (var i = 0; i + 1 < form.Length; i++)
        {
            if (form[i + 1] == ':' && (form[i] is 'N' or 'V') && (i == 0 || form[i - 1] is ' ' or '-'))
            {
                isNoun = form[i] == 'N';
                return i;
            }
        }

        isNoun = false;
        return -1;
    }

    private static string? Attribute(ReadOnlySpan<char> tag, string name)
    {
        var at = tag.IndexOf((name + "=\"").AsSpan(), StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var value = tag[(at + name.Length + 2)..];
        var end = value.IndexOf('"');
        return end < 0 ? null : value[..end].ToString();
    }
}
