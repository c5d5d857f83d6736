using CoSo.Core.Common;
using CoSo.Core.Growth;
using CoSo.Core.Identity;
using CoSo.Core.Immunization;
using CoSo.Core.People;
using CoSo.Data.Access;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Growth;

/// <summary>
/// Recording a child's weight, length/height, MUAC and oedema, with the WHO z-scores computed and stored in the same
/// row, and reading them back per child. Reads go through the scope filter; writes are audited by the context.
/// </summary>
public sealed class GrowthService(CoSoDbContext db, TimeProvider time)
{
    /// <summary>Plausible weight, kg (anthro's plausibility range before 1.1.0: 0.9–58 kg).</summary>
    public const decimal MinWeightKg = 0.9m;

    public const decimal MaxWeightKg = 58m;

    /// <summary>Plausible length/height, cm (anthro before 1.1.0: 38–150 cm).</summary>
    public const decimal MinLengthCm = 38m;

    public const decimal MaxLengthCm = 150m;

    /// <summary>Plausible MUAC, mm (CoSo's range: a tape for children reads 50–300 mm).</summary>
    public const int MinMuacMm = 50;

    public const int MaxMuacMm = 300;

    public async Task<GrowthMeasurementDto> RecordAsync(Guid personId, GrowthInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordGrowthAndNutrition);
        ArgumentNullException.ThrowIfNull(input);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId && p.MergedIntoId == null)
            .Select(p => new { p.Id, p.ProvinceCode, p.OrgUnitId, p.BirthDate, p.Sex }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var errors = new ValidationErrors();
        var today = VietnamClock.Today(time);
        var ageDays = 0;
        if (person.BirthDate is not { } birth)
        {
            errors.Add("measuredOn", "growth.birthDate.missing");
        }
        else if (input.MeasuredOn > today)
        {
            errors.Add("measuredOn", "growth.date.future");
        }
        else if (input.MeasuredOn < birth)
        {
            errors.Add("measuredOn", "growth.date.beforeBirth");
        }
        else
        {
            ageDays = Anthropometry.AgeInDays(birth, input.MeasuredOn);
            if (ageDays > ZScoreCalculator.LastAgeDay)
            {
                errors.Add("measuredOn", "growth.age.over5");
            }
        }

        Validate(input, errors);
        await ValidateLinksAsync(person.Id, person.OrgUnitId, input, errors, ct);
        errors.ThrowIfInvalid();

        var row = Build(person.ProvinceCode, person.OrgUnitId, person.Id, person.Sex, ageDays, input, db.Actor.UserId, time.GetUtcNow());
        db.Set<GrowthMeasurement>().Add(row);
        await db.SaveChangesAsync(ct);
        return GrowthMeasurementDto.From(row);
    }

    /// <summary>The child's measurements, oldest first (the growth chart and the card's list).</summary>
    public async Task<ChildGrowth> ListAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Id, p.ProvinceCode, p.FullName, p.Sex, p.BirthDate }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var rows = await db.Visible<GrowthMeasurement>().AsNoTracking().Where(m => m.ProvinceCode == person.ProvinceCode && m.PersonId == personId)
            .OrderBy(m => m.MeasuredOn).ThenBy(m => m.Id).ToListAsync(ct);
        return new ChildGrowth(person.Id, person.ProvinceCode, person.FullName, person.Sex, person.BirthDate, rows.Select(GrowthMeasurementDto.From).ToList());
    }

    /// <summary>The latest measurement of each of these children that the user may see (lists of children due for weighing).</summary>
    public async Task<LatestGrowth> LatestAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var ids = personIds.Distinct().ToArray();
        var rows = await db.Visible<GrowthMeasurement>().AsNoTracking().Where(m => ids.Contains(m.PersonId))
            .GroupBy(m => m.PersonId)
            .Select(g => g.OrderByDescending(m => m.MeasuredOn).ThenByDescending(m => m.Id).First())
            .ToListAsync(ct);
        return new LatestGrowth(rows.ToDictionary(r => r.PersonId, GrowthMeasurementDto.From), rows.Select(r => (r.PersonId, r.ProvinceCode)).ToList());
    }

    private static void Validate(GrowthInput input, ValidationErrors errors)
    {
        if (input.WeightKg is null && input.LengthCm is null && input.MuacMm is null && !input.Oedema)
        {
            errors.Add("weightKg", "growth.empty");
        }

        if (input.WeightKg is { } w)
        {
            if (w < MinWeightKg || w > MaxWeightKg)
            {
                errors.Add("weightKg", "growth.weight.range", MinWeightKg, MaxWeightKg);
            }
            else if (decimal.Round(w, 2) != w)
            {
                errors.Add("weightKg", "growth.weight.precision");
            }
        }

        if (input.LengthCm is { } l)
        {
            if (l < MinLengthCm || l > MaxLengthCm)
            {
                errors.Add("lengthCm", "growth.length.range", MinLengthCm, MaxLengthCm);
            }
            else if (decimal.Round(l, 1) != l)
            {
                errors.Add("lengthCm", "growth.length.precision");
            }

            // The 0.7 cm adjustment depends on it; a stored length without it could not be read again.
            if (input.Position is null)
            {
                errors.Add("position", "growth.position.required");
            }
        }

        if (input.MuacMm is { } muac && (muac < MinMuacMm || muac > MaxMuacMm))
        {
            errors.Add("muacMm", "growth.muac.range", MinMuacMm, MaxMuacMm);
        }
    }

    private async Task ValidateLinksAsync(Guid personId, Guid stationId, GrowthInput input, ValidationErrors errors, CancellationToken ct)
    {
        if (input.EncounterId is { } visitId && !await db.Encounters.AnyAsync(e => e.Id == visitId && e.PersonId == personId, ct))
        {
            errors.Add("encounterId", "growth.encounter.other");
        }

        if (input.SessionId is { } sessionId && !await db.Set<VaccinationSession>().AnyAsync(s => s.Id == sessionId && s.StationId == stationId, ct))
        {
            errors.Add("sessionId", "notFound");
        }
    }

    /// <summary>A measurement with its z-scores, classes and referral computed (also used by the demo data).</summary>
    internal static GrowthMeasurement Build(string provinceCode, Guid orgUnitId, Guid personId, Sex sex, int ageDays, GrowthInput input, Guid? recordedBy, DateTimeOffset now)
    {
        var assessment = ZScoreCalculator.Assess(GrowthStandards.LoadDefault(),
            new Anthropometry(sex, ageDays, (double?)input.WeightKg, (double?)input.LengthCm, input.Position, input.Oedema));
        return new GrowthMeasurement
        {
            Id = Guid.CreateVersion7(), ProvinceCode = provinceCode, OrgUnitId = orgUnitId, PersonId = personId,
            MeasuredOn = input.MeasuredOn, AgeDays = ageDays, WeightKg = input.WeightKg, LengthCm = input.LengthCm,
            Position = input.LengthCm is null ? null : input.Position, MuacMm = input.MuacMm, Oedema = input.Oedema,
            Occasion = input.SessionId is not null ? MeasurementOccasion.ImmunizationSession
                : input.EncounterId is not null ? MeasurementOccasion.Visit
                : input.Occasion ?? MeasurementOccasion.Visit,
            EncounterId = input.EncounterId, SessionId = input.SessionId,
            Waz = Stored(assessment.Waz), Haz = Stored(assessment.Haz), Whz = Stored(assessment.Whz), Baz = Stored(assessment.Baz),
            Flags = assessment.Flags, WeightForAge = assessment.WeightForAge, LengthForAge = assessment.LengthForAge,
            WeightForLength = assessment.WeightForLength,
            SevereAcuteMalnutrition = MalnutritionReferral.IsSevereAcute(assessment, input.Oedema, input.MuacMm),
            RecordedByUserId = recordedBy, CreatedAt = now,
        };
    }

    private static decimal? Stored(double? z) => z is { } v ? (decimal)v : null;
}
