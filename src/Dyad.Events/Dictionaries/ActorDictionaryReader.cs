using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>
/// Reads a PETRARCH actor dictionary (<c>Phoenix.Countries.actors.txt</c>, <c>PETR.Validate.actors.txt</c>).
/// </summary>
/// <remarks>
/// Format (PETRARCH documentation and the files' headers): a record starts with a primary phrase, optionally
/// followed by an inline code (<c>AFGHANISTAN_  [AFG]</c>); <c>+</c> lines add synonyms; lines starting with
/// <c>[</c> (tab-indented by convention) add codes with optional date restrictions <c>&lt;DATE</c>,
/// <c>&gt;DATE</c> or <c>DATE-DATE</c>. Words are separated by blanks or underscores. Bad lines are reported
/// and skipped; a record without any code loads with a warning (it matches but codes nothing).
/// <para>
/// One repair, on unless <c>strict</c>: a primary phrase without any code line whose next line is directly another
/// phrase without an inline code (no blank or comment line between) is read as a synonym of that next record. The Phoenix files hold
/// such runs where the <c>+</c> was forgotten (<c>LEONID_BREZHNEV_</c>, <c>LEONID_ILYICH_BREZHNEV</c>, ...
/// then the codes); PETRARCH reads each of those lines as its own code-less actor. Each repair is a warning.
/// </para>
/// </remarks>
public static class ActorDictionaryReader
{
    /// <summary>Reads the actors in <paramref name="text"/>, reporting bad lines to <paramref name="diagnostics"/>.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="file">The name diagnostics and locations carry.</param>
    /// <param name="diagnostics">Receives one entry per bad line.</param>
    /// <param name="strict">True to read exactly as PETRARCH does, without joining code-less runs.</param>
    public static IReadOnlyList<PetrarchActor> Read(string text, string file, ICollection<DictionaryDiagnostic> diagnostics, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var actors = new List<PetrarchActor>(text.Length / 60);
        var names = ImmutableArray.CreateBuilder<string>();
        var codes = ImmutableArray.CreateBuilder<DatedCode>();
        var start = 0;
        var last = 0;
        var sawCode = false;

        void Flush()
        {
            if (names.Count == 0)
            {
                return;
            }

            if (codes.Count == 0)
            {
                diagnostics.Add(new(new(file, start), DiagnosticSeverity.Warning, $"actor '{names[0]}' has no code: it matches but codes nothing"));
            }

            actors.Add(new PetrarchActor(names.ToImmutable(), codes.ToImmutable(), new(file, start)));
            names.Clear();
            codes.Clear();
            sawCode = false;
        }

        var lines = new DictionaryLines(text);
        while (lines.MoveNext())
        {
            var line = lines.Current;
            var at = new DictionaryLocation(file, lines.LineNumber);
            if (line[0] == '[')
            {
                if (names.Count == 0)
                {
                    diagnostics.Add(new(at, DiagnosticSeverity.Error, $"code line '{line}' before any actor"));
                    continue;
                }

                ReadCodes(line, at, codes, diagnostics);
                sawCode = true;
                last = lines.LineNumber;
                continue;
            }

            var synonym = line[0] == '+';
            if (!synonym && !strict && names.Count > 0 && !sawCode && lines.LineNumber == last + 1 && line.IndexOf('[') < 0)
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Warning, $"'{line}' follows code-less '{names[^1]}' directly: read as one record (a synonym missing its '+')"));
                synonym = true;
            }
            else if (!synonym)
            {
                Flush();
            }
            else if (names.Count == 0)
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, $"synonym '{line}' before any actor"));
                continue;
            }

            var body = line[0] == '+' ? line[1..] : line;
            var bracket = body.IndexOf('[');
            var phrase = Phrases.Normalize(bracket < 0 ? body : body[..bracket]);
            if (phrase.Length == 0)
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, $"no phrase in '{line}'"));
                continue;
            }

            if (!synonym)
            {
                start = lines.LineNumber;
            }

            names.Add(phrase);
            last = lines.LineNumber;
            if (bracket >= 0)
            {
                ReadCodes(body[bracket..], at, codes, diagnostics);
                sawCode = true;
            }
        }

        lines.ReportUnclosedComment(file, diagnostics);

        Flush();
        return actors;
    }

    /// <summary>Reads one or more <c>[...]</c> groups starting at <paramref name="text"/>[0] == '['.</summary>
    internal static void ReadCodes(ReadOnlySpan<char> text, DictionaryLocation at, ImmutableArray<DatedCode>.Builder codes, ICollection<DictionaryDiagnostic> diagnostics)
    {
        while (!text.IsEmpty)
        {
            text = text.TrimStart();
            if (text.IsEmpty)
            {
                return;
            }

            if (text[0] != '[')
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Warning, $"text '{text}' after a code ignored"));
                return;
            }

            var close = text.IndexOf(']');
            if (close < 0)
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, $"code '{text}' has no closing ']'"));
                return;
            }

            if (DatedCodes.TryParse(text[1..close], out var code, out var error))
            {
                codes.Add(code);
            }
            else
            {
                diagnostics.Add(new(at, DiagnosticSeverity.Error, error!));
            }

            text = text[(close + 1)..];
        }
    }
}
