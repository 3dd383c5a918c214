using System.Text;

namespace Dyad.Core;

/// <summary>Builds a derived text and its <see cref="OffsetMap"/> back to the source in one pass.</summary>
/// <remarks>Appends must follow the source in order. Not thread-safe.</remarks>
public sealed class MappedTextBuilder
{
    private readonly StringBuilder _text;
    private readonly OffsetMapBuilder _map = new();
    private readonly string _source;

    /// <summary>Starts an empty derived text over <paramref name="source"/>.</summary>
    public MappedTextBuilder(string source, int capacity = 0)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _text = new StringBuilder(capacity > 0 ? capacity : Math.Min(source.Length, 1 << 20));
    }

    /// <summary>Length of the derived text so far.</summary>
    public int Length => _text.Length;

    /// <summary>The last derived character, or <c>'\0'</c> when empty.</summary>
    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Copies source [start, start + length) unchanged.</summary>
    public void Copy(int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        _text.Append(_source, start, length);
        _map.Copy(start, length);
    }

    /// <summary>Appends <paramref name="replacement"/> in place of source [sourceStart, +sourceLength).</summary>
    public void Replace(ReadOnlySpan<char> replacement, int sourceStart, int sourceLength)
    {
        if (replacement.Length == sourceLength && replacement.SequenceEqual(_source.AsSpan(sourceStart, sourceLength)))
        {
            Copy(sourceStart, sourceLength);
            return;
        }

        _text.Append(replacement);
        _map.Add(replacement.Length, sourceStart, sourceLength);
    }

    /// <summary>Appends text that stands for nothing in the source (a joining space), pointing at <paramref name="sourceAt"/>.</summary>
    public void Insert(ReadOnlySpan<char> text, int sourceAt)
    {
        _text.Append(text);
        _map.Insert(text.Length, sourceAt);
    }

    /// <summary>Finishes the derived text and its map to the source.</summary>
    public string Build(out OffsetMap map)
    {
        var text = _text.ToString();
        map = _map.Build(_source.Length);
        return text;
    }
}
