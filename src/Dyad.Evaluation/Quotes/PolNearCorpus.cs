using System.Collections.Immutable;
using System.Globalization;
using Dyad.Core;

namespace Dyad.Evaluation.Quotes;

/// <summary>
/// Reads the PolNeAR attribution corpus (Newell, Margolin and Ruths, LREC 2018): <c>SPLIT/text/NAME.txt</c> and
/// <c>SPLIT/attributions/NAME_ANNOTATOR.ann</c> (brat standoff: <c>T</c> lines <c>Source|Cue|Content|Attribution
/// START END[;START END] TEXT</c>, <c>E</c> lines tying them together; a <c>Content2</c> argument is a second piece of the same content and joins its fragments).
/// </summary>
/// <remarks>
/// Only the train and dev splits are read; asking for the test split is refused, since Dyad is tuned and scored on
/// train and dev only. Offsets count Unicode code points (the corpus was made in Python); they are converted to UTF-16
/// units, and each fragment is checked against the text the annotation quotes.
/// </remarks>
public static class PolNearCorpus
{
    /// <summary>The splits that may be read.</summary>
    public static IReadOnlyList<string> Splits { get; } = ["train", "dev"];

    /// <summary>The articles of <paramref name="split"/> under <paramref name="polnearDir"/> (the folder holding train/ and dev/).</summary>
    /// <exception cref="ArgumentException">A split other than train or dev.</exception>
    /// <exception cref="DirectoryNotFoundException">The split's folders are missing.</exception>
    /// <exception cref="InvalidDataException">An annotation line that cannot be read, naming the file and line.</exception>
    public static IReadOnlyList<PolNearArticle> Read(string polnearDir, string split)
    {
        ArgumentNullException.ThrowIfNull(polnearDir);
        ArgumentNullException.ThrowIfNull(split);
        if (!Splits.Contains(split))
        {
            throw new ArgumentException($"PolNeAR split '{split}' is not read: only train and dev (the test split stays unseen).", nameof(split));
        }

        var textDir = Path.Combine(polnearDir, split, "text");
        var annDir = Path.Combine(polnearDir, split, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
        {
            throw new DirectoryNotFoundException($"{textDir} or {annDir} not found.");
        }

        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileNameWithoutExtension(path);
            var cut = file.LastIndexOf('_');
            if (cut > 0)
            {
                annotations.TryAdd(file[..cut], path);
            }
        }

        var articles = new List<PolNearArticle>();
        foreach (var path in Directory.GetFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (!annotations.TryGetValue(name, out var annPath))
            {
                continue;
            }

            var text = File.ReadAllText(path);
            var annotator = Path.GetFileNameWithoutExtension(annPath)[(name.Length + 1)..];
            articles.Add(new PolNearArticle(name, annotator, text, ReadAnnotations(annPath, text)));
        }

        return articles;
    }

    /// <summary>Parses one brat annotation file against its article text.</summary>
    public static ImmutableArray<PolNearAttribution> ReadAnnotations(string annPath, string text)
    {
        ArgumentNullException.ThrowIfNull(annPath);
        ArgumentNullException.ThrowIfNull(text);
        var toUtf16 = CodePointMap(text);
        var spans = new Dictionary<string, (string Role, ImmutableArray<TextSpan> Fragments)>(StringComparer.Ordinal);
        var relations = new List<(string Id, string[] Args)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(annPath))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                // The rest of an annotation whose quoted text held a line break.
                continue;
            }

            if (parts[0].StartsWith('T'))
            {
                var head = parts[1];
                var space = head.IndexOf(' ', StringComparison.Ordinal);
                if (space <= 0)
                {
                    throw new InvalidDataException($"{annPath}:{lineNumber}: no offsets in '{head}'.");
                }

                var fragments = ImmutableArray.CreateBuilder<TextSpan>();
                foreach (var piece in head[(space + 1)..].Split(';'))
                {
                    var numbers = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (numbers.Length != 2
                        || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                        || !int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                        || start > end || end >= toUtf16.Length)
                    {
                        throw new InvalidDataException($"{annPath}:{lineNumber}: bad offsets '{piece}'.");
                    }

                    fragments.Add(new TextSpan(toUtf16[start], toUtf16[end]));
                }

                spans[parts[0]] = (head[..space], fragments.ToImmutable());
            }
            else if (parts[0].StartsWith('E'))
            {
                relations.Add((parts[0], parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        var attributions = ImmutableArray.CreateBuilder<PolNearAttribution>(relations.Count);
        foreach (var (id, args) in relations)
        {
            ImmutableArray<TextSpan> source = [], cue = [], content = [];
            foreach (var arg in args)
            {
                var colon = arg.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || !spans.TryGetValue(arg[(colon + 1)..], out var span))
                {
                    continue;
                }

                switch (arg[..colon])
                {
                    case "Source":
                        source = span.Fragments;
                        break;
                    case "Cue":
                        cue = span.Fragments;
                        break;
                    case "Content":
                        content = content.IsDefaultOrEmpty ? span.Fragments : Merge(span.Fragments, content);
                        break;
                    case "Content2":
                        // A second piece of the same content (a quote resumed after its attribution).
                        content = content.IsDefaultOrEmpty ? span.Fragments : Merge(content, span.Fragments);
                        break;
                }
            }

            attributions.Add(new PolNearAttribution(id, source, cue, content));
        }

        return attributions.ToImmutable();
    }

    private static ImmutableArray<TextSpan> Merge(ImmutableArray<TextSpan> a, ImmutableArray<TextSpan> b) =>
        a.AddRange(b).Sort(static (x, y) => x.Start.CompareTo(y.Start));

    /// <summary>UTF-16 offset of each code point offset 0..count (inclusive).</summary>
    private static int[] CodePointMap(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return [.. map];
    }
}
