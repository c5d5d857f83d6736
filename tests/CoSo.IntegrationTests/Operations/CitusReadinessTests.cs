using CoSo.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CoSo.IntegrationTests.Operations;

/// <summary>
/// Issue 20, item 6 (ADR 0017): the migrated PostgreSQL schema checked against Citus's rules without Citus (not
/// installable here). PostgreSQL itself judges the unique keys: on a table partitioned by the distribution column it
/// refuses, as Citus does on a distributed table, any primary key or unique index that does not contain that column.
/// The foreign-key rules (co-location, no key from a reference or local table into a distributed one) are read from the
/// catalog. PostgreSQL only: the plan is for distributed PostgreSQL; the SQLite schema has the same keys from the same model.
/// </summary>
public sealed class CitusReadinessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_table_is_placed_and_every_key_of_a_distributed_table_would_distribute_except_the_listed_ones()
    {
        var cs = await TestDatabase.CreateAsync(TestDatabase.Postgres, "citusready");
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();

        var columns = await RowsAsync(conn, """
            SELECT c.relname, a.attname, a.attnotnull FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            """, r => (Table: r.GetString(0), Column: r.GetString(1), NotNull: r.GetBoolean(2)));
        var tables = columns.Select(c => c.Table).ToHashSet();

        // 1. Every table has exactly one place in the plan (a new table fails until the plan says where it goes).
        var placed = DistributionPlan.Distributed.Keys.Concat(DistributionPlan.Reference).Concat(DistributionPlan.Local).ToList();
        Assert.Equal(placed.Count, placed.Distinct().Count());
        Assert.Empty(tables.Except(placed).Order());
        Assert.Empty(placed.Except(tables).Order());

        // 2. A table that names a resident is person-level: distributed by province_code, never reference or local.
        // The audit trail names residents too but is a log of several provinces' reads: distributed by its id (ADR 0017).
        var personLevel = columns.Where(c => c.Column == "person_id" || c.Column.EndsWith("_person_id", StringComparison.Ordinal)).Select(c => c.Table)
            .Except(DistributionPlan.AuditTrail).ToHashSet();
        Assert.Contains("encounters", personLevel); // the check finds what it is meant to find
        Assert.Empty(personLevel.Where(t => DistributionPlan.Distributed.GetValueOrDefault(t) != "province_code").Order());

        // 3. The distribution column exists on each distributed table and is never null.
        foreach (var (table, column) in DistributionPlan.Distributed)
        {
            Assert.True(columns.Any(c => c.Table == table && c.Column == column && c.NotNull), $"{table}.{column} missing or nullable");
        }

        // 4. Each distributed table copied (columns only) into a table hash-partitioned by its distribution column, then
        // each of the original's unique keys recreated on the copy: PostgreSQL refuses those that would not distribute.
        var keys = await RowsAsync(conn, """
            SELECT t.relname, i.relname, x.indisprimary, pg_get_indexdef(x.indexrelid),
                   (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.n) FROM unnest(x.indkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
            FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
            WHERE t.relnamespace = 'public'::regnamespace AND NOT t.relispartition AND x.indisunique
            """, r => (Table: r.GetString(0), Index: r.GetString(1), Primary: r.GetBoolean(2), Definition: r.GetString(3), Columns: r.GetString(4)));
        await ExecuteAsync(conn, "CREATE SCHEMA citus_probe");
        var refused = new List<string>();
        var accepted = 0;
        foreach (var (table, column) in DistributionPlan.Distributed)
        {
            await ExecuteAsync(conn, $"CREATE TABLE citus_probe.{table} (LIKE public.{table} INCLUDING DEFAULTS) PARTITION BY HASH ({column})");
            foreach (var key in keys.Where(k => k.Table == table))
            {
                var sql = key.Primary
                    ? $"ALTER TABLE citus_probe.{table} ADD CONSTRAINT {key.Index} PRIMARY KEY ({key.Columns})"
                    : key.Definition.Replace($" ON ONLY public.{table} ", $" ON public.{table} ", StringComparison.Ordinal).Replace($" ON public.{table} ", $" ON citus_probe.{table} ", StringComparison.Ordinal);
                Assert.Contains("citus_probe.", sql, StringComparison.Ordinal);
                try
                {
                    await ExecuteAsync(conn, sql);
                    accepted++;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.FeatureNotSupported)
                {
                    // "unique constraint on partitioned table must include all partitioning columns"
                    refused.Add($"{table}.{key.Index}");
                    output.WriteLine($"refused {table}.{key.Index} ({key.Columns}): {e.MessageText}");
                }
            }
        }

        output.WriteLine($"{DistributionPlan.Distributed.Count} distributed tables, {accepted} unique keys accepted, {refused.Count} refused");
        Assert.True(accepted >= DistributionPlan.Distributed.Count); // at least every accepted primary key was really tried
        Assert.Equal(DistributionPlan.KeysToChange.Order(), refused.Order());

        // 5. Foreign keys: between distributed tables only within one co-location group and through the distribution
        // column in the same position on both sides; into a distributed table only from a distributed one; reference
        // tables refer only to reference tables.
        var foreignKeys = await RowsAsync(conn, """
            SELECT c.conname, c.conrelid::regclass::text, c.confrelid::regclass::text,
                   (SELECT array_agg(a.attname ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
                   (SELECT array_agg(a.attname ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)
            FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND c.conparentid = 0
            """, r => (Name: r.GetString(0), From: r.GetString(1).Trim('"'), To: r.GetString(2).Trim('"'), FromColumns: (string[])r.GetValue(3), ToColumns: (string[])r.GetValue(4)));
        Assert.NotEmpty(foreignKeys);
        var wrong = new List<string>();
        foreach (var fk in foreignKeys)
        {
            var fromDistributed = DistributionPlan.Distributed.TryGetValue(fk.From, out var fromColumn);
            var toDistributed = DistributionPlan.Distributed.TryGetValue(fk.To, out var toColumn);
            if (toDistributed)
            {
                var position = Array.IndexOf(fk.ToColumns, toColumn);
                if (!fromDistributed || fromColumn != toColumn || position < 0 || fk.FromColumns[position] != fromColumn)
                {
                    wrong.Add($"{fk.Name}: {fk.From}({string.Join(",", fk.FromColumns)}) → {fk.To}({string.Join(",", fk.ToColumns)}) is not co-located");
                }
            }
            else if (DistributionPlan.Reference.Contains(fk.From) && !DistributionPlan.Reference.Contains(fk.To))
            {
                wrong.Add($"{fk.Name}: reference table {fk.From} refers to {fk.To}, which is not a reference table");
            }
            else if (fromDistributed && DistributionPlan.Local.Contains(fk.To))
            {
                wrong.Add($"{fk.Name}: distributed {fk.From} refers to the local table {fk.To}");
            }
        }

        Assert.Empty(wrong);
        output.WriteLine($"{foreignKeys.Count} foreign keys checked");
    }

    [Fact]
    public async Task The_partitioned_layout_partitions_every_distributed_table_keeps_every_key_and_refuses_a_new_province_code()
    {
        // The layout the integration suite also runs on (COSO_TEST_POSTGRES_LAYOUT=partitioned in scripts/test.sh).
        var app = await CoSoApp.StartAsync(TestDatabase.Postgres);
        if (!PartitionedSchema.Requested)
        {
            await using var before = new NpgsqlConnection(app.ConnectionString);
            await before.OpenAsync();
            var keysBefore = await CountAsync(before, "SELECT count(*) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f')");
            var indexesBefore = await CountAsync(before, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'");
            await before.CloseAsync();
            NpgsqlConnection.ClearAllPools();
            await PartitionedSchema.PartitionAsync(app.ConnectionString);
            await using var after = new NpgsqlConnection(app.ConnectionString);
            await after.OpenAsync();
            // Same keys and foreign keys under the same names; each index of a distributed table now also exists on
            // each of its partitions, so there are more indexes than before.
            Assert.Equal(keysBefore, await CountAsync(after, "SELECT count(*) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f') AND conparentid = 0"));
            Assert.True(await CountAsync(after, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'") > indexesBefore);
        }

        var partitioned = await PartitionedSchema.PartitionedTablesAsync(app.ConnectionString);
        Assert.Equal(DistributionPlan.Distributed.Keys.Order(), partitioned.Keys.Order());
        Assert.All(partitioned.Values, n => Assert.Equal(PartitionedSchema.Partitions, n));

        // The application writes through it: a resident registered over the API lands in a partition of people.
        using var a = await app.LoginAsync("a1");
        var id = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using (var where = new NpgsqlCommand("SELECT tableoid::regclass::text FROM people WHERE id = @id", conn))
        {
            where.Parameters.AddWithValue("id", id);
            Assert.StartsWith("people_p", (string)(await where.ExecuteScalarAsync())!, StringComparison.Ordinal);
        }

        // A unique key still holds across the partitioned table: the same (province_code, id) twice is refused.
        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(conn, $"INSERT INTO people SELECT * FROM people WHERE id = '{id}'"));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);

        // Citus refuses to change a row's distribution column; the layout's trigger does the same, and a change of
        // any other column passes.
        var move = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(conn, $"UPDATE people SET province_code = '01' WHERE id = '{id}'"));
        Assert.Equal(PostgresErrorCodes.FeatureNotSupported, move.SqlState);
        await ExecuteAsync(conn, $"UPDATE people SET province_code = province_code, phone = '0912000111' WHERE id = '{id}'");
    }

    private static async Task<long> CountAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<List<T>> RowsAsync<T>(NpgsqlConnection conn, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
