namespace Dyad.Cleaning.PlainText;

/// <summary>How many documents of a run contain each line: page furniture (menus, footers, taglines) repeats across
/// the pages of a site, article text does not.</summary>
/// <remarks>
/// <para>Use it in two passes: first <see cref="AddDocument"/> every input (cheap: one hash per line, nothing kept
/// but a count per distinct line), then hand the stats to <see cref="PlainTextCleanerOptions.Corpus"/>. The cleaner
/// works without it; it only adds the repetition signal.</para>
/// <para>Lines are compared by a 64-bit FNV-1a hash of their letters and digits, lower-cased, with every digit read
/// as <c>0</c>: <c>Photo ID: 4471203</c> and <c>Photo ID: 4471288</c> are the same line. Each line counts once per
/// document.</para>
/// <para><see cref="AddDocument"/> is thread-safe (it locks); reading is safe once adding is finished.</para>
/// </remarks>
public sealed class CorpusLineStats
{
    private readonly Dictionary<ulong, int> _documentFrequency = [];
    private readonly Lock _gate = new();

    /// <summary>Number of documents added.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>Counts the distinct lines of one document.</summary>
    public void AddDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = new HashSet<ulong>();
        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            var nl = span.IndexOf('\n');
            var line = nl < 0 ? span : span[..nl];
            span = nl < 0 ? [] : span[(nl + 1)..];
            if (LineKey(line) is var key && key != EmptyKey)
            {
                seen.Add(key);
            }
        }

        lock (_gate)
        {
            DocumentCount++;
            foreach (var key in seen)
            {
                _documentFrequency[key] = _documentFrequency.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>In how many added documents the line occurs (0 for a line without letters or digits).</summary>
    public int DocumentFrequency(ReadOnlySpan<char> line)
    {
        var key = LineKey(line);
        return key == EmptyKey ? 0 : _documentFrequency.GetValueOrDefault(key);
    }

    /// <summary>The hash a line is counted under: letters and digits only, lower-cased, digits as <c>0</c>.</summary>
    public static ulong LineKey(ReadOnlySpan<char> line)
    {
        var hash = EmptyKey;
        foreach (var c in line)
        {
            char k;
            if (c < 0x80)
            {
                if (char.IsAsciiDigit(c))
                {
                    k = '0';
                }
                else if (char.IsAsciiLetter(c))
                {
                    k = (char)(c | 0x20);
                }
                else
                {
                    continue;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                k = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            }
            else
            {
                continue;
            }

            hash = (hash ^ k) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>The key of a line with no letters or digits (the FNV-1a offset basis).</summary>
    private const ulong EmptyKey = 14695981039346656037UL;
}
