using Npgsql;

namespace CoSo.IntegrationTests.Operations;

/// <summary>
/// Issue 20, item 6 (ADR 0017): turns a migrated PostgreSQL database into the shape Citus would give it, without
/// Citus: every table of <see cref="DistributionPlan.Distributed"/> becomes a table hash-partitioned by its
/// distribution column (4 partitions), with its defaults, checks, triggers, primary key, unique and plain indexes and every
/// foreign key into or out of it recreated under the same names. PostgreSQL then enforces on those tables what Citus
/// enforces on distributed ones: each unique key contains the distribution column, and (through the trigger added
/// here) the distribution column of a row is never changed by an UPDATE (Citus refuses "modifying the partition
/// value of rows"; plain partitioning would move the row).
/// The integration suite runs on this shape when COSO_TEST_POSTGRES_LAYOUT=partitioned (scripts/test.sh).
/// </summary>
public static class PartitionedSchema
{
    public const string LayoutVariable = "COSO_TEST_POSTGRES_LAYOUT";
    public const int Partitions = 4;

    /// <summary>The migration after which the schema is distributed (the one that put the column in every key).
    /// Later migrations are applied to the partitioned tables, as they would be to a distributed deployment.</summary>
    public const string DistributedAfter = "20261207160207_CitusKeys";

    public static bool Requested => Environment.GetEnvironmentVariable(LayoutVariable) == "partitioned";

    public static async Task PartitionAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var tables = DistributionPlan.Distributed.Keys.ToArray();
        await ExecuteAsync(conn, tx, TriggerFunction);

        // Foreign keys into or out of a distributed table: dropped first, recreated once every table is partitioned.
        var foreignKeys = await RowsAsync(conn, tx, """
            SELECT c.conname, c.conrelid::regclass::text, pg_get_constraintdef(c.oid)
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
              AND (c.conrelid::regclass::text = ANY(@t) OR c.confrelid::regclass::text = ANY(@t))
            ORDER BY 1
            """, r => (Name: r.GetString(0), Table: r.GetString(1), Definition: r.GetString(2)), tables);
        foreach (var fk in foreignKeys)
        {
            await ExecuteAsync(conn, tx, $"ALTER TABLE {fk.Table} DROP CONSTRAINT \"{fk.Name}\"");
        }

        foreach (var (table, column) in DistributionPlan.Distributed)
        {
            // Keys (primary, unique, exclusion) by their constraint definitions; other indexes by theirs.
            var constraints = await RowsAsync(conn, tx, """
                SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
                WHERE c.conrelid = @t::regclass AND c.contype IN ('p', 'u', 'x') ORDER BY c.contype, c.conname
                """, r => (Name: r.GetString(0), Definition: r.GetString(1)), table);
            var indexes = await RowsAsync(conn, tx, """
                SELECT pg_get_indexdef(x.indexrelid) FROM pg_index x
                WHERE x.indrelid = @t::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
                """, r => r.GetString(0), table);
            var triggers = await RowsAsync(conn, tx, """
                SELECT pg_get_triggerdef(g.oid) FROM pg_trigger g WHERE g.tgrelid = @t::regclass AND NOT g.tgisinternal
                """, r => r.GetString(0), table);
            var policies = await RowsAsync(conn, tx, "SELECT count(*)::int FROM pg_policy WHERE polrelid = @t::regclass", r => r.GetInt32(0), table);
            if (policies[0] > 0)
            {
                throw new InvalidOperationException($"{table} has row-level security policies, which this layout does not copy");
            }

            var owned = await RowsAsync(conn, tx, """
                SELECT s.oid::regclass::text FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                WHERE d.refobjid = @t::regclass AND d.deptype IN ('a', 'i')
                """, r => r.GetString(0), table);
            if (owned.Count > 0)
            {
                throw new InvalidOperationException($"{table} owns sequences ({string.Join(", ", owned)}): a distributed table's ids must not come from a node-local sequence");
            }

            var flat = $"{table}__flat";
            await ExecuteAsync(conn, tx, $"ALTER TABLE \"{table}\" RENAME TO \"{flat}\"");
            await ExecuteAsync(conn, tx,
                $"CREATE TABLE \"{table}\" (LIKE \"{flat}\" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED) PARTITION BY HASH (\"{column}\")");
            for (var r = 0; r < Partitions; r++)
            {
                await ExecuteAsync(conn, tx, $"CREATE TABLE \"{table}_p{r}\" PARTITION OF \"{table}\" FOR VALUES WITH (MODULUS {Partitions}, REMAINDER {r})");
            }

            await ExecuteAsync(conn, tx, $"INSERT INTO \"{table}\" SELECT * FROM \"{flat}\"");
            await ExecuteAsync(conn, tx, $"DROP TABLE \"{flat}\"");
            foreach (var key in constraints)
            {
                await ExecuteAsync(conn, tx, $"ALTER TABLE \"{table}\" ADD CONSTRAINT \"{key.Name}\" {key.Definition}");
            }

            foreach (var index in indexes)
            {
                await ExecuteAsync(conn, tx, index.Replace($" ON public.{flat} ", $" ON public.{table} ", StringComparison.Ordinal)
                    .Replace($" ON public.\"{flat}\" ", $" ON public.\"{table}\" ", StringComparison.Ordinal));
            }

            foreach (var trigger in triggers)
            {
                await ExecuteAsync(conn, tx, trigger.Replace($" ON public.{flat} ", $" ON public.{table} ", StringComparison.Ordinal));
            }

            await ExecuteAsync(conn, tx, $"""
                CREATE TRIGGER "{table}_distribution_column_fixed" BEFORE UPDATE OF "{column}" ON "{table}"
                FOR EACH ROW EXECUTE FUNCTION coso_distribution_column_fixed('{column}')
                """);
        }

        foreach (var fk in foreignKeys)
        {
            await ExecuteAsync(conn, tx, $"ALTER TABLE {fk.Table} ADD CONSTRAINT \"{fk.Name}\" {fk.Definition}");
        }

        await tx.CommitAsync();
    }

    /// <summary>The distributed tables that are really partitioned, with their partition count (for the test of this class).</summary>
    public static async Task<Dictionary<string, int>> PartitionedTablesAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var rows = await RowsAsync(conn, null, """
            SELECT p.relname, (SELECT count(*) FROM pg_inherits i WHERE i.inhparent = p.oid)::int
            FROM pg_class p WHERE p.relkind = 'p' AND p.relnamespace = 'public'::regnamespace
            """, r => (r.GetString(0), r.GetInt32(1)), null);
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    private const string TriggerFunction = """
        CREATE OR REPLACE FUNCTION coso_distribution_column_fixed() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          IF to_jsonb(NEW) -> TG_ARGV[0] IS DISTINCT FROM to_jsonb(OLD) -> TG_ARGV[0] THEN
            RAISE EXCEPTION 'modifying the distribution column % of % is not allowed (Citus refuses it)', TG_ARGV[0], TG_TABLE_NAME
              USING ERRCODE = 'feature_not_supported';
          END IF;
          RETURN NEW;
        END $f$
        """;

    private static async Task ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<List<T>> RowsAsync<T>(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, Func<NpgsqlDataReader, T> read, object? t)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        if (t is not null)
        {
            cmd.Parameters.AddWithValue("t", t);
        }

        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
