using System.Text;

namespace Dyad.Ingest.Tests;

public sealed class EncodingDetectorTests
{
    [Fact]
    public void DecodesUtf8AndDropsItsByteOrderMark()
    {
        var decoded = EncodingDetector.Decode([0xEF, 0xBB, 0xBF, .. "Zürich"u8]);

        Assert.Equal("Zürich", decoded.Text);
        Assert.Equal("utf-8 (bom)", decoded.Encoding);
        Assert.Null(decoded.Warning);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    public void DecodesUnicodeByItsByteOrderMark(string name)
    {
        var encoding = name switch
        {
            "utf-16le" => (Encoding)new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            _ => new UTF32Encoding(false, true),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Москва, 3 мая")];

        var decoded = EncodingDetector.Decode(bytes);

        Assert.Equal("Москва, 3 мая", decoded.Text);
        Assert.Equal(name + " (bom)", decoded.Encoding);
    }

    [Fact]
    public void DetectsUtf16WithoutAMarkFromAlternatingZeroBytes()
    {
        var decoded = EncodingDetector.Decode(Encoding.Unicode.GetBytes("Plain words in UTF-16 without a mark."));

        Assert.Equal("Plain words in UTF-16 without a mark.", decoded.Text);
        Assert.StartsWith("utf-16le (no bom", decoded.Encoding, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowsHtmlMetaCharsetForCyrillic()
    {
        var html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body>Новости</body></html>";
        var bytes = EncodingDetector.Resolve("windows-1251", out _)!.GetBytes(html);

        var decoded = EncodingDetector.Decode(bytes, sniffHtml: true);

        Assert.Equal(html, decoded.Text);
        Assert.Equal("windows-1251 (html meta charset)", decoded.Encoding);
    }

    [Fact]
    public void FollowsHttpEquivContentTypeAndMapsLatin1ToWindows1252()
    {
        byte[] bytes = [.. "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>caf"u8, 0xE9, 0x93, .. "</body></html>"u8];

        var decoded = EncodingDetector.Decode(bytes, sniffHtml: true);

        Assert.EndsWith("café\u201C</body></html>", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1252 (html meta charset: iso-8859-1)", decoded.Encoding);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void FollowsXmlDeclaration()
    {
        byte[] bytes = [.. "<?xml version=\"1.0\" encoding=\"iso-8859-15\"?><html><body>"u8, 0xA4, .. "5</body></html>"u8];

        var decoded = EncodingDetector.Decode(bytes, sniffHtml: true);

        Assert.Contains("€5", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("iso-8859-15 (xml declaration)", decoded.Encoding);
    }

    [Fact]
    public void PrefersByteOrderMarkOverDeclaredCharset()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "<meta charset=\"windows-1251\">é"u8];

        var decoded = EncodingDetector.Decode(bytes, declaredCharset: "iso-8859-1", sniffHtml: true);

        Assert.Equal("<meta charset=\"windows-1251\">é", decoded.Text);
        Assert.Equal("utf-8 (bom)", decoded.Encoding);
    }

    [Fact]
    public void PrefersHttpCharsetOverMetaCharset()
    {
        var bytes = EncodingDetector.Resolve("koi8-r", out _)!.GetBytes("<meta charset=\"utf-8\">Привет");

        var decoded = EncodingDetector.Decode(bytes, declaredCharset: "KOI8-R", sniffHtml: true);

        Assert.Equal("<meta charset=\"utf-8\">Привет", decoded.Text);
        Assert.Equal("koi8-r (http content-type)", decoded.Encoding);
    }

    [Fact]
    public void FallsBackToWindows1252ForInvalidUtf8WithAWarning()
    {
        var decoded = EncodingDetector.Decode([.. "caf"u8, 0xE9]);

        Assert.Equal("café", decoded.Text);
        Assert.Equal("windows-1252 (fallback: invalid utf-8)", decoded.Encoding);
        Assert.Equal("invalid UTF-8 at byte 3; decoded as windows-1252", decoded.Warning);
    }

    [Fact]
    public void FallsBackWhenDeclaredUtf8IsNotValid()
    {
        byte[] bytes = [.. "<meta charset=utf-8><p>na"u8, 0xEF, .. "ve</p>"u8];

        var decoded = EncodingDetector.Decode(bytes, sniffHtml: true);

        Assert.EndsWith("naïve</p>", decoded.Text, StringComparison.Ordinal);
        Assert.StartsWith("windows-1252 (fallback", decoded.Encoding, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8 at byte 25", decoded.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void WarnsAboutUnknownCharsetAndDetectsInstead()
    {
        var decoded = EncodingDetector.Decode("<meta charset=\"x-klingon\">Qapla'"u8, sniffHtml: true);

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal("unknown charset 'x-klingon' in the html meta charset; ignored", decoded.Warning);
    }

    [Theory]
    [InlineData("utf-7", false)]
    [InlineData("no-such-charset", false)]
    [InlineData(" \"Shift_JIS\" ", true)]
    [InlineData("latin1", true)]
    public void ResolvesOnlyRealSafeCharsets(string label, bool known) =>
        Assert.Equal(known, EncodingDetector.Resolve(label, out _) is not null);

    [Fact]
    public void IgnoresMetaCharsetOutsideHtmlSniffing()
    {
        var decoded = EncodingDetector.Decode("<meta charset=\"windows-1251\"> plain"u8);

        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Theory]
    [InlineData("text/html; charset=UTF-8", "UTF-8")]
    [InlineData("text/html;charset=\"windows-1251\"", "windows-1251")]
    [InlineData("text/html; Charset = iso-8859-1; foo=bar", "iso-8859-1")]
    [InlineData("text/html", null)]
    [InlineData("text/html; charset=", null)]
    public void ReadsCharsetFromContentType(string contentType, string? expected) =>
        Assert.Equal(expected, EncodingDetector.CharsetFromContentType(contentType));

    [Fact]
    public void NamesFirstInvalidUtf8Byte()
    {
        Assert.Equal(-1, EncodingDetector.FirstInvalidUtf8("ok ü"u8));
        Assert.Equal(2, EncodingDetector.FirstInvalidUtf8([.. "ok"u8, 0xC3, 0x28]));
    }
}
