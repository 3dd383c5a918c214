namespace Dyad.Cli.Output;

/// <summary>Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; LF line ends.</summary>
public sealed class CsvWriter
{
    private readonly TextWriter _out;

    /// <summary>Writes to <paramref name="output"/>.</summary>
    public CsvWriter(TextWriter output) => _out = output ?? throw new ArgumentNullException(nameof(output));

    /// <summary>Writes one row; a null field is written empty.</summary>
    public void WriteRow(params ReadOnlySpan<string?> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _out.Write(',');
            }

            WriteField(fields[i]);
        }

        _out.Write('\n');
    }

    private void WriteField(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _out.Write(field);
            return;
        }

        _out.Write('"');
        foreach (var c in field)
        {
            if (c == '"')
            {
                _out.Write('"');
            }

            _out.Write(c);
        }

        _out.Write('"');
    }
}
