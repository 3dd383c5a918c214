namespace Dyad.Ingest;

/// <summary>
/// A path pattern: <c>*</c> matches any run of characters within one path segment, <c>?</c> one character, and a
/// segment that is exactly <c>**</c> matches any number of folders, none included (<c>data/**/*.jsonl</c>).
/// </summary>
/// <remarks>
/// Matching is ordinal and case-sensitive, as Linux file systems are. Hidden entries (names starting with a dot) are
/// matched only by a pattern segment that itself starts with a dot, so <c>**</c> never descends into <c>.git</c>.
/// </remarks>
public sealed class GlobPattern
{
    private readonly string[] _segments;

    private GlobPattern(string baseDirectory, string[] segments, string text)
    {
        BaseDirectory = baseDirectory;
        _segments = segments;
        Text = text;
    }

    /// <summary>The leading part of the pattern without wildcards (empty for the current folder).</summary>
    public string BaseDirectory { get; }

    /// <summary>The pattern as given.</summary>
    public string Text { get; }

    /// <summary>The segments after <see cref="BaseDirectory"/>, at least one.</summary>
    public IReadOnlyList<string> Segments => _segments;

    /// <summary>Whether an argument is a pattern (holds <c>*</c> or <c>?</c>) rather than a path.</summary>
    public static bool IsPattern(string argument) =>
        argument is not null && argument.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>Splits a pattern into its literal base folder and its wildcard segments.</summary>
    public static GlobPattern Parse(string pattern)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var normalised = Path.DirectorySeparatorChar == '/' ? pattern : pattern.Replace(Path.DirectorySeparatorChar, '/');
        var rooted = normalised.StartsWith('/');
        var parts = normalised.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var firstWild = 0;
        while (firstWild < parts.Length && !IsPattern(parts[firstWild]))
        {
            firstWild++;
        }

        if (firstWild == parts.Length)
        {
            // No wildcard at all: the last segment is the pattern, matched literally.
            firstWild = Math.Max(0, parts.Length - 1);
        }

        var baseDir = string.Join('/', parts, 0, firstWild);
        if (rooted)
        {
            baseDir = "/" + baseDir;
        }

        var segments = parts[firstWild..];
        if (segments.Length == 0)
        {
            segments = ["*"];
        }

        return new GlobPattern(baseDir, segments, pattern);
    }

    /// <summary>Whether a path relative to <see cref="BaseDirectory"/> (separated by <c>/</c>) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return MatchFrom(parts, 0, 0);
    }

    /// <summary>Whether one path segment matches one pattern segment (<c>*</c> and <c>?</c>, no <c>/</c>).</summary>
    public static bool SegmentMatches(ReadOnlySpan<char> name, ReadOnlySpan<char> pattern)
    {
        if (name.Length > 0 && name[0] == '.' && (pattern.Length == 0 || pattern[0] != '.'))
        {
            return false; // hidden entries need an explicit leading dot
        }

        // Greedy wildcard matching with one backtrack point: linear for the patterns seen in practice.
        int n = 0, p = 0, starP = -1, starN = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]) && pattern[p] != '*')
            {
                n++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starN = n;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                n = ++starN;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    internal bool IsDoubleStar(int segment) => _segments[segment] == "**";

    private bool MatchFrom(string[] parts, int i, int j)
    {
        if (j == _segments.Length)
        {
            return i == parts.Length;
        }

        if (_segments[j] == "**")
        {
            if (MatchFrom(parts, i, j + 1))
            {
                return true;
            }

            return i < parts.Length && parts[i][0] != '.' && MatchFrom(parts, i + 1, j);
        }

        return i < parts.Length && SegmentMatches(parts[i], _segments[j]) && MatchFrom(parts, i + 1, j + 1);
    }
}
