using System.Text;

namespace CoSo.Core.Common;

/// <summary>
/// Streaming RFC 4180 reader: quoted fields with doubled quotes and embedded line breaks, CRLF or LF,
/// a UTF-8 BOM ignored. Reports the physical line on which each record starts. See ADR 0004 for why not CsvHelper.
/// </summary>
public sealed class CsvStreamReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly StringBuilder _field = new();
    private long _line = 1;

    public CsvStreamReader(TextReader reader, char separator = ',')
    {
        _reader = reader;
        _separator = separator;
    }

    public static CsvStreamReader Open(string path) =>
        new(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16));

    public IEnumerable<CsvRow> ReadAll()
    {
        while (ReadRow() is { } row)
        {
            yield return row;
        }
    }

    public CsvRow? ReadRow()
    {
        var start = _line;
        var fields = new List<string>();
        _field.Clear();
        var inQuotes = false;
        var any = false;
        while (true)
        {
            var c = _reader.Read();
            if (c == -1)
            {
                if (!any)
                {
                    return null;
                }

                fields.Add(_field.ToString());
                return new CsvRow(start, fields);
            }

            any = true;
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        _line++;
                    }

                    _field.Append(ch);
                }

                continue;
            }

            if (ch == '"' && _field.Length == 0)
            {
                inQuotes = true;
            }
            else if (ch == _separator)
            {
                fields.Add(_field.ToString());
                _field.Clear();
            }
            else if (ch == '\r')
            {
                // handled with the following \n; a lone \r is dropped.
            }
            else if (ch == '\n')
            {
                _line++;
                fields.Add(_field.ToString());
                if (fields.Count == 1 && fields[0].Length == 0)
                {
                    // Blank line: skip it.
                    fields.Clear();
                    _field.Clear();
                    start = _line;
                    any = false;
                    continue;
                }

                return new CsvRow(start, fields);
            }
            else
            {
                _field.Append(ch);
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}
