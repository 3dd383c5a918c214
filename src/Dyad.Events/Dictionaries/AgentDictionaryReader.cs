using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>Reads a PETRARCH agents dictionary (<c>Phoenix.agents.txt</c>, <c>PETR.Validate.agents.txt</c>).</summary>
/// <remarks>
/// Format: <c>PHRASE {OPTIONAL PLURALS} [~CODE]</c> per line. Words are separated by blanks or underscores.
/// <c>{}</c> means no plural; without braces the regular plural is generated. <c>!NAME! = A, B, C</c> defines
/// a substitution set; <c>CONGRESS!PERSON!</c> then stands for CONGRESSMAN, CONGRESSMEN, ... (no further
/// plurals). A line without a code is skipped, as PETRARCH does; <c>[~ENV}</c> is read with a warning.
/// </remarks>
public static class AgentDictionaryReader
{
    /// <summary>Reads the agents in <paramref name="text"/>, reporting bad lines to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<PetrarchAgent> Read(string text, string file, ICollection<DictionaryDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var agents = new List<PetrarchAgent>();
        var substitutions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lines = new DictionaryLines(text);
        while (lines.MoveNext())
        {
            var line = lines.Current;
            var at = new DictionaryLocation(file, lines.LineNumber);
            var bracket = line.IndexOf('[');
            if (bracket < 0 && line.IndexOf('!') >= 0 && line.IndexOf('=') >= 0)
            {
                DefineSubstitution(line, at, substitutions, diagnostics);
                continue;
            }

            if (bracket < 0)
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, $"agent '{line}' has no [code]"));
                continue;
            }

            var inside = line[(bracket + 1)..];
            var close = inside.IndexOf(']');
            if (close < 0)
            {
                close = inside.IndexOf('}');
                if (close < 0)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"code in '{line}' has no closing ']'"));
                    continue;
                }

                diagnostics.Add(new(at, DiagnosticSeverity.Warning, $"code in '{line}' closed with '}}' instead of ']'"));
            }

            var rawCode = inside[..close].Trim();
            AgentCodePlacement placement;
            ReadOnlySpan<char> code;
            if (rawCode.Length > 1 && rawCode[0] == '~')
            {
                placement = AgentCodePlacement.AfterActor;
                code = rawCode[1..].Trim();
            }
            else if (rawCode.Length > 1 && rawCode[^1] == '~')
            {
                placement = AgentCodePlacement.BeforeActor;
                code = rawCode[..^1].Trim();
            }
            else
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, $"agent code '{rawCode}' needs a '~' before or after it"));
                continue;
            }

            var head = line[..bracket];
            var brace = head.IndexOf('{');
            ImmutableArray<string>? plurals = null;
            if (brace >= 0)
            {
                var braceEnd = head.IndexOf('}');
                if (braceEnd < brace)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"'{{' without '}}' in '{line}'"));
                    continue;
                }

                plurals = SplitForms(head[(brace + 1)..braceEnd]);
                head = head[..brace];
            }

            var codeText = code.ToString();
            var marker = head.IndexOf('!');
            if (marker >= 0)
            {
                var end = head[(marker + 1)..].IndexOf('!');
                if (end < 0)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"substitution marker in '{line}' is not closed with '!'"));
                    continue;
                }

                var name = head.Slice(marker + 1, end).ToString();
                if (!substitutions.TryGetValue(name, out var values))
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"substitution marker !{name}! is not defined above"));
                    continue;
                }

                var before = head[..marker].ToString();
                var after = head[(marker + end + 2)..].ToString();
                foreach (var v in values)
                {
                    agents.Add(new PetrarchAgent(Phrases.Normalize(before + v + after), [], codeText, placement, at));
                }

                continue;
            }

            var phrase = Phrases.Normalize(head);
            if (phrase.Length == 0)
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, $"no phrase in '{line}'"));
                continue;
            }

            agents.Add(new PetrarchAgent(phrase, plurals ?? [Phrases.Plural(phrase)], codeText, placement, at));
        }

        lines.ReportUnclosedComment(file, diagnostics);
        return agents;
    }

    private static void DefineSubstitution(ReadOnlySpan<char> line, DictionaryLocation at, Dictionary<string, string[]> substitutions, ICollection<DictionaryDiagnostic> diagnostics)
    {
        var first = line.IndexOf('!');
        var second = first < 0 ? -1 : line[(first + 1)..].IndexOf('!');
        var eq = line.IndexOf('=');
        if (first != 0 || second <= 0 || eq < first + second + 2)
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Error, $"substitution set '{line}' is not of the form !NAME! = A, B"));
            return;
        }

        var name = line.Slice(1, second).ToString();
        var values = new List<string>();
        foreach (var range in line[(eq + 1)..].Split(','))
        {
            var v = line[(eq + 1)..][range].Trim();
            if (!v.IsEmpty)
            {
                values.Add(v.ToString());
            }
        }

        if (values.Count == 0)
        {
            diagnostics.Add(new(at, DiagnosticSeverity.Error, $"substitution set !{name}! has no values"));
            return;
        }

        substitutions[name] = [.. values];
    }

    private static ImmutableArray<string> SplitForms(ReadOnlySpan<char> forms)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var range in forms.Split(' '))
        {
            var f = forms[range].Trim();
            if (!f.IsEmpty)
            {
                result.Add(Phrases.Normalize(f));
            }
        }

        return result.ToImmutable();
    }
}
