using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dyad.Ingest;

/// <summary>
/// Writes large synthetic inputs (JSONL, gzipped WARC) for throughput and memory benchmarks, e.g. the 1 GB ingest
/// check: the articles are generated, repetitive and carry no real text.
/// </summary>
public static class SyntheticInput
{
    /// <summary>Writes JSON Lines articles of about <paramref name="articleBytes"/> each until the file reaches <paramref name="targetBytes"/>.</summary>
    /// <returns>The number of articles written.</returns>
    public static long WriteJsonl(string path, long targetBytes, int articleBytes = 8 * 1024)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        long count = 0;
        var paragraph = Paragraph(articleBytes);
        while (file.Position < targetBytes)
        {
            count++;
            var id = count.ToString(CultureInfo.InvariantCulture);
            var line = $"{{\"id\": \"syn-{id}\", \"url\": \"https://example.org/{id}\", \"title\": \"Synthetic article {id}\", \"published\": \"2024-05-01\", \"text\": \"{paragraph}\"}}\n";
            file.Write(Encoding.UTF8.GetBytes(line));
        }

        return count;
    }

    /// <summary>Writes a <c>.warc.gz</c> (one gzip member per record, as Common Crawl does) of request and HTML response pairs until it reaches <paramref name="targetBytes"/> uncompressed.</summary>
    /// <returns>The number of HTML responses written.</returns>
    public static long WriteWarcGz(string path, long targetBytes, int articleBytes = 8 * 1024)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        long count = 0, written = 0;
        var paragraph = Paragraph(articleBytes);
        while (written < targetBytes)
        {
            count++;
            var uri = "https://example.org/news/" + count.ToString(CultureInfo.InvariantCulture);
            var html = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Synthetic {count}</title></head><body><nav>Home | World</nav><article><p>{paragraph}</p></article></body></html>");
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {html.Length}\r\n\r\n");
            var request = Encoding.ASCII.GetBytes("GET /news HTTP/1.1\r\nHost: example.org\r\n\r\n");
            written += WriteRecord(file, "request", uri, "application/http; msgtype=request", request, []);
            written += WriteRecord(file, "response", uri, "application/http; msgtype=response", http, html);
        }

        return count;
    }

    private static long WriteRecord(Stream file, string type, string uri, string contentType, byte[] head, byte[] body)
    {
        var header = Encoding.ASCII.GetBytes(
            $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {head.Length + body.Length}\r\n\r\n");
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(header);
            gzip.Write(head);
            gzip.Write(body);
            gzip.Write("\r\n\r\n"u8);
        }

        return header.Length + head.Length + body.Length + 4;
    }

    private static string Paragraph(int bytes)
    {
        var sb = new StringBuilder(bytes + 64);
        var i = 0;
        while (sb.Length < bytes)
        {
            sb.Append("Officials met on Tuesday in the capital to discuss talks, number ").Append(i++).Append(". ");
        }

        return sb.ToString();
    }
}
