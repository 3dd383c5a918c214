using System.Buffers;

namespace Dyad.Ingest;

/// <summary>A growable byte buffer rented from the shared pool; one per reader, reused between documents.</summary>
internal sealed class ByteBuffer : IDisposable
{
    private byte[] _array;

    private const int PooledLimit = 1024 * 1024;

    public ByteBuffer(int initialCapacity = 64 * 1024) => _array = Allocate(initialCapacity);

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _array.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => _array.AsMemory(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        EnsureFree(bytes.Length);
        bytes.CopyTo(_array.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>A writable span of at least <paramref name="size"/> bytes after the content; call <see cref="Advance"/> after writing.</summary>
    public Span<byte> GetFree(int size)
    {
        EnsureFree(size);
        return _array.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public void Dispose()
    {
        var a = _array;
        _array = [];
        Length = 0;
        Release(a);
    }

    private void EnsureFree(int size)
    {
        if (_array.Length - Length >= size)
        {
            return;
        }

        var wanted = Math.Max((long)_array.Length * 2, (long)Length + size);
        var capacity = (int)Math.Min(wanted, Array.MaxLength);
        if (capacity - Length < size)
        {
            throw new InvalidOperationException("Buffer limit exceeded.");
        }

        var bigger = Allocate(capacity);
        _array.AsSpan(0, Length).CopyTo(bigger);
        Release(_array);
        _array = bigger;
    }

    // Big buffers are allocated to size: the pool would round a 65 MB request up to a 128 MB array.
    private static byte[] Allocate(int size) =>
        size <= PooledLimit ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);

    private static void Release(byte[] array)
    {
        if (array.Length is > 0 and <= PooledLimit)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
