using CoSo.Data.Common;
using Npgsql;

namespace CoSo.IntegrationTests.Import;

/// <summary>The hand-encoded binary COPY rows read back by PostgreSQL itself (PostgreSQL only: it is its wire format).</summary>
public sealed class PgBinaryCopyWriterTests
{
    [Fact]
    public async Task Every_encoded_type_reads_back_as_written_and_a_cancelled_copy_writes_nothing()
    {
        var server = Environment.GetEnvironmentVariable("COSO_TEST_POSTGRES")
            ?? throw new InvalidOperationException("COSO_TEST_POSTGRES is not set: PostgreSQL tests need a server (scripts/test.sh starts one).");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE copy_probe (u uuid, t varchar(100), i integer, b boolean, d date, ts timestamptz)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var id = Guid.CreateVersion7();
        var at = new DateTimeOffset(2026, 11, 22, 23, 34, 5, 678, TimeSpan.FromHours(7)).AddTicks(9_990);
        const string sql = "COPY copy_probe (u, t, i, b, d, ts) FROM STDIN (FORMAT BINARY)";
        using (var copy = PgBinaryCopyWriter.Begin(connection, sql))
        {
            copy.StartRow(6);
            copy.Uuid(id);
            copy.Text("Đặng Thị Ánh – Ấp 3");
            copy.Int32(-42);
            copy.Bool(true);
            copy.Date(new DateOnly(1931, 2, 28));
            copy.TimestampTz(at);
            copy.StartRow(6);
            copy.Uuid((Guid?)null);
            copy.Text(null);
            copy.Int32(int.MaxValue);
            copy.Bool(false);
            copy.Date(new DateOnly(2000, 1, 1));
            copy.TimestampTz(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
            copy.StartRow(6);
            copy.Uuid(Guid.Empty);
            copy.Text(new string('ư', 100));
            copy.Int32(0);
            copy.Bool(false);
            copy.Date(null);
            copy.TimestampTz(new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.Zero));
            copy.Complete();
        }

        // A COPY disposed without Complete is cancelled: its rows never arrive.
        using (var copy = PgBinaryCopyWriter.Begin(connection, sql))
        {
            copy.StartRow(6);
            copy.Uuid(Guid.NewGuid());
            copy.Text("never stored");
            copy.Int32(1);
            copy.Bool(true);
            copy.Date(null);
            copy.TimestampTz(at);
        }

        var rows = new List<object?[]>();
        await using (var select = new NpgsqlCommand("SELECT u, t, i, b, d, ts FROM copy_probe ORDER BY i", connection))
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var values = new object?[6];
                for (var c = 0; c < 6; c++)
                {
                    values[c] = reader.IsDBNull(c) ? null : c switch
                    {
                        4 => reader.GetFieldValue<DateOnly>(c),
                        5 => reader.GetFieldValue<DateTimeOffset>(c),
                        _ => reader.GetValue(c),
                    };
                }

                rows.Add(values);
            }
        }

        Assert.Equal(3, rows.Count);
        Assert.Equal([id, "Đặng Thị Ánh – Ấp 3", -42, true, new DateOnly(1931, 2, 28), at.ToUniversalTime().AddTicks(-(at.Ticks % 10))], rows[0]);
        Assert.Equal([Guid.Empty, new string('ư', 100), 0, false, null, new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.Zero)], rows[1]);
        Assert.Equal([null, null, int.MaxValue, false, new DateOnly(2000, 1, 1), new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)], rows[2]);
    }
}
