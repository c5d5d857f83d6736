using System.Text;
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

            IPersonBatchWriter writer = db.IsPostgres ? new PostgresPersonBatchWriter(db) : new EfPersonBatchWriter(db);
            var batch = new Dictionary<(string, string), Person>(options.BatchSize);
            long read = 0, inserted = 0, updated = 0, rejected = 0;
            var rowErrors = new List<FieldError>();
            while (csv.ReadRow() is { } row)
            {
                ct.ThrowIfCancellationRequested();
                read++;
                rowErrors.Clear();
                var person = parser.Parse(row, rowErrors);
                if (person is null)
                {
                    rejected++;
                    errors.Add(row.LineNumber, row.Fields, rowErrors);
                }
                else
                {
                    // A CCCD repeated within the file: the later row wins, counted as an update of the earlier one.
                    var key = (person.ProvinceCode, person.Cccd!);
                    if (batch.ContainsKey(key))
                    {
                        updated++;
                    }

                    batch[key] = person;
                }

                if (batch.Count >= options.BatchSize)
                {
                    (inserted, updated) = await FlushAsync(writer, batch, inserted, updated, ct);
                }

                if (read % ProgressEvery == 0)
                {
                    options.OnProgress?.Invoke(read);
                }
            }

            (inserted, updated) = await FlushAsync(writer, batch, inserted, updated, ct);
            options.OnProgress?.Invoke(read);
            logger.LogInformation("Import finished: read {Read}, inserted {Inserted}, updated {Updated}, rejected {Rejected}", read, inserted, updated, rejected);
            return new ImportResult(read, inserted, updated, rejected, errors.Kept);
        }
    }

    private async Task<(long Inserted, long Updated)> FlushAsync(IPersonBatchWriter writer, Dictionary<(string, string), Person> batch, long inserted, long updated, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return (inserted, updated);
        }

        var (i, u) = await writer.WriteAsync([.. batch.Values], time.GetUtcNow(), ct);
        logger.LogDebug("Batch of {Rows} rows: {Inserted} inserted, {Updated} updated", batch.Count, i, u);
        batch.Clear();
        return (inserted + i, updated + u);
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

        private static string Quote(string field) =>
            field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
