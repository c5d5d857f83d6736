using CoSo.Core.Common;
using CoSo.Core.FamilyPlanning;
using CoSo.Core.Growth;
using CoSo.Core.Maternal;
using CoSo.Core.Nutrition;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data.Access;
using CoSo.Data.Growth;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Demo;

/// <summary>
/// Mother-and-child data of a demo station: the children under 5 weighed and measured at the June nutrition survey
/// and, for most under-2s, at a monthly weighing since (each child keeps their own growth path: length-for-age and
/// weight-for-length z-scores drawn around Vietnam's recent survey means, so about one in six is stunted and a few are
/// wasted); vitamin A in the June and December rounds to children 6–36 months; family planning for about half of
/// the women 15–49 (IUDs, pills, condoms, injectables, implants, sterilisation, traditional methods), with supplies
/// given so that some are due this week and some are late; about one woman 18–42 in twenty pregnant, dated by the LMP,
/// with the antenatal contacts of the national schedule she has reached (some missed, so the due list is not empty,
/// one with a raised blood pressure after 20 weeks); the babies born in the last six weeks delivered by their
/// household's mother, at the station or a hospital, half of them already visited once at home.
/// </summary>
internal sealed class DemoMotherChildWriter(CoSoDbContext db, DemoRandom random, DateOnly today, DateTimeOffset now)
{
    private static readonly (ContraceptiveMethod Method, double Share)[] Methods =
    [
        (ContraceptiveMethod.Iud, 0.36), (ContraceptiveMethod.Pill, 0.2), (ContraceptiveMethod.Condom, 0.16), (ContraceptiveMethod.Injectable, 0.08),
        (ContraceptiveMethod.Implant, 0.04), (ContraceptiveMethod.FemaleSterilisation, 0.04), (ContraceptiveMethod.Traditional, 0.12),
    ];

    private readonly GrowthStandards _standards = GrowthStandards.LoadDefault();
    private readonly HashSet<Guid> _pregnant = [];
    private readonly HashSet<Guid> _contracepting = [];

    public int Measurements { get; private set; }

    public int VitaminADoses { get; private set; }

    public int ContraceptiveUsers { get; private set; }

    public int Pregnancies { get; private set; }

    public int Deliveries { get; private set; }

    /// <summary>Days from the LMP of each contact of the national schedule when it is kept on time.</summary>
    private static readonly (int From, int To)[] ContactDays = [(56, 85), (168, 183), (224, 239), (252, 267)];

    /// <param name="workerVillageId">The demo village health worker's village: it gets one more pregnant woman, overdue
    /// for her second visit, so the worker's home shows the antenatal list on first start.</param>
    public async Task WriteAsync(OrgUnit station, Guid? staffUserId, Guid? workerVillageId, CancellationToken ct)
    {
        var fiveYearsAgo = today.AddDays(-ZScoreCalculator.LastAgeDay);
        var people = await db.People.AsNoTracking().Unfiltered(UnscopedReason.Seeding)
            .Where(p => p.OrgUnitId == station.Id && p.MergedIntoId == null && !p.IsDeceased && !p.MovedAway)
            .Where(p => (p.BirthDate != null && p.BirthDate > fiveYearsAgo) || (p.Sex == Sex.Female && p.BirthYear >= today.Year - 49 && p.BirthYear <= today.Year - 15))
            .Select(p => new { p.Id, p.ProvinceCode, p.Sex, p.BirthDate, p.BirthYear, p.HouseholdId, p.RelationshipToHead, p.VillageId })
            .OrderBy(p => p.Id).ToListAsync(ct);
        var survey = new DateOnly(today.Month >= 6 ? today.Year : today.Year - 1, 6, 1);
        foreach (var p in people.Where(p => p.BirthDate > fiveYearsAgo))
        {
            Child(station, staffUserId, p.Id, p.Sex, p.BirthDate!.Value, survey);
        }

        // The babies of the last six weeks and their mothers (the household's head or spouse, 18–45).
        var mothers = new HashSet<Guid>();
        foreach (var baby in people.Where(p => p.BirthDate > today.AddDays(-42) && p.HouseholdId != null).OrderBy(p => p.BirthDate))
        {
            var mother = people.FirstOrDefault(w => w.HouseholdId == baby.HouseholdId && w.Sex == Sex.Female && !mothers.Contains(w.Id)
                && w.RelationshipToHead is HouseholdRelationship.Head or HouseholdRelationship.Spouse && today.Year - w.BirthYear is >= 18 and <= 45);
            if (mother is not null && mothers.Add(mother.Id))
            {
                Delivered(station, staffUserId, mother.Id, baby.Id, baby.Sex, baby.BirthDate!.Value);
            }
        }

        foreach (var w in people.Where(p => p.Sex == Sex.Female && (p.BirthDate is null || p.BirthDate <= fiveYearsAgo) && !mothers.Contains(p.Id)))
        {
            if (today.Year - w.BirthYear is >= 18 and <= 42 && random.Chance(0.05))
            {
                Pregnant(station, staffUserId, w.Id);
            }
            else if (random.Chance(0.55))
            {
                Contraception(station, staffUserId, w.Id);
            }
        }

        if (workerVillageId is { } village
            && people.FirstOrDefault(p => p.VillageId == village && p.Sex == Sex.Female && today.Year - p.BirthYear is >= 20 and <= 35 && !mothers.Contains(p.Id)
                && !_contracepting.Contains(p.Id) && !_pregnant.Contains(p.Id)) is { } woman)
        {
            Pregnant(station, staffUserId, woman.Id, gestation: 190);
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

    private void Pregnant(OrgUnit station, Guid? staff, Guid woman, int? gestation = null)
    {
        _pregnant.Add(woman);
        var showcase = gestation is not null; // seen once in the first trimester, now overdue for the second visit
        gestation ??= random.Next(42, 275);
        var lmp = today.AddDays(-gestation.Value);
        var pregnancy = NewPregnancy(station, woman, lmp, PregnancyStatus.Active);
        Pregnancies++;
        var raised = gestation > 150 && random.Chance(0.08);
        foreach (var (from, to) in ContactDays)
        {
            var day = lmp.AddDays(random.Next(from, to));
            if (day > today || (showcase ? from > ContactDays[0].From : !random.Chance(0.85)))
            {
                continue;
            }

            Contact(pregnancy, day, staff, raised && day.DayNumber - lmp.DayNumber >= 140);
        }
    }

    private void Delivered(OrgUnit station, Guid? staff, Guid mother, Guid baby, Sex sex, DateOnly birth)
    {
        var lmp = birth.AddDays(-random.Next(266, 288));
        var pregnancy = NewPregnancy(station, mother, lmp, PregnancyStatus.Delivered);
        pregnancy.EndedOn = birth;
        foreach (var (from, to) in ContactDays)
        {
            var day = lmp.AddDays(random.Next(from, to));
            if (day < birth && random.Chance(0.9))
            {
                Contact(pregnancy, day, staff, raised: false);
            }
        }

        var atStation = random.Chance(0.3);
        var delivery = new Delivery
        {
            Id = random.NextGuid(), ProvinceCode = station.ProvinceCode, OrgUnitId = station.Id, PersonId = mother, PregnancyId = pregnancy.Id, DeliveryDate = birth,
            Place = atStation ? DeliveryPlace.Station : DeliveryPlace.Hospital, PlaceName = atStation ? station.Name : "Bệnh viện đa khoa huyện",
            Attendant = atStation ? BirthAttendant.Midwife : BirthAttendant.Doctor, Mode = atStation || random.Chance(0.7) ? DeliveryMode.SpontaneousVaginal : DeliveryMode.Caesarean,
            RecordedByUserId = staff, CreatedAt = now, Version = 1,
        };
        delivery.Outcomes.Add(new BirthOutcome
        {
            Id = random.NextGuid(), ProvinceCode = station.ProvinceCode, OrgUnitId = station.Id, PersonId = mother, DeliveryId = delivery.Id, Kind = BirthOutcomeKind.LiveBirth,
            Sex = sex, BirthWeightGrams = (int)Math.Round(random.Normal(3100, 420) / 10) * 10, NewbornPersonId = baby,
        });
        db.Add(delivery);
        Deliveries++;

        // Half of the mothers were visited at home in the first week.
        var visit = birth.AddDays(random.Next(2, 7));
        if (visit <= today && random.Chance(0.5))
        {
            db.Add(new PostnatalVisit
            {
                Id = random.NextGuid(), ProvinceCode = station.ProvinceCode, OrgUnitId = station.Id, PersonId = mother, DeliveryId = delivery.Id, VisitDate = visit,
                AtHome = true, Systolic = (int)random.Normal(112, 8), Diastolic = (int)random.Normal(72, 6), TemperatureC = 36.8m, FamilyPlanningCounselled = true,
                RecordedByUserId = staff, CreatedAt = now,
            });
        }
    }

    private Pregnancy NewPregnancy(OrgUnit station, Guid woman, DateOnly lmp, PregnancyStatus status)
    {
        var gravida = random.Next(1, 4);
        var pregnancy = new Pregnancy
        {
            Id = random.NextGuid(), ProvinceCode = station.ProvinceCode, OrgUnitId = station.Id, PersonId = woman, Status = status,
            FirstContactDate = Min(lmp.AddDays(random.Next(42, 90)), today), LastMenstrualPeriod = lmp,
            Gravida = gravida, TermBirths = gravida - 1, PretermBirths = 0, Abortions = 0, LivingChildren = gravida - 1,
            PreviousCaesarean = gravida > 1 && random.Chance(0.15), Anaemia = random.Chance(0.1),
            HivStatus = InfectionStatus.Negative, SyphilisStatus = InfectionStatus.Negative, HepatitisBStatus = random.Chance(0.08) ? InfectionStatus.Positive : InfectionStatus.Negative,
            CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        pregnancy.ConfirmedOn = pregnancy.FirstContactDate;
        db.Add(pregnancy);
        return pregnancy;
    }

    private void Contact(Pregnancy pregnancy, DateOnly day, Guid? staff, bool raised)
    {
        var weeks = (day.DayNumber - pregnancy.LastMenstrualPeriod!.Value.DayNumber) / 7;
        if (day < pregnancy.FirstContactDate)
        {
            pregnancy.FirstContactDate = day;
            pregnancy.ConfirmedOn = day;
        }

        db.Add(new AntenatalContact
        {
            Id = random.NextGuid(), ProvinceCode = pregnancy.ProvinceCode, OrgUnitId = pregnancy.OrgUnitId, PersonId = pregnancy.PersonId, PregnancyId = pregnancy.Id,
            ContactDate = day, WeightKg = Math.Round((decimal)random.Normal(48 + (weeks * 0.3), 5), 1),
            Systolic = raised ? random.Next(142, 156) : (int)random.Normal(110, 9), Diastolic = raised ? random.Next(91, 100) : (int)random.Normal(70, 7),
            Proteinuria = raised ? Proteinuria.Plus1 : weeks >= 20 ? Proteinuria.Negative : Proteinuria.NotTested,
            FundalHeightCm = weeks >= 20 ? weeks - random.Next(0, 3) : null, FetalHeartRate = weeks >= 12 ? random.Next(130, 156) : null,
            HaemoglobinGdl = weeks < 14 ? Math.Round((decimal)random.Normal(11.8, 1.1), 1) : null,
            HivTest = weeks < 14 ? InfectionStatus.Negative : InfectionStatus.Unknown, SyphilisTest = weeks < 14 ? InfectionStatus.Negative : InfectionStatus.Unknown,
            IronFolicTablets = 30, RecordedByUserId = staff, CreatedAt = now,
        });
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

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
        _contracepting.Add(woman);
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
