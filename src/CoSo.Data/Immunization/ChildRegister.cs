using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Immunization;

/// <summary>
/// The children's register (docs/immunization.md): residents of a station born less than 8 years ago (the school-age Td at 7 years included) (full birth date
/// known), not deceased, not moved away, not merged. Moving in or out follows the resident's station and flags.
/// </summary>
internal static class ChildRegister
{
    public const int AgeLimitYears = 8; // the Td booster at 7 years (TT 10/2024) is the register's last dose

    public static IQueryable<Person> Children(CoSoDbContext db, Guid stationId, DateOnly today, IReadOnlyCollection<Guid>? villageIds = null, bool ignoreScope = false)
    {
        var bornAfter = today.AddYears(-AgeLimitYears);
        var people = ignoreScope ? db.People.Unfiltered(UnscopedReason.IndicatorComputation) : db.People;
        var q = people.AsNoTracking().Where(p => p.OrgUnitId == stationId && p.BirthDate != null && p.BirthDate > bornAfter
            && !p.IsDeceased && !p.MovedAway && p.MergedIntoId == null);
        if (villageIds is { Count: > 0 })
        {
            q = q.Where(p => p.VillageId != null && villageIds.Contains(p.VillageId.Value));
        }

        return q;
    }

    /// <summary>
    /// The children of <paramref name="people"/> and their doses in two queries: the doses by a semi-join on the same
    /// query (province_code, person_id — the dose index), so a station's register costs two round trips whatever its size.
    /// </summary>
    /// <remarks>
    /// With <paramref name="withBirthDoseTimes"/> (coverage), the time of birth and, in a third query, the recorded times
    /// of the doses that can fill the HepB birth dose (its code and the products crediting it): kept out of the dose query
    /// so that the due lists' index-only scan of (province_code, person_id, given_on) INCLUDE (vaccine, dose_number) stays.
    /// </remarks>
    public static async Task<List<RegisterChild>> LoadAsync(CoSoDbContext db, IQueryable<Person> people, CancellationToken ct, bool ignoreScope = false, bool withBirthDoseTimes = false)
    {
        var children = await people.Select(p => new { p.Id, p.ProvinceCode, p.FullName, p.BirthDate, p.BirthTime, p.Sex, p.VillageId, p.HouseholdId }).ToListAsync(ct);
        if (children.Count == 0)
        {
            return [];
        }

        var doseSet = ignoreScope ? db.Set<ImmunizationDose>().Unfiltered(UnscopedReason.IndicatorComputation) : db.Set<ImmunizationDose>();
        var doses = await doseSet.AsNoTracking()
            .Where(d => people.Any(p => p.ProvinceCode == d.ProvinceCode && p.Id == d.PersonId))
            .Select(d => new { d.PersonId, d.Vaccine, d.DoseNumber, d.GivenOn }).ToListAsync(ct);
        var byPerson = doses.ToLookup(d => d.PersonId, d => new GivenDose(d.Vaccine, d.DoseNumber, d.GivenOn));
        ILookup<Guid, (string, DateOnly, TimeOnly)>? timed = null;
        if (withBirthDoseTimes)
        {
            var codes = BirthDoseCodes;
            var rows = await doseSet.AsNoTracking()
                .Where(d => d.GivenTime != null && codes.Contains(d.Vaccine) && people.Any(p => p.ProvinceCode == d.ProvinceCode && p.Id == d.PersonId))
                .Select(d => new { d.PersonId, d.Vaccine, d.GivenOn, d.GivenTime }).ToListAsync(ct);
            timed = rows.ToLookup(d => d.PersonId, d => (d.Vaccine, d.GivenOn, d.GivenTime!.Value));
        }

        return children.Select(c => new RegisterChild(c.Id, c.ProvinceCode, c.FullName, c.BirthDate!.Value, c.Sex, c.VillageId, c.HouseholdId, byPerson[c.Id].ToList(),
            withBirthDoseTimes ? c.BirthTime : null,
            timed?[c.Id] is { } t && t.Any() ? t.GroupBy(x => (x.Item1, x.Item2)).ToDictionary(g => g.Key, g => g.Min(x => x.Item3)) : null)).ToList();
    }

    /// <summary>The programmes of the station's children: routine, plus high-risk-area vaccines where the station is marked.</summary>
    // The codes a HepB birth dose can be recorded under: the schedule's own and the catalogue products that credit it.
    private static readonly List<string> BirthDoseCodes =
        [VaccineCodes.HepBBirth, .. ImmunizationSchedule.LoadDefault().Products.Where(p => p.CreditsCodes.Contains(VaccineCodes.HepBBirth)).Select(p => p.Code)];

    public static async Task<ChildProgrammes> ProgrammesAsync(CoSoDbContext db, Guid? stationId, CancellationToken ct) =>
        HighRiskArea.ProgrammesFor(stationId is { } id && await db.Set<HighRiskArea>().AnyAsync(h => h.StationId == id, ct));

    public static async Task<Dictionary<Guid, string>> VillageNamesAsync(CoSoDbContext db, Guid stationId, CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == stationId && u.Kind == OrgUnitKind.Village).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

    /// <summary>The station must exist, be a station, and lie in the actor's scope (else 404, like a missing one).</summary>
    public static async Task<OrgUnit> StationAsync(CoSoDbContext db, Guid stationId, CancellationToken ct)
    {
        var station = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == stationId, ct);
        if (station is null || station.Kind != OrgUnitKind.CommuneHealthStation || !db.Actor.Scope.Allows(station.Id))
        {
            throw new NotFoundException();
        }

        return station;
    }
}
