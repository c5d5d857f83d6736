using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.People;

/// <summary>
/// The embedded (SQLite) path: plain EF in a transaction per batch. The context audits each insert and update itself
/// (actions "create"/"update"), which at station scale costs little.
/// </summary>
internal sealed class EfPersonBatchWriter(CoSoDbContext db) : IPersonBatchWriter
{
    /// <summary>
    /// Values per look-up query. EF Core 10 sends a <c>Contains</c> over a list as one SQL parameter per value, and
    /// SQLite refuses a statement with more than 32,766 parameters: a whole 50,000-row batch in one query failed.
    /// </summary>
    internal const int LookupChunk = 500;

    private readonly MonotonicUuid7 _ids = new();

    public async Task<BatchCounts> WriteAsync(IReadOnlyList<Person> batch, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = new Dictionary<(string, string), Person>(batch.Count);
        foreach (var chunk in batch.Select(p => p.Cccd!).Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            foreach (var p in await db.People.Unfiltered(UnscopedReason.DuplicateDetection).Where(p => p.Cccd != null && chunk.Contains(p.Cccd)).ToListAsync(ct))
            {
                existing[(p.ProvinceCode, p.Cccd!)] = p;
            }
        }
        long updated = 0, unchanged = 0;
        var added = new List<Person>();
        foreach (var row in batch)
        {
            if (existing.TryGetValue((row.ProvinceCode, row.Cccd!), out var person))
            {
                if (SameImportedFields(row, person))
                {
                    unchanged++;
                    continue;
                }

                CopyImportedFields(row, person);
                person.UpdatedAt = now;
                person.Version++;
                updated++;
            }
            else
            {
                row.Id = _ids.Next();
                row.CreatedAt = now;
                row.UpdatedAt = now;
                row.Version = 1;
                db.People.Add(row);
                added.Add(row);
            }
        }

        await FlagProbableDuplicatesAsync(added, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new BatchCounts(added.Count, updated, unchanged);
    }

    /// <summary>
    /// Registration's probable-duplicate rule (same folded name, birth year and commune; birth dates equal or one
    /// unknown; not merged) for the newcomers of a batch: one with an earlier twin, stored or earlier in the batch, is flagged.
    /// </summary>
    private async Task FlagProbableDuplicatesAsync(List<Person> added, CancellationToken ct)
    {
        var earlier = new List<Person>();
        foreach (var chunk in added.Select(p => p.NameKey).Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            earlier.AddRange(await db.People.Unfiltered(UnscopedReason.DuplicateDetection).AsNoTracking()
                .Where(p => chunk.Contains(p.NameKey) && p.MergedIntoId == null).ToListAsync(ct));
        }

        var twins = earlier.Concat(added).ToLookup(p => (p.NameKey, p.BirthYear, p.CommuneCode));
        foreach (var p in added)
        {
            p.NeedsDuplicateReview = twins[(p.NameKey, p.BirthYear, p.CommuneCode)]
                .Any(q => q.CommuneCode is not null && q.Id.CompareTo(p.Id) < 0 && (q.BirthDate == p.BirthDate || q.BirthDate is null || p.BirthDate is null));
        }
    }

    private static bool SameImportedFields(Person from, Person to) =>
        to.OrgUnitId == from.OrgUnitId && to.VillageId == from.VillageId && to.CommuneCode == from.CommuneCode
        && to.FullName == from.FullName && to.BirthDate == from.BirthDate && to.BirthYear == from.BirthYear
        && to.Sex == from.Sex && to.EthnicityCode == from.EthnicityCode && to.Phone == from.Phone
        && to.AddressLine == from.AddressLine && to.BhytNumber == from.BhytNumber && to.BhytValidFrom == from.BhytValidFrom
        && to.BhytValidTo == from.BhytValidTo && to.BhytFacilityCode == from.BhytFacilityCode;

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
