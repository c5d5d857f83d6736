using CoSo.Core.Immunization;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Data.Indicators;

namespace CoSo.Data.Immunization;

/// <summary>
/// An immunization coverage figure of the coverage page (docs/immunization.md) as an engine indicator, so that the
/// report forms and the DHIS2 export carry it: per station, the children's register as of the period's end, each
/// child's valid doses from the schedule engine (with the station's programmes), and <see cref="CoverageCalculator"/>
/// for the period — the same computation as the coverage page, unscoped (aggregate figures).
/// </summary>
public sealed class ImmunizationCoverageSource(IndicatorDefinition definition, string coverageCode) : IIndicatorSource
{
    public IndicatorDefinition Definition { get; } = definition;

    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Person), typeof(ImmunizationDose)];

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var schedule = ImmunizationSchedule.LoadDefault();
        var definitions = CoverageDefinitions.LoadDefault();
        var values = new List<UnitValue>(stationIds.Count);
        foreach (var station in stationIds)
        {
            var register = await ChildRegister.LoadAsync(db, ChildRegister.Children(db, station, period.End, ignoreScope: true), ct, ignoreScope: true,
                withBirthDoseTimes: coverageCode is CoverageDefinitions.HepBBirth24h or CoverageDefinitions.HepBBirthOver24h or CoverageDefinitions.HepBBirthTimeUnknown);
            if (register.Count == 0)
            {
                continue;
            }

            var programmes = await ChildRegister.ProgrammesAsync(db, station, ct);
            var children = register.Select(c => c.ToCoverageChild(ScheduleEngine.Evaluate(schedule.ForProvince(c.ProvinceCode), c.BirthDate, period.End, c.Doses, programmes))).ToList();
            var count = CoverageCalculator.Compute(children, definitions, period.Start, period.End).Single(c => c.Code == coverageCode);
            values.Add(new UnitValue(station, count.Numerator, count.Denominator));
        }

        return values;
    }
}
