using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Core;

namespace Dyad.Ingest;

/// <summary>
/// JSON Lines: one article object per line, read line by line with a bounded line buffer.
/// </summary>
/// <remarks>
/// Fields (first listed name wins when several are present): content <c>html</c> (read as HTML; preferred, being the
/// fuller source) or <c>text</c> (plain text); name <c>id</c>, <c>docid</c>, <c>doc_id</c>; <c>url</c>, <c>link</c>;
/// <c>title</c>, <c>headline</c>; <c>source</c>, <c>outlet</c>, <c>publisher</c>; <c>author</c>, <c>byline</c>;
/// published <c>published</c>, <c>published_at</c>, <c>date</c>, <c>dct</c>. Other fields are ignored.
/// </remarks>
internal sealed class JsonlSource : ItemSource
{
    private static readonly byte[][] IdNames = ["id"u8.ToArray(), "docid"u8.ToArray(), "doc_id"u8.ToArray()];
    private static readonly byte[][] UrlNames = ["url"u8.ToArray(), "link"u8.ToArray()];
    private static readonly byte[][] TitleNames = ["title"u8.ToArray(), "headline"u8.ToArray()];
    private static readonly byte[][] SourceNames = ["source"u8.ToArray(), "outlet"u8.ToArray(), "publisher"u8.ToArray()];
    private static readonly byte[][] AuthorNames = ["author"u8.ToArray(), "byline"u8.ToArray()];
    private static readonly byte[][] PublishedNames = ["published"u8.ToArray(), "published_at"u8.ToArray(), "date"u8.ToArray(), "dct"u8.ToArray()];

    private readonly ByteBuffer _line = new();
    private readonly Queue<IngestItem> _final = new();
    private int _lineNumber;
    private int _items;
    private bool _ended;

    public JsonlSource(InputContext context)
        : base(context)
    {
    }

    private enum Field
    {
        Other,
        Text,
        Html,
        Id,
        Url,
        Title,
        Source,
        Author,
        Published,
    }

    public override string CurrentLocator => _lineNumber == 0 ? Context.Path : $"{Context.Path}:{_lineNumber}";

    public override bool TryNext(out IngestItem item)
    {
        while (!_ended)
        {
            var length = Context.Reader.ReadLine(_line, Context.Options.MaxDocumentBytes, out var tooLong);
            if (length < 0)
            {
                End();
                break;
            }

            _lineNumber++;
            if (tooLong)
            {
                _items++;
                item = IngestItem.Failed(CurrentLocator, SizeText.OverLimit("line", length, atLeast: false, Context.Options));
                return true;
            }

            var line = _line.Span;
            if (_lineNumber == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                line = line[3..];
            }

            if (IsBlank(line))
            {
                continue;
            }

            if (_items == 0 && IsLoneBracket(line))
            {
                // Pretty-printed JSON, not JSON Lines: one failure for the file instead of one per line.
                _ended = true;
                _items++;
                item = IngestItem.Failed(Context.Path, $"not JSON Lines: line {_lineNumber} is a lone '{(char)line.Trim(" \t\r"u8)[0]}', as in pretty-printed JSON; put one article object on each line");
                return true;
            }

            _items++;
            item = ParseLine(line);
            return true;
        }

        return _final.TryDequeue(out item);
    }

    protected override void DisposeBuffers() => _line.Dispose();

    private void End()
    {
        _ended = true;
        if (TruncationFailure($"line {_lineNumber}") is { } truncated)
        {
            _final.Enqueue(truncated);
        }
        else if (_items == 0)
        {
            _final.Enqueue(IngestItem.Failed(Context.Path, _lineNumber == 0 ? "empty file" : "empty file (only blank lines)"));
        }

        _line.Dispose();
    }

    private IngestItem ParseLine(ReadOnlySpan<byte> line)
    {
        var locator = CurrentLocator;
        string? warning = null;
        var encoding = "utf-8";
        var invalidAt = EncodingDetector.FirstInvalidUtf8(line);
        byte[]? recoded = null;
        if (invalidAt >= 0)
        {
            // JSON is UTF-8 by definition, but exports from old systems are often Windows-1252; say so and carry on.
            recoded = Encoding.UTF8.GetBytes(EncodingDetector.Windows1252.GetString(line));
            line = recoded;
            warning = $"invalid UTF-8 at byte {invalidAt} of the line; decoded as windows-1252";
            encoding = "windows-1252 (fallback: invalid utf-8)";
        }

        string? text = null, html = null, id = null, url = null, title = null, source = null, author = null, published = null;
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return IngestItem.Failed(locator, $"malformed JSON: expected an object, found {Describe(reader.TokenType)}");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = Classify(ref reader);
                reader.Read();
                if (field == Field.Other)
                {
                    reader.Skip();
                    continue;
                }

                string? value;
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        value = reader.GetString();
                        break;
                    case JsonTokenType.Number when field is Field.Id or Field.Published:
                        value = Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                    case JsonTokenType.Null:
                        value = null;
                        break;
                    case var other when field is Field.Text or Field.Html:
                        return IngestItem.Failed(locator, $"\"{(field == Field.Text ? "text" : "html")}\" is {Describe(other)}, expected a string");
                    default:
                        reader.Skip();
                        continue;
                }

                switch (field)
                {
                    case Field.Text: text ??= value; break;
                    case Field.Html: html ??= value; break;
                    case Field.Id: id ??= value; break;
                    case Field.Url: url ??= value; break;
                    case Field.Title: title ??= value; break;
                    case Field.Source: source ??= value; break;
                    case Field.Author: author ??= value; break;
                    case Field.Published: published ??= value; break;
                }
            }

            // Reading on validates the rest of the line: a second value or trailing garbage throws.
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            return IngestItem.Failed(locator, "malformed JSON: " + Clean(ex));
        }
        catch (InvalidOperationException ex)
        {
            return IngestItem.Failed(locator, "malformed JSON: " + ex.Message);
        }

        var useHtml = !string.IsNullOrWhiteSpace(html);
        var content = useHtml ? html : text;
        if (content is null)
        {
            return IngestItem.Failed(locator, "no \"text\" or \"html\" field");
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            return IngestItem.Failed(locator, $"empty \"{(useHtml ? "html" : "text")}\" field");
        }

        var name = string.IsNullOrWhiteSpace(id) ? $"{Context.Stem}-{_lineNumber.ToString(CultureInfo.InvariantCulture)}" : id.Trim();
        var hints = new ArticleHints
        {
            Url = Blank(url),
            Title = Blank(title),
            Source = Blank(source),
            Author = Blank(author),
            Published = Blank(published),
            Origin = "jsonl",
        };
        var article = new RawArticle(locator, name, useHtml ? SourceFormat.Html : SourceFormat.PlainText, content, hints, encoding);
        return IngestItem.Success(article, warning);
    }

    private static bool IsLoneBracket(ReadOnlySpan<byte> line)
    {
        var t = line.Trim(" \t\r"u8);
        return t.Length == 1 && t[0] is (byte)'{' or (byte)'[';
    }

    private static Field Classify(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("text"u8))
        {
            return Field.Text;
        }

        if (reader.ValueTextEquals("html"u8))
        {
            return Field.Html;
        }

        return Matches(ref reader, IdNames) ? Field.Id
            : Matches(ref reader, UrlNames) ? Field.Url
            : Matches(ref reader, TitleNames) ? Field.Title
            : Matches(ref reader, SourceNames) ? Field.Source
            : Matches(ref reader, AuthorNames) ? Field.Author
            : Matches(ref reader, PublishedNames) ? Field.Published
            : Field.Other;
    }

    private static bool Matches(ref Utf8JsonReader reader, byte[][] names)
    {
        foreach (var n in names)
        {
            if (reader.ValueTextEquals(n))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Describe(JsonTokenType t) => t switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.None => "nothing",
        _ => t.ToString(),
    };

    private static string Clean(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return ex.BytePositionInLine is { } at ? $"{message} (at byte {at})" : message;
    }
}
