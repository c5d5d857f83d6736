using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace CoSo.Data.Common;

/// <summary>
/// Writes rows of PostgreSQL's binary COPY format (the "Binary Format" section of the COPY page of the PostgreSQL
/// manual) into a buffer and hands it to Npgsql's raw binary COPY stream. For the people import's hot path only:
/// <see cref="NpgsqlBinaryImporter"/> resolves a type handler for every field it writes, which cost the import about
/// ten seconds of CPU per million residents (two COPYs of 25 and 9 columns) on a machine whose server needs the same
/// cores; encoding the handful of types these tables use directly costs a fraction of that. See ADR 0006.
/// </summary>
internal sealed class PgBinaryCopyWriter : IDisposable
{
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    // "PGCOPY\n\377\r\n\0"
    private static ReadOnlySpan<byte> Signature => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

    private readonly NpgsqlRawCopyStream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 18);
    private int _position;
    private bool _done;

    private PgBinaryCopyWriter(NpgsqlRawCopyStream stream)
    {
        _stream = stream;

        // Signature, flags (no OIDs), header extension length.
        Signature.CopyTo(_buffer);
        _position = Signature.Length;
        WriteInt32Raw(0);
        WriteInt32Raw(0);
    }

    /// <summary>Starts <paramref name="copyFromStdinBinary"/> (a <c>COPY … FROM STDIN (FORMAT BINARY)</c>) on the connection.</summary>
    public static PgBinaryCopyWriter Begin(NpgsqlConnection connection, string copyFromStdinBinary) =>
        new(connection.BeginRawBinaryCopy(copyFromStdinBinary));

    public void StartRow(short fields)
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_position), fields);
        _position += 2;
    }

    public void Null() => WriteInt32(-1);

    public void Uuid(Guid value)
    {
        Ensure(20);
        WriteInt32Raw(16);
        value.TryWriteBytes(_buffer.AsSpan(_position), bigEndian: true, out _);
        _position += 16;
    }

    public void Uuid(Guid? value)
    {
        if (value is { } v)
        {
            Uuid(v);
        }
        else
        {
            Null();
        }
    }

    /// <summary>text / varchar: the UTF-8 bytes (the server checks the length limit).</summary>
    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        Ensure(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var length = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_position + 4));
        WriteInt32Raw(length);
        _position += length;
    }

    public void Int32(int value)
    {
        Ensure(8);
        WriteInt32Raw(4);
        WriteInt32Raw(value);
    }

    public void Bool(bool value)
    {
        Ensure(5);
        WriteInt32Raw(1);
        _buffer[_position++] = value ? (byte)1 : (byte)0;
    }

    /// <summary>date: days since 2000-01-01.</summary>
    public void Date(DateOnly? value)
    {
        if (value is not { } d)
        {
            Null();
            return;
        }

        Ensure(8);
        WriteInt32Raw(4);
        WriteInt32Raw(d.DayNumber - PostgresEpochDay);
    }

    /// <summary>timestamptz: microseconds since 2000-01-01 00:00 UTC.</summary>
    public void TimestampTz(DateTimeOffset value)
    {
        Ensure(12);
        WriteInt32Raw(8);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_position), (value.UtcTicks - PostgresEpochTicks) / 10);
        _position += 8;
    }

    /// <summary>Writes the trailer and ends the COPY; without it, disposing cancels the COPY (nothing is written).</summary>
    public void Complete()
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_position), -1);
        _position += 2;
        Flush();
        _done = true;
        _stream.Dispose();
    }

    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            _stream.Cancel();
            _stream.Dispose();
        }

        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void WriteInt32(int value)
    {
        Ensure(4);
        WriteInt32Raw(value);
    }

    private void WriteInt32Raw(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_position), value);
        _position += 4;
    }

    private void Ensure(int bytes)
    {
        if (_position + bytes <= _buffer.Length)
        {
            return;
        }

        Flush();
        if (bytes > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(bytes);
        }
    }

    private void Flush()
    {
        _stream.Write(_buffer, 0, _position);
        _position = 0;
    }
}
