using CoSo.Core.Common;
using CoSo.Core.FamilyPlanning;
using CoSo.Core.Growth;
using CoSo.Core.Nutrition;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data.Growth;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Demo;

/// <summary>
/// Mother-and-child data of a demo station: the children under 5 weighed and measured at the June nutrition survey
/// and, for most under-2s, at a monthly weighing since (each child keeps their own growth path: length-for-age and
/// weight-for-length z-scores drawn around Vietnam's recent survey means, so about one in six is stunted and a few are
/// wasted); vitamin A in the June and December rounds to children 6–36 months; family planning for about half of
/// the women 15–49 (IUDs, pills, condoms, injectables, implants, sterilisation, traditional methods), with supplies
/// given so that some are due this week and some are late.
/// </summary>
internal sealed class DemoMotherChildWriter(CoSoDbContext db, DemoRandom random, DateOnly today, DateTimeOffset now)
{
    private static readonly (ContraceptiveMethod Method, double Share)[] Methods =
    [
        (ContraceptiveMethod.Iud, 0.36), (ContraceptiveMethod.Pill, 0.2), (ContraceptiveMethod.Condom, 0.16), (ContraceptiveMethod.Injectable, 0.08),
        (ContraceptiveMethod.Implant, 0.04), (ContraceptiveMethod.FemaleSterilisation, 0.04), (ContraceptiveMethod.Traditional, 0.12),
    ];

    private readonly GrowthStandards _standards = GrowthStandards.LoadDefault();

    public int Measurements { get; private set; }

    public int VitaminADoses { get; private set; }

    public int ContraceptiveUsers { get; private set; }

    public async Task WriteAsync(OrgUnit station, Guid? staffUserId, CancellationToken ct)
    {
        var fiveYearsAgo = today.AddDays(-ZScoreCalculator.LastAgeDay);
        var people = await db.People.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.OrgUnitId == station.Id && p.MergedIntoId == null && !p.IsDeceased && !p.MovedAway)
            .Where(p => (p.BirthDate != null && p.BirthDate > fiveYearsAgo) || (p.Sex == Sex.Female && p.BirthYear >= today.Year - 49 && p.BirthYear <= today.Year - 15))
            .Select(p => new { p.Id, p.ProvinceCode, p.Sex, p.BirthDate, p.BirthYear })
            .OrderBy(p => p.Id).ToListAsync(ct);
        var survey = new DateOnly(today.Month >= 6 ? today.Year : today.Year - 1, 6, 1);
        foreach (var p in people.Where(p => p.BirthDate > fiveYearsAgo))
        {
            Child(station, staffUserId, p.Id, p.Sex, p.BirthDate!.Value, survey);
        }

        foreach (var w in people.Where(p => p.Sex == Sex.Female && (p.BirthDate is null || p.BirthDate <= fiveYearsAgo) && random.Chance(0.55)))
        {
            Contraception(station, staffUserId, w.Id);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private void Child(OrgUnit station, Guid? staff, Guid id, Sex sex, DateOnly birth, DateOnly survey)
    {
        // The child's own path: z-scores that drift a little between measurements.
        var haz = random.Normal(-0.9, 1.1);
        var whz = random.Normal(-0.2, 0.95);
        var days = new List<(DateOnly Day, MeasurementOccasion Occasion)>();
        if (survey >= birth && random.Chance(0.9))
        {
            days.Add((survey.AddDays(random.Next(0, 2)), MeasurementOccasion.NutritionSurvey));
        }

        var ageToday = Anthropometry.AgeInDays(birth, today);
        if (ageToday < 731 && random.Chance(0.75))
        {
            // Monthly weighing of the under-2s: the last one 1–45 days ago, some earlier ones since the survey.
            var last = today.AddDays(-random.Next(1, 46));
            for (var d = last; d > survey.AddDays(3) && d >= birth.AddDays(14); d = d.AddDays(-random.Next(28, 36)))
            {
                days.Add((d, MeasurementOccasion.Visit));
            }
        }

        foreach (var (day, occasion) in days.OrderBy(d => d.Day))
        {
            var age = Anthropometry.AgeInDays(birth, day);
            if (age < 0 || age > ZScoreCalculator.LastAgeDay)
            {
                continue;
            }

            haz += random.Normal(0, 0.12);
            whz += random.Normal(0, 0.2);
            var lengthLms = _standards.AtAge(GrowthIndicator.LengthForAge, sex, age);
            if (lengthLms is not { } l)
            {
                continue;
            }

            var length = Math.Round((decimal)l.At(haz), 1);
            var lying = age < 731;
            var weightLms = _standards.AtLength(lying ? GrowthIndicator.WeightForLength : GrowthIndicator.WeightForHeight, sex, (double)length);
            decimal? weight = weightLms is { } w ? Math.Round((decimal)w.At(whz), 1) : null;
            var input = new GrowthInput(day, weight, length, lying ? MeasuredPosition.Lying : MeasuredPosition.Standing,
                age >= MalnutritionReferral.MuacFromDay ? (int)Math.Round(random.Normal(142 + (whz * 9), 6)) : null, Occasion: occasion);
            db.Add(GrowthService.Build(station.ProvinceCode, station.Id, id, sex, age, input, staff, now));
            Measurements++;
        }

        // Vitamin A rounds (early June and early December) in the last year: most children 6–36 months came; the
        // round under way (started in the last two weeks) has reached about four in ten so far.
        foreach (var round in new[] { new DateOnly(today.Year - 1, 12, 1), new DateOnly(today.Year, 6, 1), new DateOnly(today.Year, 12, 1) })
        {
            var given = round.AddDays(random.Next(0, 2));
            if (given > today || given < today.AddYears(-1) || !VitaminARules.InCampaignAge(birth, given) || VitaminARules.DoseFor(birth, given) is not { } iu)
            {
                continue;
            }

            if (random.Chance(today.DayNumber - round.DayNumber < 14 ? 0.4 : 0.9))
            {
                db.Add(new VitaminADose
                {
                    Id = random.NextGuid(), ProvinceCode = station.ProvinceCode, OrgUnitId = station.Id, PersonId = id, GivenOn = given, DoseIu = iu,
                    GivenByUserId = staff, CreatedAt = now,
                });
                VitaminADoses++;
            }
        }
    }

    private void Contraception(OrgUnit station, Guid? staff, Guid woman)
    {
        var roll = random.NextDouble();
        var method = Methods[^1].Method;
        foreach (var (m, share) in Methods)
        {
            if ((roll -= share) < 0)
            {
                method = m;
                break;
            }
        }

        var longActing = method is ContraceptiveMethod.Iud or ContraceptiveMethod.Implant or ContraceptiveMethod.FemaleSterilisation;
        var started = today.AddDays(-random.Next(longActing ? 200 : 40, longActing ? 2500 : 900));
        if (method == ContraceptiveMethod.Implant)
        {
            started = today.AddDays(-random.Next(60, 1000));
        }

        var use = new ContraceptiveUse
        {
            Id = random.NextGuid(), ProvinceCode = station.ProvinceCode, OrgUnitId = station.Id, PersonId = woman, Method = method, StartedOn = started,
            FromStation = method != ContraceptiveMethod.Traditional, CreatedAt = now, Version = 1,
        };
        db.Add(use);
        ContraceptiveUsers++;
        if (!use.FromStation)
        {
            return;
        }

        // The last supply: pills (3 cycles) and injections timed so the next falls between three weeks ago and
        // three months ahead; condoms every month or two; long-acting methods once, at insertion.
        var (last, quantity) = method switch
        {
            ContraceptiveMethod.Pill => (today.AddDays(-random.Next(0, 105)), 3m),
            ContraceptiveMethod.Injectable => (today.AddDays(-random.Next(0, 112)), 1m),
            ContraceptiveMethod.Condom => (today.AddDays(-random.Next(0, 60)), 24m),
            _ => (started, 1m),
        };
        if (last < started)
        {
            last = started;
        }

        if (last > started)
        {
            Supply(use, started, quantity, staff);
        }

        Supply(use, last, quantity, staff);
    }

    private void Supply(ContraceptiveUse use, DateOnly on, decimal quantity, Guid? staff)
    {
        db.Add(new ContraceptiveSupply
        {
            Id = random.NextGuid(), ProvinceCode = use.ProvinceCode, OrgUnitId = use.OrgUnitId, PersonId = use.PersonId, UseId = use.Id,
            Method = use.Method, GivenOn = on, Quantity = quantity, GivenByUserId = staff,
        });
        use.LastSupplyOn = on;
        use.LastSupplyQuantity = quantity;
        use.NextSupplyDue = MethodRules.NextSupplyDue(use.Method, on, quantity);
    }
}
