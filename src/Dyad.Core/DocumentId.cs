using System.Security.Cryptography;
using System.Text;

namespace Dyad.Core;

/// <summary>A stable article id: the first 64 bits of the SHA-256 of the normalised raw text, as 16 hex digits.</summary>
/// <remarks>The same input gives the same id on every run and machine, so reruns add nothing twice. The id depends on
/// the raw text, not on the cleaner's output, so improving the cleaner does not change ids.</remarks>
public readonly record struct DocumentId
{
    private DocumentId(string value) => Value = value;

    /// <summary>The 16 lower-case hex digits.</summary>
    public string Value { get; }

    /// <summary>The id of a text.</summary>
    public static DocumentId FromContent(ReadOnlySpan<char> text)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var bytes = byteCount <= 4096 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(text, bytes);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return new DocumentId(Convert.ToHexStringLower(hash[..8]));
    }

    /// <summary>Reads an id written by <see cref="ToString"/>.</summary>
    public static bool TryParse(string? text, out DocumentId id)
    {
        id = default;
        if (text is null || text.Length != 16)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        id = new DocumentId(text);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
