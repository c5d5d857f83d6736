using System.Text;
using CoSo.Core.Common;

namespace CoSo.Core.Tests.Common;

/// <summary>The first, character-at-a-time reader, kept as the reference the buffered one is compared with.</summary>
internal sealed class ReferenceCsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly StringBuilder _field = new();
    private long _line = 1;

    public ReferenceCsvReader(TextReader reader, char separator = ',')
    {
        _reader = reader;
        _separator = separator;
    }

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
