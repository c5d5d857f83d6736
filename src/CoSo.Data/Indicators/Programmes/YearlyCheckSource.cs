using CoSo.Core.Encounters;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Data.Indicators.Sources;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Programmes;

/// <summary>
/// PHC.yearlyCheck (Resolution 72-NQ/TW, docs/indicators.md): residents managed on the period's last day with a
/// periodic check or screening visit, not voided, dated in the 12 months ending that day (after the same day one year
/// earlier, up to and including the last day) / residents managed that day. A visit whose main diagnosis is a check-up or
/// screening code of ICD-10 chapter XXI (Z00 general examination, Z10 routine check-up of a defined group, Z11–Z13
/// special screening) counts too, whatever its purpose field says: a station that codes its checks correctly is not
/// penalised, and visits recorded before the purpose field existed are counted.
/// </summary>
public sealed class YearlyCheckSource : IDisaggregatedSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Person), typeof(Encounter)];

    public IndicatorDefinition Definition => ReportIndicators.YearlyCheckDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var managed = ManagedResidents.On(db, period.End, stationIds);
        var denominators = await managed.GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        var numerators = await Checked(db, managed, period.End).GroupBy(p => p.OrgUnitId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return denominators.Select(d => new UnitValue(d.Key, numerators.GetValueOrDefault(d.Key), d.Value)).ToList();
    }

    public async Task<IReadOnlyList<CategoryValue>> ComputeBreakdownAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var managed = ManagedResidents.On(db, period.End, stationIds);
        var counted = Checked(db, managed, period.End).Select(p => p.Id);
        var input = managed.Select(p => new BandInput { OrgUnitId = p.OrgUnitId, Sex = p.Sex, BirthDate = p.BirthDate, BirthYear = p.BirthYear, Counted = counted.Contains(p.Id) });
        return await Banded.CountAsync(input, period.End, ct);
    }

    /// <summary>The managed residents with a periodic check or screening in the 12 months ending <paramref name="end"/>.</summary>
    public static IQueryable<Person> Checked(CoSoDbContext db, IQueryable<Person> managed, DateOnly end)
    {
        var from = end.AddYears(-1);
        return managed.Where(p => db.Set<Encounter>().Any(v => v.ProvinceCode == p.ProvinceCode && v.PersonId == p.Id && !v.Voided
            && v.VisitDate > from && v.VisitDate <= end
            && (v.Purpose != VisitPurpose.Illness
                || db.Set<EncounterDiagnosis>().Any(d => d.ProvinceCode == v.ProvinceCode && d.EncounterId == v.Id && d.IsMain
                    && (d.Code.StartsWith("Z00") || d.Code.StartsWith("Z10") || d.Code.StartsWith("Z11") || d.Code.StartsWith("Z12") || d.Code.StartsWith("Z13"))))));
    }
}
