using System.Globalization;
using System.Text;

namespace Dyad.Ingest.Tests;

/// <summary>Builds WARC records by hand, as Common Crawl writes them.</summary>
internal static class Warc
{
    public static byte[] Record(string type, string? targetUri, string contentType, byte[] block, string version = "WARC/1.1")
    {
        var header = new StringBuilder();
        header.Append(version).Append("\r\n");
        header.Append("WARC-Type: ").Append(type).Append("\r\n");
        header.Append("WARC-Date: 2024-05-01T12:00:00Z\r\n");
        header.Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n");
        if (targetUri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(targetUri).Append("\r\n");
        }

        header.Append("Content-Type: ").Append(contentType).Append("\r\n");
        header.Append("Content-Length: ").Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] Http(string body, string contentType = "text/html; charset=utf-8", int status = 200, string extraHeaders = "") =>
        Http(Encoding.UTF8.GetBytes(body), contentType, status, extraHeaders);

    public static byte[] Http(byte[] body, string contentType = "text/html; charset=utf-8", int status = 200, string extraHeaders = "")
    {
        var head = $"HTTP/1.1 {status} OK\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {body.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    public static byte[] Response(string uri, string html, string contentType = "text/html; charset=utf-8", int status = 200) =>
        Record("response", uri, "application/http; msgtype=response", Http(html, contentType, status));

    public static byte[] Request(string uri) =>
        Record("request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"));

    public static byte[] Info() =>
        Record("warcinfo", null, "application/warc-fields", "software: test\r\nformat: WARC File Format 1.1\r\n"u8.ToArray());

    public static byte[] Page(string title, string body) =>
        Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><title>{title}</title></head><body><p>{body}</p></body></html>");

    /// <summary>Each record in its own gzip member, concatenated (the .warc.gz layout).</summary>
    public static byte[] GzipMembers(params byte[][] records)
    {
        var all = new List<byte>();
        foreach (var r in records)
        {
            all.AddRange(TempFolder.Gzip(r));
        }

        return [.. all];
    }
}
