using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Chronic;

/// <summary>
/// The annual check of high-risk adults not in a registry. Rules come from the data file; BMI is the highest recorded
/// in the check period, a raised reading is any BP ever recorded at or above the threshold.
/// </summary>
public sealed class HighRiskService(CoSoDbContext db, TimeProvider time, ChronicOptions options)
{
    public Task<HighRiskList> ListAsync(Guid stationId, CancellationToken ct = default) =>
        ComputeAsync(stationId, VietnamClock.Today(time), aggregate: false, ct);

    /// <summary>
    /// The list and T4 as of a date (visits after it are ignored). <paramref name="aggregate"/> = true ignores the
    /// actor's scope, for the indicator engine (its figures are scoped when read).
    /// </summary>
    internal async Task<HighRiskList> ComputeAsync(Guid stationId, DateOnly today, bool aggregate, CancellationToken ct = default)
    {
        var rules = options.Plan.HighRisk;
        var from = today.AddMonths(-rules.CheckWithinMonths);
        var adultBorn = today.Year - 18;
        // Registry patients are followed up, not screened. (Two queries: IgnoreQueryFilters in a subquery would
        // switch off the person filter of the outer query too.)
        var enrolments = aggregate ? db.Set<ChronicEnrolment>().IgnoreQueryFilters() : db.VisibleEnrolments();
        var residents = aggregate ? db.People.IgnoreQueryFilters() : db.People;
        var enrolled = (await enrolments.Where(e => e.OrgUnitId == stationId && e.Status == EnrolmentStatus.Active)
            .Select(e => e.PersonId).ToListAsync(ct)).ToHashSet();
        var people = (await residents.AsNoTracking()
            .Where(p => p.OrgUnitId == stationId && !p.IsDeceased && !p.MovedAway && p.MergedIntoId == null && p.BirthYear <= adultBorn)
            .Select(p => new { p.Id, p.ProvinceCode, p.FullName, p.Phone, p.VillageId, p.BirthDate, p.BirthYear })
            .ToListAsync(ct)).Where(p => !enrolled.Contains(p.Id)).ToList();
        // Aggregates over the station's residents; only those in the (scoped) list above are looked up.
        var visits = await db.Encounters.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.VisitDate <= today && db.People.Any(p => p.ProvinceCode == v.ProvinceCode && p.Id == v.PersonId && p.OrgUnitId == stationId))
            .GroupBy(v => v.PersonId)
            .Select(g => new
            {
                PersonId = g.Key,
                MaxSys = g.Max(v => v.Systolic),
                MaxDia = g.Max(v => v.Diastolic),
                Bmi = g.Max(v => v.VisitDate > from ? v.Bmi : null),
                LastBp = g.Max(v => v.Systolic != null ? (DateOnly?)v.VisitDate : null),
                LastGlucose = g.Max(v => v.CapillaryGlucoseMmol != null ? (DateOnly?)v.VisitDate : null),
            })
            .ToDictionaryAsync(x => x.PersonId, ct);
        var records = (await db.HealthRecords.IgnoreQueryFilters().AsNoTracking()
            .Where(h => db.People.Any(p => p.ProvinceCode == h.ProvinceCode && p.Id == h.PersonId && p.OrgUnitId == stationId))
            .Select(h => new { h.PersonId, h.VersionNo, h.Tobacco, h.FamilyHypertension, h.FamilyDiabetes }).ToListAsync(ct))
            .GroupBy(h => h.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(h => h.VersionNo)!);
        var highRisk = 0;
        var checkedCount = 0;
        var checkedIds = new List<Guid>();
        var items = new List<HighRiskItem>();
        foreach (var p in people)
        {
            var v = visits.GetValueOrDefault(p.Id);
            var r = records.GetValueOrDefault(p.Id);
            var age = VietnamClock.AgeInYears(p.BirthDate ?? new DateOnly(p.BirthYear, 7, 1), today);
            var reasons = rules.Evaluate(new HighRiskFacts(age, v?.Bmi, r?.Tobacco == RiskLevel.Current, r is { FamilyHypertension: true } or { FamilyDiabetes: true }, v?.MaxSys, v?.MaxDia));
            if (reasons.Count == 0)
            {
                continue;
            }

            highRisk++;
            if (rules.IsChecked(v?.LastBp, v?.LastGlucose, today))
            {
                checkedCount++;
                checkedIds.Add(p.Id);
                continue;
            }

            items.Add(new HighRiskItem(p.Id, p.ProvinceCode, p.FullName, p.Phone, p.VillageId, age, reasons, v?.LastBp, v?.LastGlucose));
        }

        return new HighRiskList(today, items.OrderByDescending(i => i.Reasons.Count).ThenBy(i => i.FullName, StringComparer.Ordinal).ToList(),
            new Indicator(checkedCount, highRisk, checkedIds));
    }
}
