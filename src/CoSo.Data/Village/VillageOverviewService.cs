using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Core.Maternal;
using CoSo.Core.Organisation;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data.Access;
using CoSo.Data.Chronic;
using CoSo.Data.Growth;
using CoSo.Data.Immunization;
using CoSo.Data.Maternal;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Village;

/// <summary>
/// The village health worker's home: the villages in the worker's scope with their households, children due for a
/// vaccine, chronic patients overdue, pregnant women and recent case reports. A worker's scope is the village, and the
/// station-scoped rows (doses, pregnancies, cases) are kept by the station: they are read here for the residents of a
/// village already checked to be in scope (the same restatement as the chronic queries; see ADR 0005). Every resident
/// listed is audited.
/// </summary>
public sealed class VillageOverviewService(CoSoDbContext db, TimeProvider time, OverdueService overdue, AncDueService anc, PostnatalDueService postnatal, WeighingDueService weighing)
{
    private const int RecentCaseDays = 28;

    public async Task<IReadOnlyList<VillageOverview>> MineAsync(CancellationToken ct = default)
    {
        var result = await UnauditedAsync(ct);
        await db.AuditReadsAsync("home:village", result.SelectMany(PeopleOf), ct);
        return result;
    }

    /// <summary>The same lists without their read audit: for the village app's sync, which audits every resident it carries at once.</summary>
    internal async Task<IReadOnlyList<VillageOverview>> UnauditedAsync(CancellationToken ct = default)
    {
        var scope = db.Actor.Scope;
        if (scope.All)
        {
            return [];
        }

        var ids = scope.UnitIds;
        var villages = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Village && ids.Contains(u.Id)).OrderBy(u => u.Name).Take(20).ToListAsync(ct);
        var result = new List<VillageOverview>();
        foreach (var v in villages)
        {
            result.Add(await OneAsync(v, ct));
        }

        return result;
    }

    private async Task<VillageOverview> OneAsync(OrgUnit village, CancellationToken ct)
    {
        var today = VietnamClock.Today(time);
        var stationId = village.ParentId ?? Guid.Empty;
        var station = await db.OrgUnits.AsNoTracking().Where(u => u.Id == stationId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        var residents = db.People.AsNoTracking().Where(p => p.VillageId == village.Id && p.MergedIntoId == null && !p.IsDeceased && !p.MovedAway);
        var residentCount = await residents.CountAsync(ct);
        var households = await db.Households.AsNoTracking().CountAsync(h => h.VillageId == village.Id, ct);

        var children = await ChildRegister.LoadAsync(db, ChildRegister.Children(db, stationId, today, [village.Id], ignoreScope: true), ct, ignoreScope: true);
        var programmes = await ChildRegister.ProgrammesAsync(db, stationId, ct);
        var schedule = ImmunizationSchedule.LoadDefault();
        var due = children
            .Select(c => (Child: c, Status: StatusSummary.From(ScheduleEngine.Evaluate(schedule.ForProvince(c.ProvinceCode), c.BirthDate, today, c.Doses, programmes))))
            .Where(x => x.Status.DueCount + x.Status.OverdueCount > 0)
            .OrderByDescending(x => x.Status.OverdueCount).ThenBy(x => x.Status.NextDate)
            .Select(x => new VillageChild(x.Child.Id, x.Child.ProvinceCode, x.Child.FullName, x.Child.BirthDate, x.Status.NextVaccine, x.Status.NextDose, x.Status.NextDate, x.Status.OverdueCount))
            .ToList();

        var chronic = (await overdue.ListAsync(null, village.Id, ct)).Items;

        var villageId = village.Id;
        var pregnancies = await db.Set<Pregnancy>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(pr => (pr.Status == PregnancyStatus.Reported || pr.Status == PregnancyStatus.Active)
                && db.People.Any(p => p.ProvinceCode == pr.ProvinceCode && p.Id == pr.PersonId && p.VillageId == villageId && p.MergedIntoId == null))
            .Join(db.People, pr => new { pr.ProvinceCode, Id = pr.PersonId }, p => new { p.ProvinceCode, p.Id }, (pr, p) => new { pr, p.FullName, p.Phone })
            .ToListAsync(ct);
        var expecting = pregnancies.Where(x => x.pr.EstimatedDelivery >= today.AddDays(-42)).OrderBy(x => x.pr.EstimatedDelivery)
            .Select(x => new VillagePregnancy(x.pr.PersonId, x.pr.ProvinceCode, x.FullName, x.pr.EstimatedDelivery, x.Phone)).ToList();

        var since = today.AddDays(-RecentCaseDays);
        var cases = await db.Set<CaseReport>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(c => c.OnsetDate >= since && (c.VillageId == villageId
                || db.People.Any(p => p.ProvinceCode == c.ProvinceCode && p.Id == c.PersonId && p.VillageId == villageId)))
            .OrderByDescending(c => c.OnsetDate).Take(20)
            .Select(c => new { c.Id, c.DiseaseCode, c.PersonId, c.ProvinceCode, c.OnsetDate }).ToListAsync(ct);
        var caseNames = await residents.Where(p => cases.Select(c => c.PersonId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var recent = cases.Select(c => new VillageCase(c.Id, c.DiseaseCode, c.PersonId is { } pid ? caseNames.GetValueOrDefault(pid) : null, c.OnsetDate, c.PersonId)).ToList();

        // The mother-and-child lists of the station, narrowed to this village (the worker's scope reaches its residents).
        var ancDue = (await anc.ListAsync(null, villageId, ct: ct)).Items;
        var postnatalDue = (await postnatal.ListAsync(null, villageId, ct)).Items;
        var weighingDue = (await weighing.ListAsync(null, villageId, ct: ct)).Items;

        return new VillageOverview(village.Id, village.Name, station, residentCount, households, due, chronic, expecting, recent)
        {
            AncDue = ancDue, PostnatalDue = postnatalDue, WeighingDue = weighingDue,
        };
    }

    internal static IEnumerable<(Guid, string)> PeopleOf(VillageOverview v) =>
        v.ChildrenDue.Select(c => (c.PersonId, c.ProvinceCode)).Concat(v.Pregnancies.Select(p => (p.PersonId, p.ProvinceCode))).Concat(v.ChronicOverdue.Select(o => (o.PersonId, o.ProvinceCode)))
            .Concat(v.AncDue.Select(a => (a.PersonId, a.ProvinceCode))).Concat(v.PostnatalDue.Select(a => (a.MotherId, a.ProvinceCode)))
            .Concat(v.PostnatalDue.SelectMany(a => a.Newborns.Select(n => (n.PersonId, a.ProvinceCode))));
}
