using System.Globalization;
using System.Text;
using Dyad.Core;

namespace Dyad.Cleaning;

/// <summary>Normalises decoded input before cleaning, keeping an offset map back to it.</summary>
/// <remarks>
/// <para>Line endings (CRLF, CR, U+2028, U+2029, NEL) become LF; text is composed to NFC; a byte-order mark, NUL
/// and other C0/C1 control characters (except tab and LF) and zero-width spaces are dropped; lone surrogates
/// become U+FFFD; no-break spaces become plain spaces. Everything else is copied.</para>
/// <para>Hot path: one scan; runs of untouched characters are copied as one segment, and NFC composition is done
/// cluster by cluster (a base and its combining marks) only where the input is not already composed.</para>
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="raw"/>; <paramref name="map"/> maps the result back to <paramref name="raw"/>.</summary>
    public static string Normalize(string raw, out OffsetMap map)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (IsAlreadyNormal(raw))
        {
            map = OffsetMap.Identity(raw.Length);
            return raw;
        }

        var builder = new MappedTextBuilder(raw, raw.Length);
        var runStart = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c < 0x80 ? c >= 0x20 || c == '\n' || c == '\t' : IsPlainNonAscii(raw, i))
            {
                i++;
                continue;
            }

            // A combining mark composes with the base before it: take the base out of the plain run.
            var clusterStart = i;
            if (IsCombining(c) && i > runStart)
            {
                clusterStart = i - 1;
                if (clusterStart > runStart && char.IsLowSurrogate(raw[clusterStart]) && char.IsHighSurrogate(raw[clusterStart - 1]))
                {
                    clusterStart--;
                }
            }

            builder.Copy(runStart, clusterStart - runStart);
            i = Rewrite(raw, clusterStart, i, builder);
            runStart = i;
        }

        builder.Copy(runStart, raw.Length - runStart);
        return builder.Build(out map);
    }

    /// <summary>True when <see cref="Normalize"/> would return the text unchanged.</summary>
    public static bool IsAlreadyNormal(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c < 0x80 ? c < 0x20 && c != '\n' && c != '\t' : !IsPlainNonAscii(raw, i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainNonAscii(string raw, int i)
    {
        var c = raw[i];
        if (c < 0x80)
        {
            return true;
        }

        if (c is '\u00A0' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\u200B' || (c >= 0x80 && c < 0xA0))
        {
            return false;
        }

        if (char.IsSurrogate(c))
        {
            return char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1])
                || char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(raw[i - 1]);
        }

        // Characters that may change under NFC: combining marks and the few precomposition candidates.
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return false;
        }

        // Hangul jamo compose too; conjoining jamo (U+1100-U+11FF) are rare in news text.
        return c is < '\u1100' or > '\u11FF';
    }

    private static int Rewrite(string raw, int clusterStart, int i, MappedTextBuilder builder)
    {
        var c = raw[i];
        switch (c)
        {
            case '\r':
                var len = i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
                builder.Replace("\n", i, len);
                return i + len;
            case '\u2028' or '\u2029' or '\u0085':
                builder.Replace("\n", i, 1);
                return i + 1;
            case '\u00A0':
                builder.Replace(" ", i, 1);
                return i + 1;
        }

        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c is '\uFEFF' or '\u200B')
        {
            // Dropped: control characters, byte-order marks and zero-width spaces carry no text.
            builder.Replace(ReadOnlySpan<char>.Empty, i, 1);
            return i + 1;
        }

        if (char.IsSurrogate(c))
        {
            builder.Replace("\uFFFD", i, 1);
            return i + 1;
        }

        // A cluster: the base before the mark (when it was plain text) with this mark and any marks after it.
        var end = i + 1;
        while (end < raw.Length && IsCombining(raw[end]))
        {
            end++;
        }

        var start = clusterStart;
        var cluster = raw.AsSpan(start, end - start);
        if (cluster.ToString().IsNormalized(NormalizationForm.FormC))
        {
            builder.Copy(start, end - start);
            return end;
        }

        builder.Replace(cluster.ToString().Normalize(NormalizationForm.FormC), start, end - start);
        return end;
    }

    private static bool IsCombining(char c)
    {
        if (c < 0x300)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
