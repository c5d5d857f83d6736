using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Workforce;

namespace CoSo.Data.Demo;

/// <summary>
/// The demo province's health workers, so that the workforce pages and targets T5, T6, T7 and T11 have something to
/// show: at most stations a permanent doctor, two nurses, a midwife and a pharmacist with their postings and CME
/// courses; one station with a contract doctor, one whose permanent doctor works there part time, one without a doctor
/// of its own that a doctor of the district centre covers by rotation, one with none at all; a village health worker
/// per village, most trained six months or more; a training plan of this year at every station but the ninth (two
/// workers, four at every third station). Deterministic for a seed, from a random stream of its own (the residents do
/// not change when this changes).
/// </summary>
internal sealed class DemoWorkforceWriter(CoSoDbContext db, DemoRandom random, DateOnly today, DateTimeOffset now)
{
    private int _staffNumber;

    public int Staff { get; private set; }

    public async Task WriteAsync(DemoOrgTree tree, CancellationToken ct)
    {
        var centre = tree.Centres.FirstOrDefault();
        for (var i = 0; i < tree.Stations.Count; i++)
        {
            var (station, _, villages) = tree.Stations[i];
            var doctorCase = (i % 10) switch
            {
                4 => DoctorCase.None,
                2 => DoctorCase.PartTime,
                9 => DoctorCase.Rotation,
                7 => DoctorCase.Contract,
                _ => DoctorCase.Permanent,
            };
            if (doctorCase is DoctorCase.Permanent or DoctorCase.Contract or DoctorCase.PartTime)
            {
                var doctor = Add(station, Cadre.DoctorGeneral, doctorCase == DoctorCase.Contract ? EmploymentType.Contract : EmploymentType.Permanent, "Trạm trưởng");
                Post(doctor, station, PostingKind.Regular, today.AddYears(-random.Next(1, 12)), null, doctorCase == DoctorCase.PartTime);
                Train(doctor);
            }
            else if (doctorCase == DoctorCase.Rotation && centre is not null)
            {
                var doctor = Add(centre, Cadre.DoctorFamilyMedicine, EmploymentType.Permanent, "Bác sĩ luân phiên");
                Post(doctor, centre, PostingKind.Regular, today.AddYears(-8), null);
                Post(doctor, station, PostingKind.Rotation, today.AddMonths(-2), today.AddMonths(4));
                Train(doctor);
            }

            for (var n = 0; n < 2; n++)
            {
                var nurse = Add(station, Cadre.Nurse, EmploymentType.Permanent, n == 0 ? "Điều dưỡng trưởng" : null);
                Post(nurse, station, PostingKind.Regular, today.AddYears(-random.Next(1, 15)), null);
                Train(nurse);
            }

            if (i % 10 != 6)
            {
                var midwife = Add(station, Cadre.Midwife, EmploymentType.Permanent, null, Sex.Female);
                Post(midwife, station, PostingKind.Regular, today.AddYears(-random.Next(1, 15)), null);
                Train(midwife);
            }

            var pharmacist = Add(station, Cadre.Pharmacist, EmploymentType.Contract, null);
            Post(pharmacist, station, PostingKind.Regular, today.AddYears(-random.Next(1, 6)), null);

            foreach (var village in villages)
            {
                var worker = Add(station, Cadre.VillageHealthWorker, EmploymentType.Contract, "Nhân viên y tế thôn");
                worker.TrainingMonths = random.Chance(0.85) ? random.Next(6, 10) : 3;
                Post(worker, village, PostingKind.Regular, today.AddYears(-random.Next(1, 10)), null);
            }
        }

        // After every worker: the plans' draws must not change the workers a seed gives.
        for (var i = 0; i < tree.Stations.Count; i++)
        {
            if (i % 10 != 8)
            {
                db.Add(new TrainingPlan
                {
                    Id = random.NextGuid(), OrgUnitId = tree.Stations[i].Station.Id, Year = today.Year, PlannedStaff = i % 3 == 0 ? 4 : 2,
                    Note = "Kế hoạch mẫu (demo)", UpdatedAt = now, UpdatedBy = "demo",
                });
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private StaffMember Add(OrgUnit home, Cadre cadre, EmploymentType employment, string? position, Sex? sex = null)
    {
        var s = sex ?? (random.Chance(0.6) ? Sex.Female : Sex.Male);
        var birth = today.AddYears(-random.Next(24, 58)).AddDays(-random.Next(0, 365));
        var given = s == Sex.Male ? random.Pick(DemoNames.MaleGiven) : random.Pick(DemoNames.FemaleGiven);
        var middle = s == Sex.Male ? random.Pick(DemoNames.MaleMiddle) : random.Pick(DemoNames.FemaleMiddle);
        _staffNumber++;
        var centuryAndSex = (birth.Year >= 2000 ? 2 : 0) + (s == Sex.Female ? 1 : 0);
        var staff = new StaffMember
        {
            Id = random.NextGuid(),
            ProvinceCode = home.ProvinceCode,
            OrgUnitId = home.Id,

            // Province of registration, century/sex digit, year of birth, then a number of the demo's own (9xxxxx).
            Cccd = $"0{home.ProvinceCode}{centuryAndSex}{birth.Year % 100:D2}9{_staffNumber:D5}",
            FullName = $"{random.Pick(DemoNames.FamilyNames)} {middle} {given}",
            Sex = s,
            BirthDate = birth,
            Cadre = cadre,
            EmploymentType = employment,
            Position = position,
            LicenceNumber = CadreRules.RequiresCme(cadre) ? $"{home.ProvinceCode}{random.Digits(6)}/CCHN" : null,
            IsActive = true,
            CreatedAt = now,
            Version = 1,
        };
        db.Add(staff);
        Staff++;
        return staff;
    }

    private void Post(StaffMember staff, OrgUnit unit, PostingKind kind, DateOnly start, DateOnly? end, bool partTime = false) =>
        db.Add(new Posting { Id = random.NextGuid(), StaffId = staff.Id, OrgUnitId = unit.Id, Kind = kind, Start = start, End = end, PartTime = partTime });

    /// <summary>Two to six courses over the last five years: about a third of the workers end short of 120 hours.</summary>
    private void Train(StaffMember staff)
    {
        string[] courses = ["Cấp cứu ban đầu", "Quản lý tăng huyết áp tại tuyến cơ sở", "Tiêm chủng an toàn", "Y học gia đình", "Chăm sóc sức khỏe bà mẹ, trẻ em", "Phòng chống dịch bệnh"];
        var count = random.Next(2, 7);
        for (var c = 0; c < count; c++)
        {
            var end = today.AddDays(-random.Next(30, 5 * 365));
            var days = random.Next(2, 15);
            db.Add(new TrainingRecord
            {
                Id = random.NextGuid(),
                StaffId = staff.Id,
                Course = courses[random.Next(courses.Length)],
                Provider = "Trung tâm Kiểm soát bệnh tật tỉnh",
                Start = end.AddDays(-days + 1),
                End = end,
                Hours = days * 4,
            });
        }
    }

    private enum DoctorCase
    {
        None,
        Permanent,
        Contract,
        PartTime,
        Rotation,
    }
}
