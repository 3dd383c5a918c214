namespace Dyad.Dedup;

/// <summary>Decides whether an article duplicates an earlier one, exactly or nearly.</summary>
/// <remarks>Near duplicates must be within <see cref="DuplicateOptions.MaxDistance"/> SimHash bits, of similar length,
/// and long enough for SimHash to mean something; the earliest such article wins, so a chain of edits points at the
/// first copy. Stateless; thread-safe when the index is.</remarks>
public sealed class DuplicateDetector
{
    private readonly IFingerprintIndex _index;
    private readonly DuplicateOptions _options;

    /// <summary>Creates a detector over an index of earlier articles.</summary>
    public DuplicateDetector(IFingerprintIndex index, DuplicateOptions? options = null)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _options = options ?? new DuplicateOptions();
        if (_options.MaxDistance is < 0 or > 3)
        {
            // Four 16-bit bands find every pair within 3 bits and no guarantee beyond.
            throw new ArgumentOutOfRangeException(nameof(options), "MaxDistance must be between 0 and 3.");
        }
    }

    /// <summary>Checks a fingerprint against the index.</summary>
    public DuplicateVerdict Check(Fingerprint fingerprint)
    {
        if (fingerprint.Length == 0)
        {
            // Two empty extractions are not the same article.
            return DuplicateVerdict.Unique;
        }

        if (_index.FindExact(fingerprint.ExactHash) is { } exact)
        {
            return new DuplicateVerdict(DuplicateKind.Exact, exact, 0);
        }

        if (fingerprint.Shingles < _options.MinShingles)
        {
            return DuplicateVerdict.Unique;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (id, simHash, length) in _index.FindBandCandidates(fingerprint.SimHash))
        {
            var distance = SimHash.Distance(simHash, fingerprint.SimHash);
            if (distance > _options.MaxDistance || !SimilarLength(length, fingerprint.Length))
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best = id;
                bestDistance = distance;
            }
        }

        return best is null ? DuplicateVerdict.Unique : new DuplicateVerdict(DuplicateKind.Near, best, bestDistance);
    }

    private bool SimilarLength(int a, int b)
    {
        var (small, large) = a < b ? (a, b) : (b, a);
        return large == 0 || small >= large * _options.MinLengthRatio;
    }
}
