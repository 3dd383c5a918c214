namespace Dyad.Language.Sentences;

/// <summary>
/// A CoNLL document as plain text: its gold tokens joined with single spaces (sentences too, so no line break hints
/// at a boundary), with the end offset of each gold sentence.
/// </summary>
/// <param name="Text">The joined text.</param>
/// <param name="SentenceEnds">The end offset (exclusive, UTF-16) of each gold sentence's last token, ascending.</param>
public sealed record JoinedDocument(string Text, IReadOnlyList<int> SentenceEnds)
{
    /// <summary>
    /// Reads a CoNLL-2003 file (token first on each line; <c>-DOCSTART-</c> starts a document; blank lines end
    /// sentences) as joined documents.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IReadOnlyList<JoinedDocument> ReadConll(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CoNLL file not found: {path}", path);
        }

        var documents = new List<JoinedDocument>();
        var text = new System.Text.StringBuilder();
        var ends = new List<int>();
        var open = false;

        void Close()
        {
            if (open)
            {
                ends.Add(text.Length);
                open = false;
            }
        }

        void Flush()
        {
            Close();
            if (text.Length > 0)
            {
                documents.Add(new JoinedDocument(text.ToString(), [.. ends]));
            }

            text.Clear();
            ends.Clear();
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            if (line.Length == 0 || line.AsSpan().IsWhiteSpace())
            {
                Close();
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var token = space < 0 ? line : line[..space];
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(token);
            open = true;
        }

        Flush();
        return documents;
    }
}
