using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.People;

/// <summary>
/// The embedded (SQLite) path: plain EF in a transaction per batch. The context audits each insert and update itself
/// (actions "create"/"update"), which at station scale costs little.
/// </summary>
internal sealed class EfPersonBatchWriter(CoSoDbContext db) : IPersonBatchWriter
{
    public async Task<(int Inserted, int Updated)> WriteAsync(IReadOnlyList<Person> batch, DateTimeOffset now, CancellationToken ct)
    {
        var cccds = batch.Select(p => p.Cccd!).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = (await db.People.IgnoreQueryFilters().Where(p => p.Cccd != null && cccds.Contains(p.Cccd)).ToListAsync(ct))
            .ToDictionary(p => (p.ProvinceCode, p.Cccd!));
        int inserted = 0, updated = 0;
        foreach (var row in batch)
        {
            if (existing.TryGetValue((row.ProvinceCode, row.Cccd!), out var person))
            {
                CopyImportedFields(row, person);
                person.UpdatedAt = now;
                person.Version++;
                updated++;
            }
            else
            {
                row.Id = Guid.CreateVersion7();
                row.CreatedAt = now;
                row.UpdatedAt = now;
                row.Version = 1;
                db.People.Add(row);
                inserted++;
            }
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (inserted, updated);
    }

    /// <summary>The file is authoritative for the columns it defines; household links and status flags are kept.</summary>
    private static void CopyImportedFields(Person from, Person to)
    {
        to.OrgUnitId = from.OrgUnitId;
        to.VillageId = from.VillageId;
        to.CommuneCode = from.CommuneCode;
        to.FullName = from.FullName;
        to.NameKey = from.NameKey;
        to.BirthDate = from.BirthDate;
        to.BirthYear = from.BirthYear;
        to.Sex = from.Sex;
        to.EthnicityCode = from.EthnicityCode;
        to.Phone = from.Phone;
        to.AddressLine = from.AddressLine;
        to.BhytNumber = from.BhytNumber;
        to.SocialInsuranceNumber = from.SocialInsuranceNumber;
        to.BhytValidFrom = from.BhytValidFrom;
        to.BhytValidTo = from.BhytValidTo;
        to.BhytFacilityCode = from.BhytFacilityCode;
    }
}
