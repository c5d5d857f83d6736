using System.Buffers;
using System.Text;

namespace CoSo.Core.Common;

/// <summary>
/// Streaming RFC 4180 reader: quoted fields with doubled quotes and embedded line breaks, CRLF or LF,
/// a UTF-8 BOM ignored. Reports the physical line on which each record starts. See ADR 0004 for why not CsvHelper.
/// Reads blocks of characters and jumps to the next special character with a vectorised search, so an unquoted
/// field becomes a string straight from the buffer (a million-row import spends a fraction of a second here).
/// </summary>
public sealed class CsvStreamReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly SearchValues<char> _special;
    private readonly StringBuilder _field = new();
    private readonly char[] _buffer;
    private int _position;
    private int _length;
    private int _lastFieldCount = 8;
    private long _line = 1;

    public CsvStreamReader(TextReader reader, char separator = ',')
        : this(reader, separator, 1 << 16)
    {
    }

    /// <summary>With a chosen buffer size (tests use tiny ones to cross block boundaries everywhere).</summary>
    internal CsvStreamReader(TextReader reader, char separator, int bufferSize)
    {
        _reader = reader;
        _separator = separator;
        _special = SearchValues.Create([separator, '"', '\r', '\n']);
        _buffer = new char[bufferSize];
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
        var fields = new List<string>(_lastFieldCount);
        _field.Clear();
        var inQuotes = false;
        var any = false;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                if (!any)
                {
                    return null;
                }

                fields.Add(_field.ToString());
                return Row(start, fields);
            }

            var rest = _buffer.AsSpan(_position, _length - _position);
            any = true;
            if (inQuotes)
            {
                var q = rest.IndexOfAny('"', '\n');
                if (q < 0)
                {
                    _field.Append(rest);
                    _position = _length;
                    continue;
                }

                _field.Append(rest[..q]);
                _position += q + 1;
                if (rest[q] == '\n')
                {
                    _line++;
                    _field.Append('\n');
                }
                else if (Peek() == '"')
                {
                    _position++;
                    _field.Append('"');
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            var i = rest.IndexOfAny(_special);
            if (i < 0)
            {
                _field.Append(rest);
                _position = _length;
                continue;
            }

            var ch = rest[i];
            if (ch == _separator || ch == '\n')
            {
                var value = _field.Length == 0 ? new string(rest[..i]) : _field.Append(rest[..i]).ToString();
                _field.Clear();
                _position += i + 1;
                fields.Add(value);
                if (ch == _separator)
                {
                    continue;
                }

                _line++;
                if (fields.Count == 1 && fields[0].Length == 0)
                {
                    // Blank line: skip it.
                    fields.Clear();
                    start = _line;
                    any = false;
                    continue;
                }

                return Row(start, fields);
            }

            _field.Append(rest[..i]);
            _position += i + 1;
            if (ch == '"')
            {
                // A quote opens a quoted field only at its start; elsewhere it is an ordinary character.
                if (_field.Length == 0)
                {
                    inQuotes = true;
                }
                else
                {
                    _field.Append('"');
                }
            }

            // '\r' outside quotes is dropped (a CRLF ends the row at its '\n').
        }
    }

    public void Dispose() => _reader.Dispose();

    private CsvRow Row(long start, List<string> fields)
    {
        _lastFieldCount = fields.Count;
        return new CsvRow(start, fields);
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;
}
