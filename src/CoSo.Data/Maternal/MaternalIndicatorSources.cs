using CoSo.Core.Immunization;
using CoSo.Core.Indicators;
using CoSo.Core.Maternal;
using CoSo.Core.People;
using CoSo.Data.Access;
using CoSo.Data.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>Deliveries of the period at the given stations (the women's stations), the denominator of most maternal figures.</summary>
internal static class PeriodDeliveries
{
    public static IQueryable<Delivery> Of(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds) =>
        db.Set<Delivery>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(d => stationIds.Contains(d.OrgUnitId) && d.DeliveryDate >= period.Start && d.DeliveryDate <= period.End);

    public static IReadOnlyList<UnitValue> Pair(IReadOnlyCollection<Guid> stationIds, Dictionary<Guid, int> numerators, Dictionary<Guid, int> denominators) =>
        stationIds.Select(s => new UnitValue(s, numerators.GetValueOrDefault(s), denominators.GetValueOrDefault(s))).ToList();

    public static Task<Dictionary<Guid, int>> CountAsync(IQueryable<Delivery> deliveries, CancellationToken ct) =>
        deliveries.GroupBy(d => d.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
}

/// <summary>ANC.4visits: women who gave birth in the period with at least 4 antenatal contacts of that pregnancy up to the delivery.</summary>
public sealed class AncFourVisitsSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Delivery), typeof(AntenatalContact)];

    public IndicatorDefinition Definition => MaternalIndicators.FourVisitsDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var deliveries = PeriodDeliveries.Of(db, period, stationIds);
        var contacts = db.Set<AntenatalContact>().Unfiltered(UnscopedReason.IndicatorComputation);
        var four = await PeriodDeliveries.CountAsync(
            deliveries.Where(d => contacts.Count(c => c.ProvinceCode == d.ProvinceCode && c.PregnancyId == d.PregnancyId && c.ContactDate <= d.DeliveryDate) >= 4), ct);
        return PeriodDeliveries.Pair(stationIds, four, await PeriodDeliveries.CountAsync(deliveries, ct));
    }
}

/// <summary>
/// ANC.tetanus: women who gave birth in the period whose valid Td doses (the immunization engine's intervals) still
/// protected the newborn on the day (<see cref="TetanusProtection"/>).
/// </summary>
public sealed class AncTetanusSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Delivery), typeof(ImmunizationDose)];

    public IndicatorDefinition Definition => MaternalIndicators.TetanusDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var deliveries = await PeriodDeliveries.Of(db, period, stationIds)
            .Join(db.Set<Pregnancy>().Unfiltered(UnscopedReason.IndicatorComputation), d => new { d.ProvinceCode, Id = d.PregnancyId }, p => new { p.ProvinceCode, p.Id },
                (d, p) => new { d.OrgUnitId, d.ProvinceCode, d.PersonId, d.DeliveryDate, p.FirstContactDate })
            .ToListAsync(ct);
        var women = deliveries.Select(d => d.PersonId).Distinct().ToList();
        var doses = (await db.Set<ImmunizationDose>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
                .Where(x => women.Contains(x.PersonId) && x.Vaccine == VaccineCodes.Td).Select(x => new { x.PersonId, x.GivenOn }).ToListAsync(ct))
            .ToLookup(x => x.PersonId, x => x.GivenOn);
        var schedule = ImmunizationSchedule.LoadDefault();
        var numerators = new Dictionary<Guid, int>();
        var denominators = new Dictionary<Guid, int>();
        foreach (var d in deliveries)
        {
            denominators[d.OrgUnitId] = denominators.GetValueOrDefault(d.OrgUnitId) + 1;
            var valid = TetanusScheduleEngine.EvaluatePregnancy(schedule, d.FirstContactDate, d.DeliveryDate, doses[d.PersonId])
                .Where(e => e.Status == DoseStatus.Given).Select(e => e.GivenDate!.Value).ToList();
            if (TetanusProtection.ProtectedAtBirth(valid, d.DeliveryDate))
            {
                numerators[d.OrgUnitId] = numerators.GetValueOrDefault(d.OrgUnitId) + 1;
            }
        }

        return PeriodDeliveries.Pair(stationIds, numerators, denominators);
    }
}

/// <summary>MCH.skilledBirths: deliveries of the period attended by a doctor, midwife, assistant physician or nurse.</summary>
public sealed class SkilledBirthsSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Delivery)];

    public IndicatorDefinition Definition => MaternalIndicators.SkilledBirthsDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var deliveries = PeriodDeliveries.Of(db, period, stationIds);
        var skilled = await PeriodDeliveries.CountAsync(deliveries.Where(d => d.Attendant == BirthAttendant.Doctor || d.Attendant == BirthAttendant.Midwife
            || d.Attendant == BirthAttendant.AssistantPhysician || d.Attendant == BirthAttendant.Nurse), ct);
        return PeriodDeliveries.Pair(stationIds, skilled, await PeriodDeliveries.CountAsync(deliveries, ct));
    }
}

/// <summary>MCH.postnatal: deliveries of the period with a postnatal visit within 7 days of the birth (TT 30/2024: the first week).</summary>
public sealed class PostnatalFirstWeekSource : IIndicatorSource
{
    public const int FirstWeekDays = 7;

    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Delivery), typeof(PostnatalVisit)];

    public IndicatorDefinition Definition => MaternalIndicators.PostnatalDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var deliveries = PeriodDeliveries.Of(db, period, stationIds);
        var visits = db.Set<PostnatalVisit>().Unfiltered(UnscopedReason.IndicatorComputation);
        var visited = await PeriodDeliveries.CountAsync(deliveries.Where(d => visits.Any(v => v.ProvinceCode == d.ProvinceCode && v.DeliveryId == d.Id
            && v.VisitDate >= d.DeliveryDate && v.VisitDate <= d.DeliveryDate.AddDays(FirstWeekDays))), ct);
        return PeriodDeliveries.Pair(stationIds, visited, await PeriodDeliveries.CountAsync(deliveries, ct));
    }
}

/// <summary>MCH.stillbirths: babies born dead in the deliveries of the period / all babies born in them (‰).</summary>
public sealed class StillbirthsSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Delivery), typeof(BirthOutcome)];

    public IndicatorDefinition Definition => MaternalIndicators.StillbirthsDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var outcomes = PeriodDeliveries.Of(db, period, stationIds)
            .Join(db.Set<BirthOutcome>().Unfiltered(UnscopedReason.IndicatorComputation), d => new { d.ProvinceCode, DeliveryId = d.Id }, o => new { o.ProvinceCode, o.DeliveryId }, (d, o) => new { d.OrgUnitId, o.Kind });
        var rows = await outcomes.GroupBy(o => new { o.OrgUnitId, o.Kind }).Select(g => new { g.Key.OrgUnitId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        var still = rows.Where(r => r.Kind == BirthOutcomeKind.Stillbirth).GroupBy(r => r.OrgUnitId).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        var all = rows.GroupBy(r => r.OrgUnitId).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        return PeriodDeliveries.Pair(stationIds, still, all);
    }
}

/// <summary>
/// MCH.maternalDeaths: women who died in the period while pregnant or within 42 days of the end of a pregnancy
/// (delivered, miscarried, ended), whatever the place of death, except deaths from accidents and injuries (an
/// underlying cause in ICD-10 chapters XIX–XX, S00–Y98) — WHO's definition (ICD-10 vol. 2). Denominator: live births
/// of the period, for the ratio a district computes over years.
/// </summary>
public sealed class MaternalDeathsSource : IIndicatorSource
{
    /// <summary>First letters of the ICD-10 chapters of injuries (S, T) and external causes (V–Y).</summary>
    private static readonly string[] External = ["S", "T", "V", "W", "X", "Y"];

    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Person), typeof(Pregnancy), typeof(Delivery)];

    public IndicatorDefinition Definition => MaternalIndicators.MaternalDeathsDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var people = db.Set<Person>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking().Where(p => stationIds.Contains(p.OrgUnitId) && p.MergedIntoId == null);
        var pregnancies = db.Set<Pregnancy>().Unfiltered(UnscopedReason.IndicatorComputation);
        var deaths = await people
            .Where(p => p.Sex == Sex.Female && p.IsDeceased && p.DeceasedOn >= from && p.DeceasedOn <= to)
            .Where(p => p.DeathCauseCode == null || !External.Contains(p.DeathCauseCode.Substring(0, 1)))
            .Where(p => pregnancies.Any(g => g.ProvinceCode == p.ProvinceCode && g.PersonId == p.Id && g.Status != PregnancyStatus.Reported
                && g.EndReason != PregnancyEndReason.NotPregnant && g.FirstContactDate <= p.DeceasedOn
                && (g.EndedOn == null || g.EndedOn >= p.DeceasedOn!.Value.AddDays(-Births.PostpartumDays))))
            .GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        var births = await people.Where(p => p.BirthDate >= from && p.BirthDate <= to)
            .GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return PeriodDeliveries.Pair(stationIds, deaths, births);
    }
}
