namespace Dyad.Language.Tagging;

/// <summary>
/// Reads the CoNLL-2003 column format: one word per line as <c>word POS chunk entity</c> separated by spaces, blank
/// lines between sentences, <c>-DOCSTART-</c> lines between documents (skipped by <see cref="Read"/>, kept as
/// boundaries by <see cref="ReadDocuments"/>).
/// </summary>
public static class CoNllReader
{
    /// <summary>Reads every sentence of the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">A line has fewer than four columns; the message names the file and line.</exception>
    public static IReadOnlyList<CoNllSentence> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads every sentence from <paramref name="reader"/>; <paramref name="name"/> names the input in errors.</summary>
    /// <exception cref="InvalidDataException">A line has fewer than four columns.</exception>
    public static IReadOnlyList<CoNllSentence> Read(TextReader reader, string name = "input")
    {
        var sentences = new List<CoNllSentence>();
        foreach (var document in ReadDocuments(reader, name))
        {
            sentences.AddRange(document);
        }

        return sentences;
    }

    /// <summary>Reads every document of the file at <paramref name="path"/> (see <see cref="ReadDocuments(TextReader, string)"/>).</summary>
    /// <exception cref="InvalidDataException">A line has fewer than four columns; the message names the file and line.</exception>
    public static IReadOnlyList<IReadOnlyList<CoNllSentence>> ReadDocumentsFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path);
        return ReadDocuments(reader, path);
    }

    /// <summary>
    /// Reads the sentences from <paramref name="reader"/> grouped into documents: a <c>-DOCSTART-</c> line starts a
    /// new document; sentences before the first marker form a document of their own; documents without sentences are
    /// dropped. <paramref name="name"/> names the input in errors.
    /// </summary>
    /// <exception cref="InvalidDataException">A line has fewer than four columns.</exception>
    public static IReadOnlyList<IReadOnlyList<CoNllSentence>> ReadDocuments(TextReader reader, string name = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<IReadOnlyList<CoNllSentence>>();
        var sentences = new List<CoNllSentence>();
        List<string> words = [], pos = [], chunks = [], entities = [];
        var lineNumber = 0;
        Span<Range> parts = stackalloc Range[5];
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var span = line.AsSpan().Trim();
            if (span.IsEmpty)
            {
                Flush();
                continue;
            }

            if (span.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                EndDocument();
                continue;
            }

            var count = span.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries);
            if (count != 4)
            {
                throw new InvalidDataException($"{name}, line {lineNumber}: expected 4 space-separated columns (word POS chunk entity), found {count}.");
            }

            words.Add(span[parts[0]].ToString());
            pos.Add(span[parts[1]].ToString());
            chunks.Add(span[parts[2]].ToString());
            entities.Add(span[parts[3]].ToString());
        }

        Flush();
        EndDocument();
        return documents;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new CoNllSentence(words, pos, chunks, entities));
                words = [];
                pos = [];
                chunks = [];
                entities = [];
            }
        }

        void EndDocument()
        {
            if (sentences.Count > 0)
            {
                documents.Add(sentences);
                sentences = [];
            }
        }
    }
}
