using System.Text;
using System.Threading.Channels;
using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoSo.Data.People;

/// <summary>
/// Imports residents from a CSV file (docs/import-people.md), streaming it in batches, idempotent on (province, CCCD):
/// a known CCCD updates the resident, a new one inserts. Rejected rows go to an errors file with their line numbers.
/// </summary>
public sealed class PersonImporter(CoSoDbContext db, TimeProvider time, ILogger<PersonImporter> logger)
{
    private const int ProgressEvery = 5_000;
    private const int ChunkSize = 2_000;
    private const int ChannelChunks = 4;

    public async Task<ImportResult> ImportAsync(string path, PersonImportOptions options, CancellationToken ct = default)
    {
        using var csv = CsvStreamReader.Open(path);
        return await ImportAsync(csv, options, ct);
    }

    public async Task<ImportResult> ImportAsync(CsvStreamReader csv, PersonImportOptions options, CancellationToken ct = default)
    {
        var header = csv.ReadRow();
        var errors = new ErrorSink(options.ErrorsPath, header?.Fields ?? [], options.MaxErrorsInResult);
        await using (errors)
        {
            if (header is null)
            {
                errors.Add(1, [], [new FieldError("file", "import.columns", "cccd, full_name, sex, birth_date")]);
                return new ImportResult(0, 0, 0, 0, errors.Kept);
            }

            var units = await db.OrgUnits.AsNoTracking()
                .Where(u => u.Kind == OrgUnitKind.CommuneHealthStation || u.Kind == OrgUnitKind.Village || u.Kind == OrgUnitKind.VillageHealthPost)
                .ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, ct);
            var parser = new PersonRowParser(header.Fields, units, options.DefaultStationCode, VietnamClock.Today(time));
            if (parser.MissingColumns() is { Count: > 0 } missing)
            {
                errors.Add(header.LineNumber, header.Fields, [new FieldError("file", "import.columns", string.Join(", ", missing))]);
                return new ImportResult(0, 0, 0, 0, errors.Kept);
            }

            // Reading and validating run on their own thread, ahead of the writer, so the client parses the next rows
            // while the database stores the last ones; the bounded channel keeps memory flat.
            var channel = Channel.CreateBounded<List<Person>>(new BoundedChannelOptions(ChannelChunks) { SingleReader = true, SingleWriter = true });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var counts = new ReadCounts();
            await using var bulk = db.IsPostgres && options.AllowBulkLoad ? await PostgresPeopleBulkLoad.TryStartAsync(db, logger, ct) : null;
            var producer = Task.Run(() => ProduceAsync(csv, parser, errors, channel.Writer, counts, options, stop.Token), stop.Token);
            BatchCounts written;
            try
            {
                var now = time.GetUtcNow();
                written = bulk is not null
                    ? await bulk.LoadAsync(channel.Reader, now, stop.Token)
                    : await WriteBatchesAsync(db.IsPostgres ? new PostgresPersonBatchWriter(db) : new EfPersonBatchWriter(db), channel.Reader, options, stop.Token);
            }
            catch
            {
                await stop.CancelAsync();
                try
                {
                    await producer;
                }
                catch (OperationCanceledException)
                {
                    // The writer's failure is the one to report.
                }

                throw;
            }

            await producer;
            options.OnProgress?.Invoke(counts.Read);
            logger.LogInformation("Import finished: read {Read}, inserted {Inserted}, updated {Updated}, unchanged {Unchanged}, rejected {Rejected}{Path}",
                counts.Read, written.Inserted, written.Updated, written.Unchanged, counts.Rejected, bulk is null ? string.Empty : " (first load)");
            return new ImportResult(counts.Read, written.Inserted, written.Updated, counts.Rejected, errors.Kept)
            {
                Unchanged = written.Unchanged,
                BulkLoaded = bulk is not null,
            };
        }
    }

    private static async Task ProduceAsync(CsvStreamReader csv, PersonRowParser parser, ErrorSink errors, ChannelWriter<List<Person>> output,
        ReadCounts counts, PersonImportOptions options, CancellationToken ct)
    {
        try
        {
            var chunk = new List<Person>(ChunkSize);
            var rowErrors = new List<FieldError>();
            while (csv.ReadRow() is { } row)
            {
                ct.ThrowIfCancellationRequested();
                counts.Read++;
                rowErrors.Clear();
                if (parser.Parse(row, rowErrors) is { } person)
                {
                    chunk.Add(person);
                    if (chunk.Count == ChunkSize)
                    {
                        await output.WriteAsync(chunk, ct);
                        chunk = new List<Person>(ChunkSize);
                    }
                }
                else
                {
                    counts.Rejected++;
                    errors.Add(row.LineNumber, row.Fields, rowErrors);
                }

                if (counts.Read % ProgressEvery == 0)
                {
                    options.OnProgress?.Invoke(counts.Read);
                }
            }

            if (chunk.Count > 0)
            {
                await output.WriteAsync(chunk, ct);
            }

            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    /// <summary>The ordinary path: batches of distinct (province, CCCD), each upserted in its own transaction.</summary>
    private async Task<BatchCounts> WriteBatchesAsync(IPersonBatchWriter writer, ChannelReader<List<Person>> rows, PersonImportOptions options, CancellationToken ct)
    {
        var batch = new Dictionary<(string, string), Person>(options.BatchSize);
        var total = new BatchCounts();
        await foreach (var chunk in rows.ReadAllAsync(ct))
        {
            foreach (var person in chunk)
            {
                // A CCCD repeated within the file: the later row wins, counted as an update of the earlier one.
                var key = (person.ProvinceCode, person.Cccd!);
                if (batch.ContainsKey(key))
                {
                    total += new BatchCounts(0, 1, 0);
                }

                batch[key] = person;
                if (batch.Count >= options.BatchSize)
                {
                    total += await FlushAsync(writer, batch, ct);
                }
            }
        }

        return total + await FlushAsync(writer, batch, ct);
    }

    private async Task<BatchCounts> FlushAsync(IPersonBatchWriter writer, Dictionary<(string, string), Person> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return default;
        }

        var counts = await writer.WriteAsync([.. batch.Values], time.GetUtcNow(), ct);
        logger.LogDebug("Batch of {Rows} rows: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged", batch.Count, counts.Inserted, counts.Updated, counts.Unchanged);
        batch.Clear();
        return counts;
    }

    /// <summary>Written by the reading thread only; read by the writer after that thread has finished.</summary>
    private sealed class ReadCounts
    {
        public long Read { get; set; }

        public long Rejected { get; set; }
    }

    /// <summary>Writes rejected rows (one line per error, with the original fields) and keeps the first few in memory.</summary>
    private sealed class ErrorSink(string? path, IReadOnlyList<string> header, int keep) : IAsyncDisposable
    {
        private readonly List<ImportError> _kept = [];
        private StreamWriter? _writer;

        public IReadOnlyList<ImportError> Kept => _kept;

        public void Add(long line, IReadOnlyList<string> fields, IEnumerable<FieldError> errors)
        {
            foreach (var e in errors)
            {
                var message = e.Message(Messages.Vietnamese);
                if (_kept.Count < keep)
                {
                    _kept.Add(new ImportError(line, e.Field, e.Code, message));
                }

                if (path is null)
                {
                    continue;
                }

                if (_writer is null)
                {
                    _writer = new StreamWriter(path, false, new UTF8Encoding(true));
                    _writer.WriteLine(string.Join(',', new[] { "line", "field", "code", "message" }.Concat(header).Select(Quote)));
                }

                var values = new[] { line.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Field, e.Code, message }.Concat(fields);
                _writer.WriteLine(string.Join(',', values.Select(Quote)));
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_writer is not null)
            {
                await _writer.DisposeAsync();
            }
            else if (path is not null && File.Exists(path))
            {
                // No rejected rows this time: a stale errors file from an earlier run would mislead.
                File.Delete(path);
            }
        }

        // The file repeats what the operator's file held, and is opened in Excel: a value like "=1+2 Sáu" must stay text
        // (security finding B18), so each field goes through the one CSV writer (leading quote, RFC 4180 quoting).
        private static string Quote(string field) => SpreadsheetText.Csv(field);
    }
}
