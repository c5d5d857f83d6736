using System.Globalization;
using CoSo.Core.Facilities;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Core.Workforce;
using CoSo.Data;
using CoSo.Data.Facilities;
using CoSo.Data.Indicators;
using CoSo.IntegrationTests.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Workforce;

/// <summary>T5–T8, T10–T12 (workforce and facilities targets) computed by the indicator engine for 2026, worked out by hand.</summary>
public sealed class WorkforceTargetsTests
{
    private static int _cccd;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Workforce_and_facility_targets_are_evaluated_on_the_period_end_per_station_and_summed(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_t5");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 5, 3, 0, 0, TimeSpan.Zero));
        await using var sp = IndicatorTestData.Services(cs, time);
        var (a, b) = (org.StationA.Id, org.StationB.Id);

        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            // Period: year 2026, evaluated on 31/12/2026. CME: 120 h in the 5-year window 01/01/2022..31/12/2026.
            // Station A
            var dA = Staff(db, a, Cadre.DoctorGeneral, EmploymentType.Contract);   // a contract doctor working full time
            Post(db, dA, a, PostingKind.Regular, D(2020, 1, 1), null);
            Train(db, dA, D(2025, 6, 30), 120);                                // on schedule
            Train(db, dA, D(2026, 3, 10), 8);                                  // a course in 2026 while at A (T11)
            var nA = Staff(db, a, Cadre.Nurse, EmploymentType.Contract);
            Post(db, nA, a, PostingKind.Regular, D(2021, 1, 1), null);
            Train(db, nA, D(2024, 5, 10), 100);
            Train(db, nA, D(2026, 9, 1), 4);                                   // 104 h: still short; a 2026 course at A (T11)
            Train(db, nA, D(2027, 1, 15), 30);                                 // after the end date: ignored → 100 h, short
            var mA = Staff(db, a, Cadre.Midwife, EmploymentType.Permanent);
            Post(db, mA, a, PostingKind.Regular, D(2019, 1, 1), D(2026, 6, 30)); // left before the end: not counted
            var pA = Staff(db, a, Cadre.Pharmacist, EmploymentType.Permanent);
            Post(db, pA, a, PostingKind.Regular, D(2020, 1, 1), null);          // pharmacist: no CME requirement
            Post(db, Staff(db, a, Cadre.VillageHealthWorker, EmploymentType.Contract, 6), org.VillageA1.Id, PostingKind.Regular, D(2024, 1, 1), null);  // A1 covered (exactly 6 months)
            Post(db, Staff(db, a, Cadre.VillageHealthWorker, EmploymentType.Contract, 3), org.VillageA2.Id, PostingKind.Regular, D(2024, 1, 1), null);  // 3 months: not trained
            Post(db, Staff(db, a, Cadre.VillageHealthWorker, EmploymentType.Contract, 9), org.VillageA2.Id, PostingKind.Regular, D(2027, 1, 1), null);  // starts after the end
            // Station B
            var dDept = Staff(db, org.Department.Id, Cadre.DoctorGeneral, EmploymentType.Permanent);
            Post(db, dDept, org.Department.Id, PostingKind.Regular, D(2018, 1, 1), null);
            Post(db, dDept, b, PostingKind.Secondment, D(2026, 10, 1), D(2027, 3, 31)); // seconded to B: counts as seconded, not permanent
            Train(db, dDept, D(2022, 1, 1), 120);                              // first day of the window: on schedule
            Train(db, dDept, D(2026, 11, 15), 4);                              // a 2026 course while seconded to B: counts at B (T11)
            var dB = Staff(db, b, Cadre.DoctorGeneral, EmploymentType.Contract);
            Post(db, dB, b, PostingKind.Regular, D(2020, 1, 1), null, partTime: true); // contract doctor, part time: not T5
            Train(db, dB, D(2025, 12, 31), 10);                                // 10 h → short; and a 2025 course: not T11 for 2026
            var yB = Staff(db, b, Cadre.AssistantPhysicianObPaediatric, EmploymentType.Permanent);
            Post(db, yB, b, PostingKind.Regular, D(2022, 1, 1), null);
            Train(db, yB, D(2026, 12, 31), 125);                               // credited on the end date: counts
            Train(db, yB, D(2021, 12, 31), 500);                               // before the window: ignored
            Post(db, Staff(db, b, Cadre.VillageHealthWorker, EmploymentType.Contract, 12), org.VillageB1.Id, PostingKind.Regular, D(2023, 1, 1), D(2026, 11, 30)); // left: B1 uncovered

            // Facilities. A: solid, electricity, water, a working item; BHYT contract 2025 → open; 40 listed services.
            db.Set<StationFacility>().Add(new StationFacility
            {
                OrgUnitId = a, BuildingCondition = BuildingCondition.Solid, Rooms = 8, Electricity = true, CleanWater = true,
                BhytEligible = true, BhytContractStart = D(2025, 1, 1), UpdatedAt = time.GetUtcNow(),
            });
            db.Set<EquipmentItem>().Add(new EquipmentItem { Id = Guid.CreateVersion7(), OrgUnitId = a, Name = "Máy đo huyết áp", Quantity = 2, Condition = EquipmentCondition.Working });
            // B: semi-solid but no clean water; BHYT contract ended 30/12/2026; 39 listed services by the end date.
            db.Set<StationFacility>().Add(new StationFacility
            {
                OrgUnitId = b, BuildingCondition = BuildingCondition.SemiSolid, Rooms = 5, Electricity = true, CleanWater = false,
                BhytEligible = true, BhytContractStart = D(2024, 1, 1), BhytContractEnd = D(2026, 12, 30), UpdatedAt = time.GetUtcNow(),
            });
            db.Set<EquipmentItem>().Add(new EquipmentItem { Id = Guid.CreateVersion7(), OrgUnitId = b, Name = "Cân sức khỏe", Quantity = 1, Condition = EquipmentCondition.Working });
            var list = scope.ServiceProvider.GetRequiredService<TechnicalServiceCatalogue>().All;
            Assert.Equal(44, list.Count); // 90 % of 44 = 39.6 → at least 40 services needed
            foreach (var s in list.Take(40))
            {
                db.Set<StationService>().Add(new StationService { OrgUnitId = a, ServiceCode = s.Code, Since = D(2025, 1, 1) });
            }

            foreach (var s in list.Take(39))
            {
                db.Set<StationService>().Add(new StationService { OrgUnitId = b, ServiceCode = s.Code, Since = D(2026, 1, 1) });
            }

            db.Set<StationService>().Add(new StationService { OrgUnitId = b, ServiceCode = list[39].Code, Since = D(2027, 1, 1) }); // after the end
            db.Set<StationService>().Add(new StationService { OrgUnitId = b, ServiceCode = "ZZ-999", Since = D(2026, 1, 1) });       // not in the list
            // Training plans of 2026: A plans to send 2 workers, B 3 (and a 2025 plan of B that does not apply).
            db.Set<TrainingPlan>().Add(new TrainingPlan { Id = Guid.CreateVersion7(), OrgUnitId = a, Year = 2026, PlannedStaff = 2, UpdatedAt = time.GetUtcNow() });
            db.Set<TrainingPlan>().Add(new TrainingPlan { Id = Guid.CreateVersion7(), OrgUnitId = b, Year = 2026, PlannedStaff = 3, UpdatedAt = time.GetUtcNow() });
            db.Set<TrainingPlan>().Add(new TrainingPlan { Id = Guid.CreateVersion7(), OrgUnitId = b, Year = 2025, PlannedStaff = 1, UpdatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 12));
        }

        await using var read = sp.CreateAsyncScope();
        var results = await read.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<IndicatorResult>().AsNoTracking().Where(r => r.Period == "2026").ToListAsync();
        (long, long, IndicatorStatus) Of(string code, Guid unit) => results.Where(r => r.IndicatorCode == code && r.OrgUnitId == unit).Select(r => (r.Numerator, r.Denominator, r.Status)).Single();
        var dept = org.Department.Id;

        // T5: A has a contract doctor working full time on a regular posting → 1/1 (either contract counts); B has only a
        // seconded doctor and a part-time contract doctor → 0/1; department 1/2.
        Assert.Equal((1L, 1L, IndicatorStatus.Ok), Of("T5", a));
        Assert.Equal((0L, 1L, IndicatorStatus.Ok), Of("T5", b));
        Assert.Equal((1L, 2L, IndicatorStatus.Ok), Of("T5", dept));
        // T5's breakdown by kind of doctor: A full-time contract only; B rotating/seconded and part time; the department sums.
        var breakdown = await read.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<IndicatorBreakdown>().AsNoTracking()
            .Where(r => r.IndicatorCode == "T5" && r.Period == "2026").ToListAsync();
        long Kind(string category, Guid unit) => breakdown.Single(r => r.Category == category && r.OrgUnitId == unit).Numerator;
        Assert.Equal((0L, 1L, 0L, 0L), (Kind(StationDoctorKinds.FullTimePermanent, a), Kind(StationDoctorKinds.FullTimeContract, a), Kind(StationDoctorKinds.RotatingSeconded, a), Kind(StationDoctorKinds.PartTime, a)));
        Assert.Equal((0L, 0L, 1L, 1L), (Kind(StationDoctorKinds.FullTimePermanent, b), Kind(StationDoctorKinds.FullTimeContract, b), Kind(StationDoctorKinds.RotatingSeconded, b), Kind(StationDoctorKinds.PartTime, b)));
        Assert.Equal((0L, 1L, 1L, 1L), (Kind(StationDoctorKinds.FullTimePermanent, dept), Kind(StationDoctorKinds.FullTimeContract, dept), Kind(StationDoctorKinds.RotatingSeconded, dept), Kind(StationDoctorKinds.PartTime, dept)));
        // T6: A's villages A1 (6 months, posted) and A2 (3 months; the 9-month worker starts 2027) → 1/2; B1 worker left 30/11 → 0/1; department 1/3.
        Assert.Equal((1L, 2L, IndicatorStatus.Ok), Of("T6", a));
        Assert.Equal((0L, 1L, IndicatorStatus.Ok), Of("T6", b));
        Assert.Equal((1L, 3L, IndicatorStatus.Ok), Of("T6", dept));
        // T7: A's midwife left 30/06 → 0/1; B has an ob–paediatric assistant physician → 1/1; department 1/2.
        Assert.Equal((0L, 1L, IndicatorStatus.Ok), Of("T7", a));
        Assert.Equal((1L, 1L, IndicatorStatus.Ok), Of("T7", b));
        Assert.Equal((1L, 2L, IndicatorStatus.Ok), Of("T7", dept));
        // T8: A's contract open since 2025 → 1/1; B's ended 30/12/2026, the day before the end date → 0/1; department 1/2.
        Assert.Equal((1L, 1L, IndicatorStatus.Ok), Of("T8", a));
        Assert.Equal((0L, 1L, IndicatorStatus.Ok), Of("T8", b));
        Assert.Equal((1L, 2L, IndicatorStatus.Ok), Of("T8", dept));
        // T10: A 40/44 = 90.9 % → 1/1; B 39/44 = 88.6 % (one service from 2027, one code not in the list) → 0/1; department 1/2.
        Assert.Equal((1L, 1L, IndicatorStatus.Ok), Of("T10", a));
        Assert.Equal((0L, 1L, IndicatorStatus.Ok), Of("T10", b));
        Assert.Equal((1L, 2L, IndicatorStatus.Ok), Of("T10", dept));
        // T11 (training plan of the year): A planned 2 and its doctor (10/03) and nurse (01/09) finished a course in 2026
        // while at A → 2 ≥ 2 → 1/1. B planned 3: the ob–paediatric assistant physician (31/12) and the doctor seconded to B
        // (15/11, counted where they are) → 2 < 3 → 0/1; the part-time doctor's course was in 2025. Department 1/2.
        Assert.Equal((1L, 1L, IndicatorStatus.Ok), Of("T11", a));
        Assert.Equal((0L, 1L, IndicatorStatus.Ok), Of("T11", b));
        Assert.Equal((1L, 2L, IndicatorStatus.Ok), Of("T11", dept));
        // HR.cmeOnSchedule (the per-clinician CME measure, formerly T11): A's clinicians on 31/12: doctor (128 h, on
        // schedule), nurse (104 h, short); midwife gone, pharmacist and village workers exempt → 1/2. B: seconded doctor
        // (124 h from the window's first day, on schedule), part-time contract doctor (10 h, short), ob–paediatric
        // assistant physician (125 h on the end date, on schedule) → 2/3. Department 3/5.
        Assert.Equal((1L, 2L, IndicatorStatus.Ok), Of(ReportIndicators.CmeOnSchedule, a));
        Assert.Equal((2L, 3L, IndicatorStatus.Ok), Of(ReportIndicators.CmeOnSchedule, b));
        Assert.Equal((3L, 5L, IndicatorStatus.Ok), Of(ReportIndicators.CmeOnSchedule, dept));
        // T12: A solid + electricity + water + working equipment → 1/1; B has no clean water → 0/1; department 1/2.
        Assert.Equal((1L, 1L, IndicatorStatus.Ok), Of("T12", a));
        Assert.Equal((0L, 1L, IndicatorStatus.Ok), Of("T12", b));
        Assert.Equal((1L, 2L, IndicatorStatus.Ok), Of("T12", dept));
        // T9 (national criteria): no station has an approved assessment → no data (CriteriaPassTargetTests has the worked example).
        Assert.Equal(IndicatorStatus.NoData, Of("T9", a).Item3);
        Assert.Equal(IndicatorStatus.NoData, Of("T9", dept).Item3);
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static Guid Staff(CoSoDbContext db, Guid home, Cadre cadre, EmploymentType employment, int? trainingMonths = null)
    {
        var id = Guid.CreateVersion7();
        var n = Interlocked.Increment(ref _cccd);
        db.Set<StaffMember>().Add(new StaffMember
        {
            Id = id, ProvinceCode = "38", OrgUnitId = home, Cccd = "0389" + n.ToString("00000000", CultureInfo.InvariantCulture),
            FullName = TestPeople.UniqueName(), Sex = Sex.Female, BirthDate = new DateOnly(1985, 1, 1), Cadre = cadre, EmploymentType = employment,
            TrainingMonths = trainingMonths, CreatedAt = DateTimeOffset.UtcNow,
        });
        return id;
    }

    private static void Post(CoSoDbContext db, Guid staff, Guid unit, PostingKind kind, DateOnly start, DateOnly? end, bool partTime = false) =>
        db.Set<Posting>().Add(new Posting { Id = Guid.CreateVersion7(), StaffId = staff, OrgUnitId = unit, Kind = kind, Start = start, End = end, PartTime = partTime });

    private static void Train(CoSoDbContext db, Guid staff, DateOnly end, decimal hours) =>
        db.Set<TrainingRecord>().Add(new TrainingRecord { Id = Guid.CreateVersion7(), StaffId = staff, Course = "Đào tạo liên tục", Start = end, End = end, Hours = hours });
}
