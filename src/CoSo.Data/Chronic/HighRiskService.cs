using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Core.Records;
using CoSo.Data.Access;
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
        var adultBorn = today.Year - 18;
        // Registry patients are followed up, not screened. (Two queries: IgnoreQueryFilters in a subquery would
        // switch off the person filter of the outer query too.)
        var enrolments = aggregate ? db.Set<ChronicEnrolment>().Unfiltered(UnscopedReason.IndicatorComputation) : db.VisibleEnrolments();
        var residents = aggregate ? db.People.Unfiltered(UnscopedReason.IndicatorComputation) : db.People;
        var enrolled = (await enrolments.Where(e => e.OrgUnitId == stationId && e.Status == EnrolmentStatus.Active)
            .Select(e => e.PersonId).ToListAsync(ct)).ToHashSet();
        var people = (await residents.AsNoTracking()
            .Where(p => p.OrgUnitId == stationId && !p.IsDeceased && !p.MovedAway && p.MergedIntoId == null && p.BirthYear <= adultBorn)
            .Select(p => new { p.Id, p.ProvinceCode, p.FullName, p.Phone, p.VillageId, p.BirthDate, p.BirthYear, p.Sex })
            .ToListAsync(ct)).Where(p => !enrolled.Contains(p.Id)).ToList();
        // Aggregates over the station's residents; only those in the (scoped) list above are looked up.
        var visits = await VisitFactsAsync([stationId], today, ct);
        var records = await RecordsAsync([stationId], ct);
        var diagnoses = await DiagnosisFactsAsync([stationId], today, ct);
        var highRisk = 0;
        var checkedCount = 0;
        var checkedIds = new List<Guid>();
        var items = new List<HighRiskItem>();
        foreach (var p in people)
        {
            var v = visits.GetValueOrDefault(p.Id);
            var age = VietnamClock.AgeInYears(p.BirthDate ?? new DateOnly(p.BirthYear, 7, 1), today);
            var reasons = Evaluate(age, p.Sex, v, records.GetValueOrDefault(p.Id), diagnoses.GetValueOrDefault(p.Id));
            if (reasons.Count == 0)
            {
                continue;
            }

            // A raised reading alone is listed to confirm the diagnosis, outside T4.
            var counted = HighRiskRules.IsHighRisk(reasons);
            highRisk += counted ? 1 : 0;
            if (rules.IsChecked(v?.LastBp, v?.LastGlucose, today))
            {
                if (counted)
                {
                    checkedCount++;
                    checkedIds.Add(p.Id);
                }

                continue;
            }

            items.Add(new HighRiskItem(p.Id, p.ProvinceCode, p.FullName, p.Phone, p.VillageId, age, reasons, v?.LastBp, v?.LastGlucose));
        }

        return new HighRiskList(today, items.OrderByDescending(i => i.Reasons.Count).ThenBy(i => i.FullName, StringComparer.Ordinal).ToList(),
            new Indicator(checkedCount, highRisk, checkedIds));
    }

    /// <summary>
    /// T4 (checked, high-risk) of many stations at once, for the indicator engine: the same rules and facts as
    /// <see cref="ComputeAsync"/>, but one statement per kind of fact for all the stations instead of one set per
    /// station, and only the columns the rules need. Ignores the actor's scope (aggregate figures).
    /// </summary>
    internal async Task<IReadOnlyDictionary<Guid, (int Checked, int HighRisk)>> CountByStationAsync(
        IReadOnlyCollection<Guid> stationIds, DateOnly today, CancellationToken ct = default)
    {
        var rules = options.Plan.HighRisk;
        var adultBorn = today.Year - 18;
        var ids = stationIds.ToList();
        var enrolled = (await db.Set<ChronicEnrolment>().Unfiltered(UnscopedReason.ThroughVisibleResident)
            .Where(e => ids.Contains(e.OrgUnitId) && e.Status == EnrolmentStatus.Active)
            .Select(e => new { e.OrgUnitId, e.PersonId }).ToListAsync(ct)).Select(e => (e.OrgUnitId, e.PersonId)).ToHashSet();
        var people = await db.People.Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(p => ids.Contains(p.OrgUnitId) && !p.IsDeceased && !p.MovedAway && p.MergedIntoId == null && p.BirthYear <= adultBorn)
            .Select(p => new { p.Id, p.OrgUnitId, p.BirthDate, p.BirthYear, p.Sex })
            .ToListAsync(ct);
        var visits = await VisitFactsAsync(ids, today, ct);
        var records = await RecordsAsync(ids, ct);
        var diagnoses = await DiagnosisFactsAsync(ids, today, ct);
        var counts = ids.Distinct().ToDictionary(s => s, _ => (Checked: 0, HighRisk: 0));
        foreach (var p in people.Where(p => !enrolled.Contains((p.OrgUnitId, p.Id))))
        {
            var v = visits.GetValueOrDefault(p.Id);
            var age = VietnamClock.AgeInYears(p.BirthDate ?? new DateOnly(p.BirthYear, 7, 1), today);
            if (!HighRiskRules.IsHighRisk(Evaluate(age, p.Sex, v, records.GetValueOrDefault(p.Id), diagnoses.GetValueOrDefault(p.Id))))
            {
                continue;
            }

            var (isChecked, highRisk) = counts[p.OrgUnitId];
            counts[p.OrgUnitId] = (rules.IsChecked(v?.LastBp, v?.LastGlucose, today) ? isChecked + 1 : isChecked, highRisk + 1);
        }

        return counts;
    }

    private IReadOnlyList<HighRiskReason> Evaluate(int age, Sex sex, VisitFacts? v, RiskRecord? r, DiagnosisFacts? d) =>
        options.Plan.HighRisk.Evaluate(new HighRiskFacts(age, v?.Bmi, r?.Tobacco == RiskLevel.Current, r is { FamilyDiabetes: true }, v?.MaxSys, v?.MaxDia)
        {
            Sex = sex,
            Hypertension = d?.Hypertension ?? false,
            Prediabetes = r is { Prediabetes: true } || d is { Prediabetes: true },
            GestationalDiabetes = r is { GestationalDiabetes: true },
            Inactive = r?.PhysicallyActive == false,
            WaistCm = v?.Waist,
        });

    /// <summary>
    /// Hypertension (I10–I15) and prediabetes (R73) diagnosed at a visit up to <paramref name="today"/>; aggregate
    /// facts like <see cref="VisitFactsAsync"/> (one IgnoreQueryFilters covers the whole statement, joins included).
    /// </summary>
    private async Task<Dictionary<Guid, DiagnosisFacts>> DiagnosisFactsAsync(List<Guid> stationIds, DateOnly today, CancellationToken ct)
    {
        string[] codes = ["I10", "I11", "I12", "I13", "I15", "R73"];
        var rows = await db.EncounterDiagnoses.Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(d => codes.Contains(d.Code.Substring(0, 3)) && db.People.Any(p => p.ProvinceCode == d.ProvinceCode && p.Id == d.PersonId && stationIds.Contains(p.OrgUnitId)))
            .Join(db.Encounters.Where(e => !e.Voided && e.VisitDate <= today), d => new { d.ProvinceCode, Id = d.EncounterId }, e => new { e.ProvinceCode, e.Id }, (d, e) => new { d.PersonId, d.Code })
            .Distinct().ToListAsync(ct);
        return rows.GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => new DiagnosisFacts(
            g.Any(r => !r.Code.StartsWith("R73", StringComparison.OrdinalIgnoreCase)), g.Any(r => r.Code.StartsWith("R73", StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>Per resident of the stations, visits up to <paramref name="today"/>: one grouped statement.</summary>
    private async Task<Dictionary<Guid, VisitFacts>> VisitFactsAsync(List<Guid> stationIds, DateOnly today, CancellationToken ct)
    {
        var from = today.AddMonths(-options.Plan.HighRisk.CheckWithinMonths);
        return await db.Encounters.Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(v => !v.Voided && v.VisitDate <= today && db.People.Any(p => p.ProvinceCode == v.ProvinceCode && p.Id == v.PersonId && stationIds.Contains(p.OrgUnitId)))
            .GroupBy(v => v.PersonId)
            .Select(g => new VisitFacts(
                g.Key,
                g.Max(v => v.Systolic),
                g.Max(v => v.Diastolic),
                g.Max(v => v.VisitDate > from ? v.Bmi : null),
                g.Max(v => v.Systolic != null ? (DateOnly?)v.VisitDate : null),
                g.Max(v => v.CapillaryGlucoseMmol != null ? (DateOnly?)v.VisitDate : null),
                g.Max(v => v.VisitDate > from ? v.WaistCm : null)))
            .ToDictionaryAsync(x => x.PersonId, ct);
    }

    /// <summary>The latest health-record version of each resident of the stations.</summary>
    private async Task<Dictionary<Guid, RiskRecord>> RecordsAsync(List<Guid> stationIds, CancellationToken ct) =>
        (await db.HealthRecords.Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(h => db.People.Any(p => p.ProvinceCode == h.ProvinceCode && p.Id == h.PersonId && stationIds.Contains(p.OrgUnitId)))
            .Select(h => new RiskRecord(h.PersonId, h.VersionNo, h.Tobacco, h.FamilyDiabetes, h.PhysicallyActive, h.GestationalDiabetes, h.Prediabetes)).ToListAsync(ct))
            .GroupBy(h => h.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(h => h.VersionNo)!);

    private sealed record VisitFacts(Guid PersonId, int? MaxSys, int? MaxDia, decimal? Bmi, DateOnly? LastBp, DateOnly? LastGlucose, decimal? Waist);

    private sealed record RiskRecord(Guid PersonId, int VersionNo, RiskLevel Tobacco, bool FamilyDiabetes, bool? PhysicallyActive, bool GestationalDiabetes, bool Prediabetes);

    private sealed record DiagnosisFacts(bool Hypertension, bool Prediabetes);
}
